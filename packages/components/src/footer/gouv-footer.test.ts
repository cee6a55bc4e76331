import { setViewport } from '@web/test-runner-commands';
import { resetWarnings } from '@gouvkit/core';
import {
  accessibilityTree,
  captureWarnings,
  collectA11yNodes,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  loadReact,
  mountReact,
  tab,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import type { TemplateResult } from 'lit';
import '../footer.js';
import type { GouvFooter } from './gouv-footer.js';

async function render(template: TemplateResult, attrs: { lang?: string; theme?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${attrs.lang ?? 'fr'} data-gouv-theme=${attrs.theme ?? 'light'}>${template}</div>`,
  );
  const el = wrapper.querySelector('gouv-footer')!;
  await el.updateComplete;
  return { wrapper, el };
}

const part = (el: GouvFooter, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const partAll = (el: GouvFooter, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

const description = html`<p slot="description">
  Texte optionnel de 3 lignes maximum, présentant le service et ses missions.
</p>`;
const bottom = html`<ul slot="bottom">
  <li><a href="#plan">Plan du site</a></li>
  <li><a href="#accessibilite">Accessibilité : partiellement conforme</a></li>
  <li><a href="#mentions">Mentions légales</a></li>
  <li><a href="#donnees">Données personnelles</a></li>
  <li><button type="button">Gestion des cookies</button></li>
</ul>`;
const full = html`<gouv-footer>${description}${bottom}</gouv-footer>`;

const states: Record<string, TemplateResult> = {
  minimal: html`<gouv-footer>${bottom}</gouv-footer>`,
  complete: full,
  'other institution': html`<gouv-footer institution=${'Ministère<br>de la Culture'}
    >${description}${bottom}</gouv-footer
  >`,
};

describe('gouv-footer', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  describe('rendering', () => {
    it('renders the bloc-marque linked to the home page', async () => {
      const { el } = await render(full);
      const home = part(el, '.home')!;
      expect(home.getAttribute('href')).to.equal('/');
      expect(home.querySelector('.logo__name')!.textContent).to.equal('République Française');
    });

    it('reads its attributes into properties', async () => {
      const { el } = await render(
        html`<gouv-footer home-href="/accueil" institution=${'Premier<br>ministre'}>${bottom}</gouv-footer>`,
      );
      expect(el.homeHref).to.equal('/accueil');
      expect(el.institution).to.equal('Premier<br>ministre');
      expect(part(el, '.home')!.getAttribute('href')).to.equal('/accueil');
      expect(part(el, '.logo__name')!.innerText).to.equal('PREMIER\nMINISTRE');
    });

    it('lists the institutional links, each opening a new window and saying so', async () => {
      const { el } = await render(full);
      const links = partAll(el, '.links a') as HTMLAnchorElement[];
      expect(links.map((a) => a.hostname)).to.deep.equal([
        'info.gouv.fr',
        'service-public.gouv.fr',
        'legifrance.gouv.fr',
        'data.gouv.fr',
      ]);
      for (const link of links) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener');
        expect(link.title).to.equal(`${link.hostname} - nouvelle fenêtre`);
      }
      const node = await findA11yNode((n) => n.role === 'link' && n.name.startsWith('legifrance'));
      expect(node?.name).to.equal('legifrance.gouv.fr - nouvelle fenêtre');
    });

    it('accepts other links, and none', async () => {
      const { el } = await render(full);
      el.links = [{ label: 'exemple.gouv.fr', href: 'https://exemple.gouv.fr' }];
      await el.updateComplete;
      expect(partAll(el, '.links a').map((a) => a.textContent!.trim())).to.deep.equal([
        'exemple.gouv.fr - nouvelle fenêtre',
      ]);
      el.links = [];
      await el.updateComplete;
      expect(part(el, '.links')).to.equal(null);
      // A framework binding an unset prop passes undefined: that means the default list.
      el.links = undefined;
      await el.updateComplete;
      expect(partAll(el, '.links a')).to.have.length(4);
    });

    it('shows the etalab-2.0 licence mention, its link opening a new window', async () => {
      const { el } = await render(full);
      const copy = part(el, '.copy')!;
      expect(copy.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous licence etalab-2.0',
      );
      const link = copy.querySelector('a')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
    });

    it('renders the description and the bottom list from the light DOM', async () => {
      const { el } = await render(full);
      expect(el.querySelector('[slot="description"]')!.assignedSlot).to.not.equal(null);
      expect(el.querySelector('[slot="bottom"]')!.assignedSlot).to.not.equal(null);
      const tree = await accessibilityTree();
      expect(
        collectA11yNodes(
          tree,
          (n) => n.role === 'link' && n.name === 'Accessibilité : partiellement conforme',
        ),
      ).to.have.length(1);
    });

    it('renders hostile text in the institution and link labels as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const { el } = await render(html`<gouv-footer institution=${hostile}>${bottom}</gouv-footer>`);
      el.links = [{ label: hostile, href: '#' }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(el, '.logo__name')!.textContent).to.equal(hostile);
    });

    it('refuses javascript: addresses in its links', async () => {
      const { el } = await render(html`<gouv-footer home-href="javascript:alert(1)">${bottom}</gouv-footer>`);
      el.links = [{ label: 'piège', href: 'java\tscript:alert(1)' }];
      await el.updateComplete;
      expect(part(el, '.home')!.getAttribute('href')).to.equal('/');
      expect(part(el, '.links a')!.getAttribute('href')).to.equal('#');
    });
  });

  describe('guidance and focus', () => {
    it('warns when the mandatory accessibility mention has no place (no bottom slot)', async () => {
      resetWarnings();
      const capture = captureWarnings();
      const warnings = capture.messages;
      try {
        await render(html`<gouv-footer></gouv-footer>`);
      } finally {
        capture.restore();
      }
      expect(warnings.some((w) => w.includes('Accessibilité'))).to.equal(true);
    });

    it('draws a visible focus ring around the bloc-marque link', async () => {
      const { el } = await render(full);
      const home = part(el, '.home')!;
      await tab();
      expect(el.shadowRoot!.activeElement).to.equal(home);
      expect(getComputedStyle(home, '::after').outlineStyle).to.equal('solid');
    });
  });

  describe('landmarks and names', () => {
    it('exposes exactly one contentinfo landmark', async () => {
      await render(full);
      const tree = await accessibilityTree();
      expect(collectA11yNodes(tree, (n) => n.role === 'contentinfo')).to.have.length(1);
    });

    it('names the bloc-marque link after DSFR', async () => {
      await render(full);
      const link = await findA11yNode((n) => n.role === 'link' && n.name.startsWith('Retour'));
      expect(link?.name).to.equal('Retour à l’accueil du site - République Française');
    });
  });

  describe('languages', () => {
    it('speaks English inside lang="en", the brand staying in French', async () => {
      const { el } = await render(full, { lang: 'en' });
      expect(part(el, '.home')!.getAttribute('aria-label')).to.equal(
        'Back to the home page - République Française',
      );
      expect(part(el, '.links a')!.title).to.equal('info.gouv.fr - new window');
      expect(part(el, '.copy')!.textContent).to.contain('Unless explicitly stated otherwise');
      expect(part(el, '.logo')!.getAttribute('lang')).to.equal('fr');
    });

    it('lets an instance override a string', async () => {
      const { el } = await render(full);
      el.strings = { newWindow: 'ouvre une nouvelle fenêtre' };
      await el.updateComplete;
      expect(part(el, '.links a')!.title).to.equal('info.gouv.fr - ouvre une nouvelle fenêtre');
    });
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();
    /** Resolves after the slotchange callbacks for the changes made so far. */
    const observersRan = () => new Promise<void>((resolve) => queueMicrotask(resolve));

    it('follows the children React adds, removes and reorders in its slots, leaving them to React', async () => {
      const h = await loadReact();
      type State = { operator: boolean; bottom: string[] };
      let setState!: ReactSetState<State>;
      const initial: State = { operator: false, bottom: ['Plan du site', 'Accessibilité : non conforme'] };
      function Footer() {
        const [state, set] = h.useState<State>(initial);
        setState = set;
        return h.createElement(
          'gouv-footer',
          null,
          state.operator
            ? h.createElement('img', {
                key: 'operator',
                slot: 'operator',
                alt: 'Opérateur',
                src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
                width: 80,
                height: 40,
              })
            : null,
          h.createElement(
            'ul',
            { key: 'bottom', slot: 'bottom' },
            state.bottom.map((label) =>
              h.createElement('li', { key: label }, h.createElement('a', { href: '#' }, label)),
            ),
          ),
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Footer, null));
      page.cleanups.push(mount.unmount);
      const el = page.container.querySelector('gouv-footer')!;
      await el.updateComplete;
      const change = async (state: State) => {
        mount.update(() => setState(state));
        await observersRan();
        await el.updateComplete;
      };
      const bottomLinks = () => [...el.querySelectorAll('[slot="bottom"] a')].map((a) => a.textContent);
      expect(part(el, '.operator')!.hidden).to.equal(true);

      await change({
        operator: true,
        bottom: ['Accessibilité : non conforme', 'Plan du site', 'Mentions légales'],
      });
      expect(part(el, '.operator')!.hidden).to.equal(false);
      expect(el.querySelector('img')!.assignedSlot?.name).to.equal('operator');
      expect(bottomLinks()).to.deep.equal([
        'Accessibilité : non conforme',
        'Plan du site',
        'Mentions légales',
      ]);

      await change({ operator: false, bottom: ['Accessibilité : non conforme'] });
      expect(part(el, '.operator')!.hidden).to.equal(true);
      expect(el.querySelector('img')).to.equal(null);
      expect(bottomLinks()).to.deep.equal(['Accessibilité : non conforme']);
      page.expectNoErrors();
    });
  });

  describe('at 320px', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 1280, height: 800 }));

    it('has no horizontal scroll', async () => {
      const { el } = await render(full);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('axe', () => {
    for (const theme of ['light', 'dark']) {
      for (const [name, template] of Object.entries(states)) {
        it(`${name}, ${theme} theme`, async () => {
          const { wrapper } = await render(template, { theme });
          await expectNoAxeViolations(wrapper);
        });
      }
      it(`narrow, ${theme} theme`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { wrapper } = await render(full, { theme });
        await expectNoAxeViolations(wrapper);
        await setViewport({ width: 1280, height: 800 });
      });
      it(`English, ${theme} theme`, async () => {
        const { wrapper } = await render(full, { lang: 'en', theme });
        await expectNoAxeViolations(wrapper);
      });
    }
  });
});
