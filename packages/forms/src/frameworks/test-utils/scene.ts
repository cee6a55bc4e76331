/**
 * What the frameworks tests share: a page that records every console error and uncaught error,
 * a framework-neutral way to mount React 19 or Vue 3 around gouv-* elements with some state and
 * change that state, and waits that need no clock.
 */
import {
  expect,
  loadReact,
  type FrameworkPage,
  mountReact,
  mountVue,
  type ReactApi,
  type ReactNode,
  type ReactSetState,
} from '@gouvkit/testing';

export type Framework = 'React' | 'Vue';
export const FRAMEWORKS: readonly Framework[] = ['React', 'Vue'];

/** A tree mounted by a framework, with state `S` the test changes. */
export interface Scene<S> {
  /** The container the framework rendered into. */
  readonly root: HTMLElement;
  /** The state the framework rendered last. */
  readonly state: S;
  /** Gives the framework a new state; resolves once it patched the DOM and the elements updated. */
  set(next: S): Promise<void>;
  /** Vue's development warnings (none for React: its warnings are console errors). */
  readonly warnings: readonly string[];
  unmount(): void;
}

/** How to render one scene in each framework: a React render of the state, a Vue template of `s`. */
export interface SceneSource<S> {
  react: (h: ReactApi, state: S, setState: ReactSetState<S>) => ReactNode;
  /** A Vue template; the state is the data property `s`, `setS(next)` replaces it. */
  vue: string;
}

/**
 * Waits for what a framework's DOM change starts: the elements' mutation observers (microtasks
 * queued before this one), then the updates they and the framework's property writes requested,
 * a few rounds (a reveal that opens updates the fields inside).
 */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.resolve();
    const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('gouv-'));
    await Promise.all(
      elements.map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
  }
}

/** Mounts `source` in `framework` (React in StrictMode) inside a new container of `page`. */
export async function mountScene<S>(
  framework: Framework,
  page: FrameworkPage,
  initial: S,
  source: SceneSource<S>,
): Promise<Scene<S>> {
  const root = page.container;
  if (framework === 'React') {
    const h = await loadReact();
    let setState!: ReactSetState<S>;
    let current = initial;
    function App() {
      const [state, set] = h.useState<S>(initial);
      setState = set;
      current = state;
      return source.react(h, state, set);
    }
    const mount = await mountReact(root, () => h.createElement(App, null), { strict: true });
    page.cleanups.push(mount.unmount);
    await settle(root);
    return {
      root,
      get state() {
        return current;
      },
      async set(next) {
        mount.update(() => setState(next));
        await settle(root);
      },
      warnings: [],
      unmount: mount.unmount,
    };
  }
  const mount = await mountVue<{ s: S }, { setS(next: S): void }>(root, {
    template: source.vue,
    data: () => ({ s: initial }),
    methods: {
      setS(next: S) {
        this.s = next;
      },
    },
  });
  page.cleanups.push(mount.unmount);
  await settle(root);
  return {
    root,
    get state() {
      return mount.vm.s;
    },
    async set(next) {
      mount.vm.s = next;
      await mount.nextTick();
      await settle(root);
    },
    warnings: mount.warnings,
    unmount: mount.unmount,
  };
}

/** The host's children that are not its own light parts: the ones the framework put there. */
export const pageChildren = (host: Element): Element[] =>
  [...host.children].filter((child) => !child.hasAttribute('data-gouv-part'));

/** The host's own light parts (`[data-gouv-part]` wrappers), in order. */
export const ownParts = (host: Element): HTMLElement[] => [
  ...host.querySelectorAll<HTMLElement>(':scope > [data-gouv-part]'),
];

/**
 * Submits `form` as a user would (`requestSubmit()`, so constraint validation runs) and returns
 * what it sends, files as their names; null when the browser refused to submit.
 */
export function submit(form: HTMLFormElement): [string, string][] | null {
  let sent: [string, string][] | null = null;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    sent = [...new FormData(form, event.submitter)].map(([name, value]) => [
      name,
      typeof value === 'string' ? value : value.name,
    ]);
  };
  form.addEventListener('submit', onSubmit);
  try {
    form.requestSubmit();
  } finally {
    form.removeEventListener('submit', onSubmit);
  }
  return sent;
}

/**
 * Remembers the framework's nodes by key between steps: a node whose key stays must be the same
 * node (moved, not re-created); a new key may be any node.
 */
export class NodeLedger {
  #nodes = new Map<string, Element>();

  /** Checks `nodes` against the previous step's, keyed by `keyOf`, then keeps them for the next one. */
  check(nodes: readonly Element[], keyOf: (node: Element) => string, message: string): void {
    const next = new Map<string, Element>();
    for (const node of nodes) {
      const key = keyOf(node);
      const before = this.#nodes.get(key);
      if (before)
        expect(node === before, `${message}: the framework’s node « ${key} » was kept`).to.equal(true);
      next.set(key, node);
    }
    this.#nodes = next;
  }
}
