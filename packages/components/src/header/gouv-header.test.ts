import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { resetWarnings } from '@gouvkit/core';
import {
  accessibilityTree,
  captureWarnings,
  collectA11yNodes,
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  loadReact,
  mountReact,
  oneEvent,
  press,
  tab,
  waitFor,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import type { TemplateResult } from 'lit';
import '../header.js';
import type { GouvHeader } from './gouv-header.js';

const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };

/** Waits until the header has no update pending (it adapts to the screen once rendered). */
async function settle(el: GouvHeader) {
  while (!(await el.updateComplete));
}

/** Resolves after the mutation observers' and slotchange callbacks for the changes made so far. */
const observersRan = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** After a viewport change: the browser tells the media query's listener on its own schedule. */
async function layoutIs(el: GouvHeader, layout: 'wide' | 'narrow') {
  await waitFor(() => (part(el, 'dialog') === null) === (layout === 'wide'), `the ${layout} layout`);
  await settle(el);
}

async function render(template: TemplateResult, attrs: { lang?: string; theme?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'fr'} data-gouv-theme=${attrs.theme ?? 'light'}>${template}</div>`,
  );
  const el = wrapper.querySelector('gouv-header')!;
  await settle(el);
  return { wrapper, el };
}

const part = (el: GouvHeader, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const isShown = (node: Element | null) => !!node && (node as HTMLElement).checkVisibility();

const navigation = html`<nav slot="navigation" aria-label="Menu principal">
  <ul>
    <li><a href="#accueil" aria-current="page">Accueil</a></li>
    <li><a href="#demarches">Démarches</a></li>
    <li><a href="#contact">Contact</a></li>
  </ul>
</nav>`;
const tools = html`<a slot="tools" href="#connexion">Se connecter</a>`;
const search = html`<form slot="search" role="search" aria-label="Rechercher sur le site">
  <label for="q">Rechercher</label><input id="q" type="search" /><button type="submit">Rechercher</button>
</form>`;
const full = html`<gouv-header service-name="Nom du service" service-tagline="Précisions sur l’organisation"
  >${tools}${search}${navigation}</gouv-header
>`;

/** Every documented state, for the axe sweep. */
const states: Record<string, TemplateResult> = {
  minimal: html`<gouv-header></gouv-header>`,
  'with tagline': html`<gouv-header service-name="Nom du service" service-tagline="Baseline"></gouv-header>`,
  'with tools': html`<gouv-header service-name="Nom du service">${tools}</gouv-header>`,
  'with navigation': html`<gouv-header service-name="Nom du service">${navigation}</gouv-header>`,
  'with search': html`<gouv-header service-name="Nom du service">${search}</gouv-header>`,
  'long service name': html`<gouv-header
    service-name="Plateforme nationale de déclaration et de suivi des demandes d’aides exceptionnelles aux collectivités territoriales"
    >${navigation}</gouv-header
  >`,
  complete: full,
};

describe('gouv-header', () => {
  before(() => setViewport(WIDE));

  describe('rendering', () => {
    it('renders the bloc-marque, the service name and the tagline', async () => {
      const { el } = await render(full);
      const logo = part(el, '.logo')!;
      expect(logo.getAttribute('lang')).to.equal('fr');
      expect(logo.querySelectorAll('.logo__name br')).to.have.length(1);
      expect(part(el, '.logo__name')!.textContent).to.equal('République Française');
      expect(part(el, '.logo__marianne')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, '.service-title')!.textContent!.trim()).to.equal('Nom du service');
      expect(part(el, '.service-tagline')!.textContent).to.equal('Précisions sur l’organisation');
    });

    it('reads its attributes into properties and renders their changes', async () => {
      const { el } = await render(
        html`<gouv-header
          service-name="A"
          service-tagline="B"
          home-href="/accueil"
          institution=${'Ministère<br>de la Culture'}
        ></gouv-header>`,
      );
      expect(el.serviceName).to.equal('A');
      expect(el.serviceTagline).to.equal('B');
      expect(el.homeHref).to.equal('/accueil');
      expect(part(el, '.home')!.getAttribute('href')).to.equal('/accueil');
      expect(part(el, '.logo__name')!.innerText).to.equal('MINISTÈRE\nDE LA CULTURE');
      el.serviceName = 'Autre service';
      await el.updateComplete;
      expect(part(el, '.service-title')!.textContent!.trim()).to.equal('Autre service');
    });

    it('treats the institution as text: only <br> makes a line', async () => {
      const { el } = await render(
        html`<gouv-header institution=${'<b>Préfecture</b><BR/>du Nord'}></gouv-header>`,
      );
      expect(part(el, '.logo__name b')).to.equal(null);
      expect(part(el, '.logo__name')!.textContent).to.equal('<b>Préfecture</b> du Nord');
    });

    it('renders hostile text in service-name as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const { el } = await render(html`<gouv-header service-name=${hostile}></gouv-header>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      expect(part(el, '.service-title')!.textContent!.trim()).to.equal(hostile);
    });
  });

  describe('bloc-marque and slots', () => {
    it('draws the motto in CSS, out of the accessibility tree', async () => {
      const { el } = await render(html`<gouv-header></gouv-header>`);
      expect(getComputedStyle(part(el, '.logo')!, '::after').content).to.contain('Liberté');
      const tree = await accessibilityTree();
      expect(JSON.stringify(tree)).to.not.contain('Liberté');
    });

    it('shows the operator logo next to the bloc-marque', async () => {
      const { el } = await render(
        html`<gouv-header service-name="Nom du service"
          ><img
            slot="operator"
            alt="Opérateur"
            src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
            width="80"
            height="40"
        /></gouv-header>`,
      );
      expect(isShown(part(el, '.operator'))).to.equal(true);
      expect(el.querySelector('img')!.assignedSlot?.name).to.equal('operator');
    });

    it('warns when the navigation slot holds no <nav>', async () => {
      resetWarnings();
      const capture = captureWarnings();
      const warnings = capture.messages;
      try {
        await render(
          html`<gouv-header
            ><ul slot="navigation">
              <li><a href="#a">A</a></li>
            </ul></gouv-header
          >`,
        );
      } finally {
        capture.restore();
      }
      expect(warnings.some((w) => w.includes('RGAA 12.6'))).to.equal(true);
    });
  });

  describe('focus, forced colours and motion', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

    it('draws a visible focus ring around the whole brand and on navigation links', async () => {
      const { el } = await render(full);
      const home = part(el, '.home')!;
      await tab();
      expect(deepActiveElement()).to.equal(home);
      const ring = getComputedStyle(home, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineWidth).to.equal('2px');
      const link = el.querySelector<HTMLAnchorElement>('nav a')!;
      link.focus();
      await press('Shift+Tab');
      await press('Tab');
      expect(deepActiveElement()).to.equal(link);
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    });

    it('keeps borders and the current-page bar in forced-colours mode', async () => {
      await setViewport(NARROW);
      await emulateMedia({ forcedColors: 'active' });
      const { el } = await render(full);
      expect(getComputedStyle(part(el, '.menu-button')!).borderStyle).to.equal('solid');
      el.openMenu();
      await el.updateComplete;
      const current = el.querySelector('[aria-current="page"]')!;
      expect(getComputedStyle(current, '::before').width).to.equal('4px');
      el.closeMenu();
      await setViewport(WIDE);
    });

    it('opens the panel without animation when reduced motion is asked for', async () => {
      await setViewport(NARROW);
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el } = await render(full);
      el.openMenu();
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'dialog')!).transitionDuration).to.equal('0s');
      el.closeMenu();
      await setViewport(WIDE);
    });
  });

  describe('hostile input', () => {
    it('refuses a javascript: home address', async () => {
      const { el } = await render(html`<gouv-header home-href=${' JavaScript:alert(1)'}></gouv-header>`);
      expect(part(el, '.home')!.getAttribute('href')).to.equal('/');
    });
  });

  describe('landmarks and names', () => {
    it('exposes exactly one banner landmark', async () => {
      await render(full);
      const tree = await accessibilityTree();
      expect(collectA11yNodes(tree, (node) => node.role === 'banner')).to.have.length(1);
      expect(
        collectA11yNodes(tree, (node) => node.role === 'navigation' && node.name === 'Menu principal'),
      ).to.have.length(1);
    });

    it('names the home link "Accueil - <service> - République Française"', async () => {
      await render(full);
      const link = await findA11yNode((node) => node.role === 'link' && node.name.startsWith('Accueil'));
      expect(link?.name).to.equal('Accueil - Nom du service - République Française');
    });

    it('puts the home link on the logo when there is no service name', async () => {
      const { el } = await render(html`<gouv-header></gouv-header>`);
      expect(part(el, '.home .logo')).to.not.equal(null);
      const link = await findA11yNode((node) => node.role === 'link');
      expect(link?.name).to.equal('Accueil - République Française');
    });
  });

  describe('on a wide screen (62em and more)', () => {
    before(() => setViewport(WIDE));

    it('shows the navigation and the tools, and no menu button', async () => {
      const { el } = await render(full);
      expect(part(el, '.menu-button')).to.equal(null);
      expect(part(el, 'dialog')).to.equal(null);
      expect(isShown(el.querySelector('nav'))).to.equal(true);
      expect(isShown(el.querySelector('[slot="tools"]'))).to.equal(true);
      expect(isShown(el.querySelector('[slot="search"]'))).to.equal(true);
    });

    it('has no horizontal overflow', async () => {
      const { el } = await render(states['long service name']!);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  });

  describe('on a narrow screen (below 62em)', () => {
    before(() => setViewport(NARROW));
    after(() => setViewport(WIDE));

    it('shows the menu button and hides the navigation behind it', async () => {
      const { el } = await render(full);
      const button = part(el, '.menu-button')!;
      expect(isShown(button)).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(part(el, 'dialog')!.id);
      expect(isShown(el.querySelector('nav'))).to.equal(false);
      const node = await findA11yNode((n) => n.role === 'button' && n.name === 'Menu');
      expect(node).to.not.equal(null);
    });

    it('fits in 320px without horizontal scroll', async () => {
      const { el } = await render(states['long service name']!);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('opens on Enter with focus inside, and closes on Escape with focus back on Menu', async () => {
      const { el } = await render(full);
      const button = part(el, '.menu-button')!;
      const dialog = part(el, 'dialog') as HTMLDialogElement;
      button.focus();
      const opened = oneEvent(el, 'gouv-menu-open');
      await press('Enter');
      await opened;
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(dialog.contains(deepActiveElement())).to.equal(true);
      expect(isShown(el.querySelector('nav a'))).to.equal(true);
      expect(isShown(el.querySelector('[slot="tools"]'))).to.equal(true);

      const closed = oneEvent(el, 'gouv-menu-close');
      await press('Escape');
      await closed;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(button);
    });

    it('is a modal dialog named "Menu" with a "Fermer" button', async () => {
      const { el } = await render(full);
      el.openMenu();
      await el.updateComplete;
      const dialog = await findA11yNode((n) => n.role === 'dialog');
      expect(dialog?.name).to.equal('Menu');
      expect(dialog?.modal).to.equal(true);
      const close = part(el, '.close-button')!;
      expect(deepActiveElement()).to.equal(close);
      expect(close.textContent!.trim()).to.equal('Fermer');
      const closed = oneEvent(el, 'gouv-menu-close');
      close.click();
      await closed;
      expect(deepActiveElement()).to.equal(part(el, '.menu-button'));
    });

    it('keeps Tab inside the open panel (modal)', async () => {
      const { el } = await render(full);
      el.openMenu();
      await el.updateComplete;
      const dialog = part(el, 'dialog')!;
      // Past the last link, a modal dialog lets focus go to the browser's own UI (the page's
      // body is then the active element), never to the page behind it.
      for (let i = 0; i < 8; i++) {
        await press('Tab');
        const active = deepActiveElement();
        const inside =
          active === document.body || dialog.contains(active) || (!!active && el.contains(active));
        expect(inside, `Tab ${i + 1} reached ${active?.outerHTML}`).to.equal(true);
      }
      el.closeMenu();
    });

    it('closes when a link of the panel is followed', async () => {
      const { el } = await render(full);
      el.openMenu();
      await el.updateComplete;
      const closed = oneEvent(el, 'gouv-menu-close');
      el.querySelector<HTMLAnchorElement>('a[href="#demarches"]')!.click();
      await closed;
      expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    });

    it('has no menu button when there is nothing to put in the panel', async () => {
      const { el } = await render(html`<gouv-header service-name="Nom du service"></gouv-header>`);
      expect(isShown(part(el, '.menu-button'))).to.equal(false);
      const nav = document.createElement('nav');
      nav.slot = 'navigation';
      nav.setAttribute('aria-label', 'Menu principal');
      nav.innerHTML = '<ul><li><a href="#a">A</a></li></ul>';
      el.append(nav);
      await observersRan();
      await settle(el);
      expect(isShown(part(el, '.menu-button'))).to.equal(true);
    });

    it('starts closed again when removed while open and put back', async () => {
      const { el, wrapper } = await render(full);
      el.openMenu();
      await el.updateComplete;
      el.remove();
      wrapper.append(el);
      await settle(el);
      expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      expect(part(el, '.menu-button')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes the panel when the screen grows past 62em', async () => {
      const { el } = await render(full);
      el.openMenu();
      await el.updateComplete;
      await setViewport(WIDE);
      await layoutIs(el, 'wide');
      expect(part(el, 'dialog')).to.equal(null);
      expect(isShown(el.querySelector('nav'))).to.equal(true);
      await setViewport(NARROW);
    });
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();
    beforeEach(() => setViewport(WIDE));

    it('follows the children React adds, removes and reorders in its slots, leaving them to React', async () => {
      const h = await loadReact();
      type State = { tools: string[]; navigation: boolean };
      let setState!: ReactSetState<State>;
      function Header() {
        const [state, set] = h.useState<State>({ tools: ['Se connecter'], navigation: false });
        setState = set;
        return h.createElement(
          'gouv-header',
          { 'service-name': 'Nom du service' },
          state.tools.map((label) => h.createElement('a', { key: label, slot: 'tools', href: '#' }, label)),
          state.navigation
            ? h.createElement(
                'nav',
                { key: 'nav', slot: 'navigation', 'aria-label': 'Menu principal' },
                h.createElement('a', { href: '#accueil' }, 'Accueil'),
              )
            : null,
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Header, null));
      page.cleanups.push(mount.unmount);
      const el = page.container.querySelector('gouv-header')!;
      await settle(el);
      const assigned = (name: string) =>
        el
          .shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!
          .assignedElements()
          .map((node) => node.textContent);
      const change = async (state: State) => {
        mount.update(() => setState(state));
        await observersRan();
        await settle(el);
      };
      expect(assigned('tools')).to.deep.equal(['Se connecter']);
      expect(isShown(part(el, '.menu'))).to.equal(false);

      await change({ tools: ['Se connecter', 'Aide'], navigation: true });
      expect(assigned('tools')).to.deep.equal(['Se connecter', 'Aide']);
      expect(isShown(part(el, '.menu'))).to.equal(true);
      expect(isShown(el.querySelector('nav'))).to.equal(true);

      await change({ tools: ['Aide', 'Se connecter'], navigation: true });
      expect(assigned('tools')).to.deep.equal(['Aide', 'Se connecter']);
      expect([...el.children].map((child) => child.textContent)).to.deep.equal([
        'Aide',
        'Se connecter',
        'Accueil',
      ]);

      await change({ tools: [], navigation: false });
      expect(el.children).to.have.length(0);
      expect(isShown(part(el, '.tools'))).to.equal(false);
      expect(isShown(part(el, '.menu'))).to.equal(false);
      page.expectNoErrors();
    });
  });

  describe('languages', () => {
    before(() => setViewport(NARROW));
    after(() => setViewport(WIDE));

    it('speaks French by default', async () => {
      const { el } = await render(full);
      expect(part(el, '.menu-button')!.title).to.equal('Menu');
      expect(part(el, '.close-button')!.textContent!.trim()).to.equal('Fermer');
      expect(part(el, '.home')!.getAttribute('aria-label')).to.equal(
        'Accueil - Nom du service - République Française',
      );
    });

    it('speaks English inside lang="en", the brand staying in French', async () => {
      const { el } = await render(full, { lang: 'en' });
      expect(part(el, '.close-button')!.textContent!.trim()).to.equal('Close');
      expect(part(el, '.home')!.getAttribute('aria-label')).to.equal(
        'Home - Nom du service - République Française',
      );
      expect(part(el, '.logo')!.getAttribute('lang')).to.equal('fr');
    });

    it('lets an instance override a string', async () => {
      const { el } = await render(full);
      el.strings = { close: 'Fermer le menu' };
      await el.updateComplete;
      expect(part(el, '.close-button')!.textContent!.trim()).to.equal('Fermer le menu');
    });
  });

  describe('axe', () => {
    for (const theme of ['light', 'dark']) {
      for (const [name, template] of Object.entries(states)) {
        it(`${name}, wide, ${theme} theme`, async () => {
          await setViewport(WIDE);
          const { wrapper } = await render(template, { theme });
          await expectNoAxeViolations(wrapper);
        });
      }
      it(`narrow, menu open, ${theme} theme`, async () => {
        await setViewport(NARROW);
        const { wrapper, el } = await render(full, { theme });
        await expectNoAxeViolations(wrapper);
        el.openMenu();
        await el.updateComplete;
        await expectNoAxeViolations(wrapper);
        el.closeMenu();
        await setViewport(WIDE);
      });
      it(`English, ${theme} theme`, async () => {
        const { wrapper } = await render(full, { lang: 'en', theme });
        await expectNoAxeViolations(wrapper);
      });
    }
  });
});
