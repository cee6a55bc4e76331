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
  press,
  tab,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import { resetWarnings } from '@gouvkit/core';
import '../skip-links.js';
import type { GouvSkipLinks } from './gouv-skip-links.js';

const links = [
  { href: '#contenu', label: 'Contenu' },
  { href: '#menu', label: 'Menu' },
  { href: '#pied', label: 'Pied de page' },
];

/** A page: skip links first, then the regions they lead to. */
function page(skipLinks: unknown) {
  return fixture(html`
    <div>
      ${skipLinks}
      <nav id="menu" aria-label="Menu principal"><a href="/accueil">Accueil</a></nav>
      <main id="contenu">
        <h1>Titre</h1>
        <button type="button">Action</button>
      </main>
      <footer id="pied"><a href="/mentions">Mentions légales</a></footer>
    </div>
  `);
}

/** Resolves after the mutation observers' callbacks for the changes made so far. */
const observersRan = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** The names of the links of the « Accès rapide » navigation, as assistive technologies get them. */
async function linkNames(): Promise<string[]> {
  const nav = await findA11yNode((n) => n.role === 'navigation' && n.name === 'Accès rapide');
  return collectA11yNodes(nav!, (n) => n.role === 'link').map((n) => n.name);
}

/** Starts keyboard navigation from the top of the document, as on a freshly loaded page. */
function focusTopOfPage() {
  (document.activeElement as HTMLElement | null)?.blur();
  const top = document.createElement('span');
  top.tabIndex = -1;
  document.body.prepend(top);
  top.focus();
  top.remove();
}

describe('gouv-skip-links', () => {
  beforeEach(() => resetWarnings());

  it('renders a navigation « Accès rapide » holding a list of links', async () => {
    await page(html`<gouv-skip-links .links=${links}></gouv-skip-links>`);
    const nav = await findA11yNode((n) => n.role === 'navigation' && n.name === 'Accès rapide');
    expect(nav).to.exist;
    const list = collectA11yNodes(nav!, (n) => n.role === 'list');
    expect(list).to.have.length(1);
    const names = collectA11yNodes(nav!, (n) => n.role === 'link').map((n) => n.name);
    expect(names).to.deep.equal(['Contenu', 'Menu', 'Pied de page']);
    expect(collectA11yNodes(nav!, (n) => n.role === 'listitem')).to.have.length(3);
  });

  it('is hidden above the page until a link has focus, then shows at the top', async () => {
    const wrapper = await page(html`<gouv-skip-links .links=${links}></gouv-skip-links>`);
    const el = wrapper.querySelector('gouv-skip-links')!;
    const nav = el.shadowRoot!.querySelector('nav')!;
    const hidden = nav.getBoundingClientRect();
    expect(hidden.bottom).to.be.at.most(el.getBoundingClientRect().top + 1);
    expect(getComputedStyle(nav).opacity).to.equal('0');

    focusTopOfPage();
    const first = await tab();
    expect(first).to.equal(el.shadowRoot!.querySelector('a'));
    const shown = nav.getBoundingClientRect();
    expect(getComputedStyle(nav).opacity).to.equal('1');
    expect(shown.top).to.be.at.least(el.getBoundingClientRect().top - 1);
    expect(shown.height).to.be.greaterThan(20);
  });

  it('moves focus to the target with Enter, making a region focusable until it loses focus', async () => {
    const wrapper = await page(html`<gouv-skip-links .links=${links}></gouv-skip-links>`);
    const main = wrapper.querySelector('main')!;
    focusTopOfPage();
    await tab();
    await press('Enter');
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    // The next Tab continues from the content, past the header.
    expect(await tab()).to.equal(main.querySelector('button'));
    expect(main.hasAttribute('tabindex')).to.equal(false);
  });

  it('leaves a focusable target as it is', async () => {
    const wrapper = await fixture(html`
      <div>
        <gouv-skip-links .links=${[{ href: '#recherche', label: 'Recherche' }]}></gouv-skip-links>
        <input id="recherche" aria-label="Rechercher" />
      </div>
    `);
    const el = wrapper.querySelector('gouv-skip-links')!;
    el.shadowRoot!.querySelector('a')!.click();
    expect(document.activeElement).to.equal(wrapper.querySelector('input'));
    expect(wrapper.querySelector('input')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('reads the author’s <a> children as its links, each in a list item, and follows them', async () => {
    const wrapper = await page(html`
      <gouv-skip-links>
        <a href="#contenu">Aller au contenu</a>
        <a href="#pied" lang="fr">Aller au pied de page</a>
      </gouv-skip-links>
    `);
    const el = wrapper.querySelector('gouv-skip-links')!;
    await el.updateComplete;
    const nav = await findA11yNode((n) => n.role === 'navigation' && n.name === 'Accès rapide');
    expect(collectA11yNodes(nav!, (n) => n.role === 'listitem')).to.have.length(2);
    expect(await linkNames()).to.deep.equal(['Aller au contenu', 'Aller au pied de page']);
    const rendered = [...el.shadowRoot!.querySelectorAll('a')];
    expect(rendered.map((a) => a.getAttribute('href'))).to.deep.equal(['#contenu', '#pied']);
    expect(rendered[1]!.lang).to.equal('fr');

    focusTopOfPage();
    expect(await tab()).to.equal(rendered[0]);
    expect(getComputedStyle(el.shadowRoot!.querySelector('nav')!).opacity).to.equal('1');
    expect(await tab()).to.equal(rendered[1]);
    await press('Enter');
    expect(document.activeElement).to.equal(wrapper.querySelector('footer'));
  });

  it('leaves the author’s links where they are, untouched and not shown', async () => {
    const wrapper = await page(html`
      <gouv-skip-links>
        <a href="#contenu" class="author">Aller au contenu</a>
        <a href="#pied" class="author">Aller au pied de page</a>
      </gouv-skip-links>
    `);
    const el = wrapper.querySelector('gouv-skip-links')!;
    await el.updateComplete;
    const children = [...el.childNodes];
    const markup = el.innerHTML;
    el.shadowRoot!.querySelector('a')!.focus();
    await el.updateComplete;
    expect([...el.childNodes]).to.deep.equal(children);
    expect(el.innerHTML).to.equal(markup);
    for (const a of el.querySelectorAll('a')) {
      expect(a.assignedSlot).to.equal(null);
      expect(a.checkVisibility()).to.equal(false);
    }
    // Each link is exposed once, by the element's own list.
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'link' && n.name === 'Aller au contenu')).to.have.length(
      1,
    );
  });

  it('follows links added, changed, reordered and removed later', async () => {
    const wrapper = await page(html`<gouv-skip-links><a href="#contenu">Contenu</a></gouv-skip-links>`);
    const el = wrapper.querySelector('gouv-skip-links')!;
    await el.updateComplete;
    const added = document.createElement('a');
    added.href = '#menu';
    added.textContent = 'Menu';
    el.append(added);
    await observersRan();
    await el.updateComplete;
    expect(await linkNames()).to.deep.equal(['Contenu', 'Menu']);

    added.firstChild!.textContent = 'Menu principal';
    await observersRan();
    await el.updateComplete;
    expect(await linkNames()).to.deep.equal(['Contenu', 'Menu principal']);

    el.prepend(added);
    added.setAttribute('href', '#pied');
    await observersRan();
    await el.updateComplete;
    expect(await linkNames()).to.deep.equal(['Menu principal', 'Contenu']);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#pied');

    el.querySelector('a[href="#contenu"]')!.remove();
    added.remove();
    await observersRan();
    await el.updateComplete;
    expect(await linkNames()).to.deep.equal(['Contenu']);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('#contenu');
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();

    it('follows the <a> children React adds, removes and reorders, leaving them to React', async () => {
      const h = await loadReact();
      type Link = { href: string; label: string };
      let setLinks!: ReactSetState<Link[]>;
      const contenu = { href: '#contenu', label: 'Contenu' };
      const menu = { href: '#menu', label: 'Menu' };
      const pied = { href: '#pied', label: 'Pied de page' };
      function SkipLinks() {
        const [links, set] = h.useState<Link[]>([contenu, menu]);
        setLinks = set;
        // The regions the links lead to, rendered by React too.
        return h.createElement(
          h.Fragment,
          null,
          h.createElement(
            'gouv-skip-links',
            null,
            links.map((link) => h.createElement('a', { key: link.href, href: link.href }, link.label)),
          ),
          h.createElement('nav', { id: 'menu', 'aria-label': 'Menu principal' }),
          h.createElement('main', { id: 'contenu' }),
          h.createElement('footer', { id: 'pied' }),
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(SkipLinks, null));
      page.cleanups.push(mount.unmount);
      const el = page.container.querySelector('gouv-skip-links')!;
      await el.updateComplete;
      const shown = () => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent);
      const children = () => [...el.children].map((a) => a.textContent);
      expect(shown()).to.deep.equal(['Contenu', 'Menu']);
      const menuLink = el.querySelector('a[href="#menu"]');

      for (const next of [
        [menu, contenu],
        [menu, contenu, pied],
        [pied, menu],
        [{ ...pied, label: 'Bas de page' }],
      ]) {
        mount.update(() => setLinks(next));
        await observersRan();
        await el.updateComplete;
        expect(children()).to.deep.equal(next.map((link) => link.label));
        expect(shown()).to.deep.equal(next.map((link) => link.label));
      }
      mount.update(() => setLinks([contenu, menu]));
      expect(el.querySelector('a[href="#menu"]')).to.not.equal(menuLink);
      page.expectNoErrors();
    });
  });

  it('defaults to one link « Contenu » to #contenu', async () => {
    const wrapper = await page(html`<gouv-skip-links></gouv-skip-links>`);
    const a = wrapper.querySelector('gouv-skip-links')!.shadowRoot!.querySelectorAll('a');
    expect(a).to.have.length(1);
    expect(a[0]!.getAttribute('href')).to.equal('#contenu');
    expect(a[0]!.textContent).to.equal('Contenu');
  });

  it('warns in development when a target id is missing from the document', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<GouvSkipLinks>(
        html`<gouv-skip-links .links=${[{ href: '#absent', label: 'Contenu' }]}></gouv-skip-links>`,
      );
      // Checked when a link takes focus (and once the page has loaded).
      el.shadowRoot!.querySelector('a')!.focus();
    } finally {
      capture.restore();
    }
    expect(capture.messages).to.have.length(1);
    expect(capture.messages[0]).to.contain('« #absent » ne mène nulle part');
  });

  it('drops a link that does not lead inside the page, with a warning', async () => {
    const capture = captureWarnings();
    let el: GouvSkipLinks;
    try {
      el = await page(
        html`<gouv-skip-links
          .links=${[
            { href: 'javascript:alert(1)', label: 'Piège' },
            { href: '#contenu', label: 'Contenu' },
          ]}
        ></gouv-skip-links>`,
      ).then((w) => w.querySelector('gouv-skip-links')!);
    } finally {
      capture.restore();
    }
    const anchors = el.shadowRoot!.querySelectorAll('a');
    expect(anchors).to.have.length(1);
    expect(anchors[0]!.getAttribute('href')).to.equal('#contenu');
    expect(capture.messages.join()).to.contain('javascript:alert(1)');
  });

  it('speaks English, and takes a per-instance override', async () => {
    const wrapper = await fixture(html`
      <div lang="en">
        <gouv-skip-links></gouv-skip-links>
        <main id="contenu">Content</main>
      </div>
    `);
    const el = wrapper.querySelector('gouv-skip-links')!;
    expect(await findA11yNode((n) => n.role === 'navigation' && n.name === 'Skip links')).to.exist;
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Content');
    el.strings = { label: 'Quick access' };
    await el.updateComplete;
    expect(await findA11yNode((n) => n.role === 'navigation' && n.name === 'Quick access')).to.exist;
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation, hidden and shown (${theme})`, async () => {
      const wrapper = await fixture(html`
        <div
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); color: var(--gouv-color-text-default)"
        >
          <gouv-skip-links .links=${links}></gouv-skip-links>
          <gouv-skip-links>
            <a href="#contenu">Contenu</a>
          </gouv-skip-links>
          <nav id="menu" aria-label="Menu principal"><a href="/accueil">Accueil</a></nav>
          <main id="contenu"><h1>Titre</h1></main>
          <footer id="pied">Pied de page</footer>
        </div>
      `);
      await expectNoAxeViolations(wrapper);
      wrapper.querySelector('gouv-skip-links')!.shadowRoot!.querySelector('a')!.focus();
      await expectNoAxeViolations(wrapper);
      wrapper.querySelectorAll('gouv-skip-links')[1]!.querySelector('a')!.focus();
      await expectNoAxeViolations(wrapper);
    });
  }

  it('renders hostile labels as text', async () => {
    const wrapper = await page(
      html`<gouv-skip-links
        .links=${[{ href: '#contenu', label: '<img src=x onerror=alert(1)>' }]}
      ></gouv-skip-links>`,
    );
    const el = wrapper.querySelector('gouv-skip-links')!;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'img')).to.have.length(0);
  });

  it('keeps focus where it was on a modified click (new tab)', async () => {
    const wrapper = await page(html`<gouv-skip-links .links=${links}></gouv-skip-links>`);
    const a = wrapper.querySelector('gouv-skip-links')!.shadowRoot!.querySelector('a')!;
    a.focus();
    a.addEventListener('click', (e) => e.preventDefault(), { once: true });
    a.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
    );
    expect(deepActiveElement()).to.equal(a);
  });
});
