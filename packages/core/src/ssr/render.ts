/**
 * Server rendering of gouvkit elements, in Node: `@lit-labs/ssr` with a renderer that writes the
 * light DOM of light-DOM elements (form fields) as real light DOM, not in a declarative shadow
 * root, so a page works before (and without) JavaScript.
 *
 * ```js
 * import { renderToString } from '@gouvkit/core/ssr.js';
 * import '@gouvkit/forms/all.js';
 * const body = await renderToString(html`<form method="post"><gouv-input label="Nom" name="nom"></gouv-input></form>`);
 * ```
 *
 * The page loads `@gouvkit/core/ssr-client.js` before the elements to hydrate them, and links
 * the light-DOM stylesheets (`@gouvkit/forms/forms.css`) so they are styled before scripts run.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer, render as litRender, type RenderInfo, type RenderResult } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { GouvElement } from '../gouv-element.js';
import {
  LANG_ATTRIBUTE,
  LANG_COMMENT,
  markerPrefix,
  PART_ATTRIBUTE,
  UID_ATTRIBUTE,
  type LightPartTemplate,
} from '../element/light-part.js';
import { setServerPageLang } from '../i18n/i18n-controller.js';
import { findLangTag, matchLanguage } from '../i18n/lang.js';
import { prefixMarkers } from './markers.js';

/** gouvkit's options of a server render. */
export interface GouvRenderInfo extends RenderInfo {
  /** The page's language (`fr` by default): elements without a `lang` of their own speak it. */
  gouvLang?: string;
}

type Internals = GouvElement & {
  uid: string;
  render(): unknown;
  renderLightParts(): readonly LightPartTemplate[] | undefined;
};

/**
 * Renders gouvkit elements: shadow content in a declarative shadow root as Lit does, then the
 * element's light parts as its first children. Lit writes `<template shadowrootmode=…>` and
 * `</template>` around whatever `renderShadow()` returns; a light-DOM element closes that
 * template at once (an inert, empty `<template shadowrootmode="gouv-light">`, not a shadow
 * root) and opens an empty one after its parts, which the element removes when it connects.
 */
export class GouvElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof GouvElement;
  }

  get #ctor(): typeof GouvElement {
    return this.element.constructor as typeof GouvElement;
  }

  override get shadowRootOptions(): ShadowRootInit {
    if (!this.#ctor.lightDom) return super.shadowRootOptions;
    return { mode: 'gouv-light' as ShadowRootMode };
  }

  override renderShadow(renderInfo: GouvRenderInfo): ThunkedRenderResult | undefined {
    const element = this.element as Internals;
    const ctor = this.#ctor;
    const pageLang = renderInfo.gouvLang ?? null;
    // The element's strings are in this language; the browser's first render uses it too.
    const lang = matchLanguage(findLangTag(element) ?? pageLang);
    const inLang = <T>(render: () => T): T => {
      setServerPageLang(pageLang);
      try {
        return render();
      } finally {
        setServerPageLang(null);
      }
    };
    const result: ThunkedRenderResult = [];
    if (!ctor.lightDom) {
      // First in the shadow root: the language its content is in, read back when it hydrates.
      result.push(`<!--${LANG_COMMENT}${lang}-->`);
      const styles = (ctor as unknown as { elementStyles?: { cssText: string }[] }).elementStyles ?? [];
      if (styles.length) result.push('<style>', ...styles.map((style) => style.cssText), '</style>');
      result.push(() =>
        renderValue(
          inLang(() => element.render()),
          renderInfo,
        ),
      );
    }
    const parts: LightPartTemplate[] = inLang(() => [
      ...(ctor.lightDom ? [{ name: 'main', template: element.render() }] : []),
      ...(element.renderLightParts() ?? []),
    ]);
    if (!parts.length) return result;
    // Closes the carrier template of a light-DOM element (dropped by `render()`), or the real
    // declarative shadow root of an element with both.
    result.push(ctor.lightDom ? '</template >' : '</template>');
    const prefix = markerPrefix(element.uid);
    for (const part of parts) {
      const slot = part.slot !== undefined ? ` slot="${escapeHtml(part.slot)}"` : '';
      result.push(
        `<div ${PART_ATTRIBUTE}="${escapeHtml(part.name)}" ${UID_ATTRIBUTE}="${escapeHtml(element.uid)}" ${LANG_ATTRIBUTE}="${escapeHtml(lang)}"${slot}>`,
        () => prefixMarkers(renderValue(part.template, renderInfo), prefix),
        '</div>',
      );
    }
    result.push('<template data-gouv-end>');
    return result;
  }
}

/** The renderers to give `@lit-labs/ssr`'s `render()` (gouvkit's first, then Lit's). */
export const elementRenderers = [GouvElementRenderer, LitElementRenderer];

/** The chunks the renderer writes around light parts (see `GouvElementRenderer`). */
const LIGHT_OPEN = `<template shadowroot="gouv-light" shadowrootmode="gouv-light">`;
const LIGHT_CLOSE = '</template >';
const END_OPEN = '<template data-gouv-end>';
const TEMPLATE_CLOSE = '</template>';

/**
 * Drops the empty templates around light parts from the output: they only carry the parts
 * through Lit's shadow-root hook, and a browser would log their unknown `shadowrootmode`.
 * The chunks come alone and in order, through any number of nested results and promises.
 */
function withoutCarrierTemplates(result: RenderResult): RenderResult {
  let dropClose = false;
  const clean = function* (chunks: RenderResult): Generator<string | Promise<RenderResult>> {
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        yield chunk.then((inner) => [...clean(inner)]);
        continue;
      }
      if (chunk === LIGHT_OPEN || chunk === LIGHT_CLOSE) continue;
      if (chunk === END_OPEN) {
        dropClose = true;
        continue;
      }
      if (dropClose && chunk === TEMPLATE_CLOSE) {
        dropClose = false;
        continue;
      }
      yield chunk;
    }
  };
  return clean(result);
}

/**
 * `@lit-labs/ssr`'s `render()`, with gouvkit's element renderer (`lang`: the page's language).
 * Use it (or `renderToString`) rather than Lit's own with `elementRenderers`: it also removes
 * the templates that carry light parts through Lit's renderer.
 */
export function render(
  value: unknown,
  { lang, ...renderInfo }: Partial<GouvRenderInfo> & { lang?: string } = {},
): RenderResult {
  return withoutCarrierTemplates(
    litRender(value, { elementRenderers, gouvLang: lang, ...renderInfo } as Partial<RenderInfo>),
  );
}

/** Renders `value` to an HTML string (`lang`: the page's language, French by default). */
export function renderToString(
  value: unknown,
  options: Partial<GouvRenderInfo> & { lang?: string } = {},
): Promise<string> {
  return collectResult(render(value, options));
}
