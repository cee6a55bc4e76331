import { fixture as csrFixture, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { hydrate } from '@lit-labs/ssr-client';
import { noChange, nothing, type TemplateResult } from 'lit';

declare global {
  interface Window {
    /** Set by the test runner's `ssr` group: fixtures are rendered on the server, then hydrated. */
    __gouvkitRender?: 'csr' | 'ssr';
  }
}

/** How fixtures render in this run: `csr` (in the browser) or `ssr` (on the server, then hydrated). */
export const renderMode: 'csr' | 'ssr' = window.__gouvkitRender ?? 'csr';

type Serialized =
  | string
  | number
  | boolean
  | null
  | { t: 'tpl'; k: number; s: string[]; v: Serialized[] }
  | { t: 'nothing' | 'noChange' | 'fn' | 'undefined' }
  | { t: 'arr'; v: Serialized[] }
  | { t: 'json'; v: unknown };

function isTemplate(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && '_$litType$' in value;
}

/** A template and its values as data the server can rebuild (listeners become no-ops there). */
function serialize(value: unknown): Serialized {
  if (value === nothing) return { t: 'nothing' };
  if (value === noChange) return { t: 'noChange' };
  if (value === undefined) return { t: 'undefined' };
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Serialized;
  if (typeof value === 'function') return { t: 'fn' };
  if (isTemplate(value)) {
    const { strings, values } = value as TemplateResult;
    return { t: 'tpl', k: value['_$litType$'] as number, s: [...strings], v: values.map(serialize) };
  }
  if (Array.isArray(value)) return { t: 'arr', v: value.map(serialize) };
  if (typeof value === 'object' && '_$litDirective$' in value)
    throw new Error('fixture: directives cannot be rendered on the server in tests; pass plain values');
  return { t: 'json', v: JSON.parse(JSON.stringify(value)) };
}

const containers: HTMLElement[] = [];
afterEach(() => {
  containers.splice(0).forEach((container) => container.remove());
});

/**
 * Renders `template` and returns its first element, updated. In the `ssr` run, the template is
 * rendered on the server (`@gouvkit/core/ssr.js`), parsed (declarative shadow roots included),
 * then hydrated as a page would be: every element test runs both ways.
 */
export async function fixture<T extends Element = HTMLElement>(template: unknown): Promise<T> {
  if (renderMode === 'csr' || !isTemplate(template)) return csrFixture<T>(template as TemplateResult);
  const html = await executeServerCommand<string, { template: Serialized }>('gouv-ssr-render', {
    template: serialize(template),
  });
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  container.setHTMLUnsafe(html);
  hydrate(template, container);
  const element = container.firstElementChild as T;
  await settle(container);
  return element;
}

/** Waits until every Lit element in `root` (shadow roots included) finished updating. */
async function settle(root: Element | ShadowRoot) {
  for (let round = 0; round < 5; round++) {
    const pending = [...root.querySelectorAll('*')]
      .map((el) => el as Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean })
      .filter((el) => el.updateComplete !== undefined);
    if (!pending.length) return;
    await Promise.all(pending.map((el) => el.updateComplete));
    for (const el of pending) if (el.shadowRoot) await settle(el.shadowRoot);
    if (!pending.some((el) => el.isUpdatePending)) return;
  }
}

export { fixtureCleanup };
