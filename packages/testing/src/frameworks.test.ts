import { expect } from '@open-wc/testing';
import { loadReact, mountReact, mountVue, type ReactApi, type ReactSetState } from './frameworks.js';

/**
 * A custom element like gouv-* elements that keep light-DOM content of their own: on connect it
 * prepends one `<div data-own>` and never touches its other children. It has an `items`
 * property (no attribute) and dispatches CustomEvents on demand.
 */
class TestFrameworksHost extends HTMLElement {
  #items: readonly string[] = [];

  get items(): readonly string[] {
    return this.#items;
  }

  set items(value: readonly string[]) {
    this.#items = value;
  }

  connectedCallback(): void {
    if (this.querySelector(':scope > [data-own]')) return;
    const own = document.createElement('div');
    own.dataset.own = '';
    this.prepend(own);
  }

  fire(type: string, detail: unknown): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
customElements.define('test-frameworks-host', TestFrameworksHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-frameworks-host': TestFrameworksHost;
  }
}

/** The host's children: `own` for its own div, the option texts for the framework's. */
const children = (host: Element): string[] =>
  [...host.children].map((child) =>
    child.hasAttribute('data-own') ? 'own' : `${child.localName}:${child.textContent}`,
  );

const options = (...texts: string[]): string[] => ['own', ...texts.map((text) => `option:${text}`)];

describe('frameworks: React 19 and Vue 3 around a custom element', () => {
  let container: HTMLElement;
  let cleanups: (() => void)[] = [];
  /** console.error calls and uncaught errors during the test. */
  let errors: string[] = [];
  const originalConsoleError = console.error;
  const onError = (event: ErrorEvent): void => void errors.push(String(event.error ?? event.message));

  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalConsoleError.apply(console, args);
    };
    window.addEventListener('error', onError);
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    container.remove();
    window.removeEventListener('error', onError);
    console.error = originalConsoleError;
  });

  const host = (): TestFrameworksHost => container.querySelector('test-frameworks-host')!;

  describe('React', () => {
    it('loads React 19 in development mode', async () => {
      const h = await loadReact();
      expect(h.version).to.match(/^19\./);
      expect(h.createRoot).to.be.a('function');
      expect(h.flushSync).to.be.a('function');
    });

    it('adds, removes and reorders the children after the element’s own child', async () => {
      const h = await loadReact();
      let setItems!: ReactSetState<string[]>;
      function List() {
        const [items, set] = h.useState(['a', 'b', 'c']);
        setItems = set;
        return h.createElement(
          'test-frameworks-host',
          null,
          items.map((item) => h.createElement('option', { key: item, value: item }, item)),
        );
      }
      const mount = await mountReact(container, () => h.createElement(List, null));
      cleanups.push(mount.unmount);
      const el = host();
      const own = el.querySelector('[data-own]');
      expect(children(el)).to.deep.equal(options('a', 'b', 'c'));
      const optionC = el.querySelector('option[value="c"]');

      mount.update(() => setItems(['a', 'c']));
      expect(children(el)).to.deep.equal(options('a', 'c'));
      mount.update(() => setItems(['c', 'a']));
      expect(children(el)).to.deep.equal(options('c', 'a'));
      expect(el.querySelector('option[value="c"]'), 'a keyed option moves, not re-created').to.equal(optionC);
      mount.update(() => setItems(['c', 'a', 'd']));
      expect(children(el)).to.deep.equal(options('c', 'a', 'd'));
      mount.update(() => setItems(['e', 'c', 'a', 'd']));
      expect(children(el)).to.deep.equal(options('e', 'c', 'a', 'd'));

      expect(host()).to.equal(el);
      expect(el.firstElementChild).to.equal(own);
      expect(errors).to.deep.equal([]);
    });

    it('rerender() with new props commits synchronously', async () => {
      const list = (items: string[]) => (h: ReactApi) =>
        h.createElement(
          'test-frameworks-host',
          null,
          items.map((item) => h.createElement('option', { key: item }, item)),
        );
      const mount = await mountReact(container, list(['a', 'b', 'c']));
      cleanups.push(mount.unmount);
      expect(children(host())).to.deep.equal(options('a', 'b', 'c'));
      mount.rerender(list(['b']));
      expect(children(host())).to.deep.equal(options('b'));
      mount.rerender(list(['c', 'b', 'a']));
      expect(children(host())).to.deep.equal(options('c', 'b', 'a'));
      mount.unmount();
      expect(container.children.length).to.equal(0);
      expect(errors).to.deep.equal([]);
    });

    it('sets a property when the element has one, an attribute otherwise', async () => {
      const first = ['x', 'y'];
      const mount = await mountReact(container, (h) =>
        h.createElement('test-frameworks-host', { items: first, label: 'Libellé' }),
      );
      cleanups.push(mount.unmount);
      const el = host();
      expect(el.items).to.equal(first);
      expect(el.hasAttribute('items')).to.equal(false);
      expect(el.getAttribute('label')).to.equal('Libellé');

      const second = ['z'];
      mount.rerender((h) => h.createElement('test-frameworks-host', { items: second, label: 'Autre' }));
      expect(el.items).to.equal(second);
      expect(el.getAttribute('label')).to.equal('Autre');
      expect(errors).to.deep.equal([]);
    });

    it('listens to CustomEvents: on<Name> listens to <Name>, case kept', async () => {
      const kebab: Event[] = [];
      const pascal: Event[] = [];
      const render = (onKebab: (event: Event) => void) => (h: ReactApi) =>
        h.createElement('test-frameworks-host', {
          'ontest-event': onKebab,
          onTestEvent: (event: Event) => pascal.push(event),
        });
      const mount = await mountReact(
        container,
        render((event) => kebab.push(event)),
      );
      cleanups.push(mount.unmount);
      const el = host();

      el.fire('test-event', { n: 1 });
      expect(kebab).to.have.length(1);
      expect(kebab[0]).to.be.instanceOf(CustomEvent);
      expect((kebab[0] as CustomEvent).detail).to.deep.equal({ n: 1 });
      expect(kebab[0]!.target).to.equal(el);
      // React 19 does not turn onTestEvent into test-event: it listens to "TestEvent".
      expect(pascal).to.have.length(0);
      el.fire('TestEvent', { n: 2 });
      expect(pascal).to.have.length(1);
      expect((pascal[0] as CustomEvent).detail).to.deep.equal({ n: 2 });

      // A new handler replaces the old one.
      const replaced: Event[] = [];
      mount.rerender(render((event) => replaced.push(event)));
      el.fire('test-event', { n: 3 });
      expect(kebab).to.have.length(1);
      expect(replaced).to.have.length(1);
      expect(errors).to.deep.equal([]);
    });

    it('renders the element and its children to a string with react-dom/server', async () => {
      const h = await loadReact();
      const markup = h.renderToString(
        h.createElement('test-frameworks-host', { label: 'Libellé' }, h.createElement('option', null, 'a')),
      );
      expect(markup).to.equal(
        '<test-frameworks-host label="Libellé"><option>a</option></test-frameworks-host>',
      );
      expect(errors).to.deep.equal([]);
    });
  });

  describe('Vue', () => {
    it('adds, removes and reorders the children after the element’s own child', async () => {
      const mount = await mountVue(container, {
        template: `<test-frameworks-host>
          <option v-for="item in items" :key="item" :value="item">{{ item }}</option>
        </test-frameworks-host>`,
        data: () => ({ items: ['a', 'b', 'c'] }),
      });
      cleanups.push(mount.unmount);
      expect(mount.vue.version).to.match(/^3\./);
      const { vm, nextTick } = mount;
      const el = host();
      const own = el.querySelector('[data-own]');
      expect(children(el)).to.deep.equal(options('a', 'b', 'c'));
      const optionC = el.querySelector('option[value="c"]');

      vm.items = ['a', 'c'];
      await nextTick();
      expect(children(el)).to.deep.equal(options('a', 'c'));
      vm.items = ['c', 'a'];
      await nextTick();
      expect(children(el)).to.deep.equal(options('c', 'a'));
      expect(el.querySelector('option[value="c"]'), 'a keyed option moves, not re-created').to.equal(optionC);
      vm.items.push('d');
      await nextTick();
      expect(children(el)).to.deep.equal(options('c', 'a', 'd'));
      vm.items.unshift('e');
      await nextTick();
      expect(children(el)).to.deep.equal(options('e', 'c', 'a', 'd'));

      expect(host()).to.equal(el);
      expect(el.firstElementChild).to.equal(own);
      expect(mount.warnings).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('sets a property when the element has one, and listens to @test-event', async () => {
      const received: Event[] = [];
      const mount = await mountVue(container, {
        template: `<test-frameworks-host :items="items" :label="label" @test-event="onTestEvent" />`,
        data: () => ({ items: ['x', 'y'], label: 'Libellé' }),
        methods: {
          onTestEvent(event: Event) {
            received.push(event);
          },
        },
      });
      cleanups.push(mount.unmount);
      const { vm, nextTick } = mount;
      const el = host();
      expect([...el.items]).to.deep.equal(['x', 'y']);
      expect(el.hasAttribute('items')).to.equal(false);
      expect(el.getAttribute('label')).to.equal('Libellé');

      vm.items = ['z'];
      vm.label = 'Autre';
      await nextTick();
      expect([...el.items]).to.deep.equal(['z']);
      expect(el.getAttribute('label')).to.equal('Autre');

      el.fire('test-event', { n: 1 });
      expect(received).to.have.length(1);
      expect(received[0]).to.be.instanceOf(CustomEvent);
      expect((received[0] as CustomEvent).detail).to.deep.equal({ n: 1 });

      mount.unmount();
      expect(container.querySelector('test-frameworks-host')).to.equal(null);
      expect(mount.warnings).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('reports Vue warnings, e.g. an unknown component', async () => {
      const original = console.warn;
      console.warn = () => {};
      try {
        const mount = await mountVue(container, { template: '<not-registered></not-registered>' });
        cleanups.push(mount.unmount);
        expect(mount.warnings.join('\n')).to.contain('Failed to resolve component: not-registered');
      } finally {
        console.warn = original;
      }
    });
  });
});
