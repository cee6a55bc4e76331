/**
 * Mount React 19 or Vue 3 inside a Chromium test, to check that a framework can render, reorder
 * and remove the children of a gouv-* element, set its properties and listen to its events.
 *
 * The frameworks come from `scripts/wtr-frameworks-plugin.mjs` (the test runner must use
 * `frameworksPlugin()`): `/__frameworks/react.js` is a development build of React + ReactDOM,
 * `/__frameworks/vue.js` Vue's full browser build (with the template compiler). Both are typed
 * here by hand, with only what tests need.
 *
 * No timer waits: React updates run in `flushSync` (committed when the call returns), Vue updates
 * are awaited with `nextTick()`.
 */

/** URLs served by `frameworksPlugin()`. */
export const REACT_URL = '/__frameworks/react.js';
export const VUE_URL = '/__frameworks/vue.js';

/** Tags a Vue template leaves to the browser (custom elements) instead of resolving components. */
export const isTestCustomElement = (tag: string): boolean =>
  tag.startsWith('gouv-') || tag.startsWith('test-');

// A string-typed specifier keeps TypeScript from resolving the URLs; the result is typed at once.
const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

// ---------------------------------------------------------------------------------------------
// React

/** What `createElement` returns (opaque to tests). */
export interface ReactElement {
  readonly $$typeof: symbol;
  readonly type: unknown;
  readonly key: string | null;
  readonly props: unknown;
}

/** Anything React can render. */
export type ReactNode =
  ReactElement | string | number | bigint | boolean | null | undefined | readonly ReactNode[];

/** A function component. */
export type ReactComponent<P extends object> = (props: P) => ReactNode;

/** A ref object, from `useRef` or to pass as `ref`. */
export interface ReactRefObject<T> {
  current: T;
}

/** `key` and `ref`, which every element takes. */
export interface ReactKeyProps {
  key?: string | number | null;
  ref?: ReactRefObject<Element | null> | ((element: Element | null) => void | (() => void)) | null;
}

/**
 * Props of a DOM or custom element. On a custom element, React 19 sets a property when the
 * element has one of that name (`name in element`), an attribute otherwise; a function prop
 * `on<Name>` listens to the event named `<Name>`, case kept: `onTestEvent` listens to
 * `TestEvent`, so a `test-event` needs `'ontest-event'`.
 */
export type ReactProps = ReactKeyProps & { readonly [name: string]: unknown };

export type ReactSetState<T> = (value: T | ((previous: T) => T)) => void;

export interface ReactRoot {
  render(node: ReactNode): void;
  unmount(): void;
}

/** The part of React + ReactDOM that `/__frameworks/react.js` exports and tests use. */
export interface ReactApi {
  readonly version: string;
  readonly Fragment: symbol;
  readonly StrictMode: symbol;
  createElement<P extends object>(
    type: ReactComponent<P>,
    props: (P & ReactKeyProps) | null,
    ...children: ReactNode[]
  ): ReactElement;
  createElement(type: string | symbol, props?: ReactProps | null, ...children: ReactNode[]): ReactElement;
  useState<T>(initial: T | (() => T)): [T, ReactSetState<T>];
  useRef<T>(initial: T): ReactRefObject<T>;
  useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  useLayoutEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  useCallback<F extends (...args: never[]) => unknown>(callback: F, deps: readonly unknown[]): F;
  useMemo<T>(factory: () => T, deps: readonly unknown[]): T;
  useId(): string;
  /** Runs `update` and commits what it scheduled before returning. */
  flushSync<R>(update: () => R): R;
  /** React's `act` (needs `globalThis.IS_REACT_ACT_ENVIRONMENT = true` to stay silent). */
  act(callback: () => void | Promise<void>): Promise<void>;
  createRoot(container: Element | DocumentFragment): ReactRoot;
  createPortal(children: ReactNode, container: Element | DocumentFragment): ReactElement;
  /** React DOM's server renderer (browser build), for markup checks. */
  renderToString(node: ReactNode): string;
}

let react: Promise<ReactApi> | undefined;

/** React + ReactDOM, loaded once; use it to define components outside of `mountReact`. */
export function loadReact(): Promise<ReactApi> {
  react ??= importUrl(REACT_URL).then((module) => module as ReactApi);
  return react;
}

export interface ReactMount {
  /** React's API, the same as `loadReact()` gives. */
  readonly react: ReactApi;
  readonly root: ReactRoot;
  /** Renders again (with a new render function if given), committed when it returns. */
  rerender(render?: (h: ReactApi) => ReactNode): void;
  /** Runs state updates (a `useState` setter kept by the test…), committed when it returns. */
  update<R>(update: () => R): R;
  /** Unmounts the tree (the container stays in the document). */
  unmount(): void;
}

export interface MountReactOptions {
  /** Wraps the tree in `<StrictMode>` (double renders and effects, as in a development app). */
  strict?: boolean;
}

/**
 * Renders `render(h)` into `container` with `createRoot`, committed when the promise resolves.
 *
 * `render` runs outside React (not as a component): it must not call hooks. To hold state, define
 * a component that calls `h.useState` and hands its setter to the test, then change the state
 * with `mount.update(() => setItems([...]))`.
 */
export async function mountReact(
  container: HTMLElement,
  render: (h: ReactApi) => ReactNode,
  { strict = true }: MountReactOptions = {},
): Promise<ReactMount> {
  const h = await loadReact();
  const root = h.createRoot(container);
  let current = render;
  let mounted = true;
  const draw = (): void => {
    const tree = current(h);
    h.flushSync(() => root.render(strict ? h.createElement(h.StrictMode, null, tree) : tree));
  };
  draw();
  return {
    react: h,
    root,
    rerender(next) {
      if (next) current = next;
      draw();
    },
    update: (update) => h.flushSync(update),
    unmount() {
      if (!mounted) return;
      mounted = false;
      h.flushSync(() => root.unmount());
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vue

/** The public instance of a mounted component: its data and methods, and Vue's `$` members. */
export type VueInstance<T extends object> = T & {
  readonly $el: Node | null;
  readonly $refs: Readonly<Record<string, unknown>>;
  $nextTick(): Promise<void>;
  $forceUpdate(): void;
};

/** An options-API root component with a template (compiled in the browser). */
export interface VueOptions<D extends object, M extends object> {
  template: string;
  data?: (this: void) => D;
  methods?: M & ThisType<VueInstance<D & M>>;
  /** Child components by name (options objects), for templates that use them. */
  components?: Readonly<Record<string, object>>;
  mounted?: (this: VueInstance<D & M>) => void;
}

export interface VueApp {
  readonly config: {
    compilerOptions: { isCustomElement?: (tag: string) => boolean };
    warnHandler?: (message: string, instance: unknown, trace: string) => void;
  };
  mount(container: Element): unknown;
  unmount(): void;
}

/** The part of Vue that `/__frameworks/vue.js` exports and tests use. */
export interface VueApi {
  readonly version: string;
  createApp(root: object): VueApp;
  nextTick(callback?: () => void): Promise<void>;
  ref<T>(value: T): { value: T };
  reactive<T extends object>(value: T): T;
}

let vue: Promise<VueApi> | undefined;

/** Vue, loaded once. */
export function loadVue(): Promise<VueApi> {
  vue ??= importUrl(VUE_URL).then((module) => module as VueApi);
  return vue;
}

export interface VueMount<T extends object> {
  readonly vue: VueApi;
  readonly app: VueApp;
  /** The root component instance: change its data, then `await nextTick()`. */
  readonly vm: VueInstance<T>;
  /** Resolves once Vue has patched the DOM for the changes made so far. */
  nextTick(): Promise<void>;
  /** Vue's development warnings since the mount (they still go to the console too). */
  readonly warnings: readonly string[];
  /** Unmounts the app (the container stays in the document, emptied). */
  unmount(): void;
}

/**
 * Creates a Vue app from `options` and mounts it in `container` (whose content Vue replaces);
 * rendered when the promise resolves. Tags starting with `gouv-` or `test-` are custom elements.
 * Vue sets a property on a custom element when it has one of that name, an attribute otherwise;
 * `@test-event` listens to `test-event`.
 */
export async function mountVue<D extends object = object, M extends object = object>(
  container: HTMLElement,
  options: VueOptions<D, M>,
): Promise<VueMount<D & M>> {
  const v = await loadVue();
  const app = v.createApp(options);
  app.config.compilerOptions.isCustomElement = isTestCustomElement;
  const warnings: string[] = [];
  app.config.warnHandler = (message, _instance, trace) => {
    warnings.push(message);
    console.warn(`[Vue warn]: ${message}${trace ? `\n${trace}` : ''}`);
  };
  const vm = app.mount(container) as VueInstance<D & M>;
  let mounted = true;
  return {
    vue: v,
    app,
    vm,
    nextTick: () => v.nextTick(),
    warnings,
    unmount() {
      if (!mounted) return;
      mounted = false;
      app.unmount();
    },
  };
}
