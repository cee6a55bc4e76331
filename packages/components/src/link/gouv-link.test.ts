import {
  captureWarnings,
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText as plain,
  press,
  tab,
} from '@gouvkit/testing';
import { resetWarnings } from '@gouvkit/core';
import '../link.js';
import { iconsReady as namedIconsReady } from '@gouvkit/core';
import type { GouvLink } from './gouv-link.js';

const anchor = (el: GouvLink) => el.shadowRoot!.querySelector('a')!;

describe('gouv-link', () => {
  beforeEach(() => resetWarnings());

  it('renders a native link named by its text, underlined in the action colour', async () => {
    const el = await fixture<GouvLink>(html`<gouv-link href="/aides">Voir les aides</gouv-link>`);
    expect(anchor(el).getAttribute('href')).to.equal('/aides');
    expect(anchor(el).hasAttribute('target')).to.equal(false);
    expect(anchor(el).hasAttribute('rel')).to.equal(false);
    const node = await findA11yNode((n) => n.role === 'link');
    expect(node?.name).to.equal('Voir les aides');
    const style = getComputedStyle(anchor(el));
    const actionHigh = getComputedStyle(document.documentElement).getPropertyValue(
      '--gouv-color-text-action-high',
    );
    const probe = document.createElement('span');
    probe.style.color = actionHigh;
    document.body.append(probe);
    expect(style.color).to.equal(getComputedStyle(probe).color);
    probe.remove();
    expect(style.backgroundImage).to.contain('linear-gradient');
  });

  it('is reached with Tab and followed with Enter', async () => {
    const el = await fixture<GouvLink>(html`<gouv-link href="#section">Aller à la section</gouv-link>`);
    let clicks = 0;
    el.addEventListener('click', (e) => {
      e.preventDefault();
      clicks++;
    });
    expect(await tab()).to.equal(anchor(el));
    await press('Enter');
    expect(clicks).to.equal(1);
    el.focus();
    expect(deepActiveElement()).to.equal(anchor(el));
  });

  it('opens a new window safely and says so: rel=noopener, icon, « nouvelle fenêtre »', async () => {
    const el = await fixture<GouvLink>(
      html`<gouv-link href="https://www.service-public.fr" target="_blank" rel="external"
        >Service-public.fr</gouv-link
      >`,
    );
    expect(anchor(el).getAttribute('target')).to.equal('_blank');
    expect(anchor(el).getAttribute('rel')!.split(' ')).to.have.members(['external', 'noopener']);
    expect(anchor(el).querySelector('svg.end[aria-hidden="true"]')).to.exist;
    const node = await findA11yNode((n) => n.role === 'link');
    expect(plain(node?.name)).to.equal('Service-public.fr - nouvelle fenêtre');
  });

  it('says "new window" in English, and takes a per-instance override', async () => {
    const wrapper = await fixture(html`
      <p lang="en">See <gouv-link inline href="https://europa.eu" target="_blank">europa.eu</gouv-link>.</p>
    `);
    const el = wrapper.querySelector('gouv-link')!;
    expect(plain((await findA11yNode((n) => n.role === 'link'))?.name)).to.equal('europa.eu - new window');
    el.strings = { newWindow: 'opens a new tab' };
    await el.updateComplete;
    expect(plain((await findA11yNode((n) => n.role === 'link'))?.name)).to.equal(
      'europa.eu - opens a new tab',
    );
  });

  it('passes download and hreflang, with a download icon', async () => {
    const el = await fixture<GouvLink>(
      html`<gouv-link href="/notice.pdf" download="notice.pdf" hreflang="en"
        >Télécharger la notice (PDF, 120 ko)</gouv-link
      >`,
    );
    expect(anchor(el).getAttribute('download')).to.equal('notice.pdf');
    expect(anchor(el).getAttribute('hreflang')).to.equal('en');
    expect(anchor(el).querySelector('svg.end')).to.exist;
    const bare = await fixture<GouvLink>(
      html`<gouv-link href="/notice.pdf" download>Télécharger</gouv-link>`,
    );
    expect(anchor(bare).getAttribute('download')).to.equal('');
  });

  it('puts an icon on either side, and warns about an unknown icon', async () => {
    const el = await fixture<GouvLink>(html`<gouv-link href="/" icon="arrow-left-line">Retour</gouv-link>`);
    // The icon's box is there before the icon set has loaded (no layout shift), drawn once it has.
    expect(anchor(el).firstElementChild!.matches('svg.start')).to.equal(true);
    await namedIconsReady();
    await el.updateComplete;
    expect(anchor(el).firstElementChild!.matches('svg.start')).to.equal(true);
    expect(anchor(el).querySelector('svg.start path')!.getAttribute('d')).to.match(/^M/);
    el.iconPosition = 'right';
    await el.updateComplete;
    expect(anchor(el).lastElementChild!.matches('svg.end')).to.equal(true);
    const capture = captureWarnings();
    try {
      el.icon = 'licorne' as never;
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    const shown = [...anchor(el).querySelectorAll('svg')].filter(
      (svg) => getComputedStyle(svg).display !== 'none',
    );
    expect(shown).to.have.length(0);
    expect(capture.messages.join()).to.contain('icon="licorne"');
  });

  it('reflects size and falls back with a warning on an unknown one', async () => {
    const el = await fixture<GouvLink>(html`<gouv-link href="/" size="lg">Grand lien</gouv-link>`);
    expect(getComputedStyle(anchor(el)).fontSize).to.equal('18px');
    const capture = captureWarnings();
    try {
      el.size = 'xl' as never;
      await el.updateComplete;
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect(el.size).to.equal('md');
    expect(capture.messages.join()).to.contain('size="xl"');
  });

  it('takes the surrounding text size when inline', async () => {
    const wrapper = await fixture(
      html`<p style="font-size: 20px">Voir <gouv-link inline href="/">la page</gouv-link></p>`,
    );
    expect(getComputedStyle(anchor(wrapper.querySelector('gouv-link')!)).fontSize).to.equal('20px');
  });

  it('is not focusable when disabled: no href, aria-disabled, announced as a disabled link', async () => {
    const wrapper = await fixture(html`
      <div>
        <button type="button">Avant</button>
        <gouv-link href="/demarche" target="_blank" disabled>Démarche fermée</gouv-link>
        <button type="button">Après</button>
      </div>
    `);
    const el = wrapper.querySelector('gouv-link')!;
    await el.updateComplete;
    expect(anchor(el).hasAttribute('href')).to.equal(false);
    expect(anchor(el).hasAttribute('target')).to.equal(false);
    expect(anchor(el).getAttribute('aria-disabled')).to.equal('true');
    wrapper.querySelector('button')!.focus();
    expect((await tab())!.textContent).to.equal('Après');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(null);
    const node = await findA11yNode((n) => n.role === 'link');
    expect(node?.name).to.equal('Démarche fermée');
    expect(node?.disabled).to.equal(true);
  });

  it('warns when it has no text', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<GouvLink>(html`<gouv-link href="/"></gouv-link>`);
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect(capture.messages.join()).to.contain('RGAA 6.1');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any size and state (${theme})`, async () => {
      const wrapper = await fixture(html`
        <div
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); color: var(--gouv-color-text-default); padding: 1rem"
        >
          <ul>
            <li><gouv-link href="/a" size="sm">Petit lien</gouv-link></li>
            <li><gouv-link href="/b">Lien moyen</gouv-link></li>
            <li>
              <gouv-link href="/c" size="lg" icon="arrow-right-line" icon-position="right"
                >Grand lien</gouv-link
              >
            </li>
            <li>
              <gouv-link href="https://www.service-public.fr" target="_blank">Service-public.fr</gouv-link>
            </li>
            <li><gouv-link href="/notice.pdf" download>Télécharger la notice (PDF, 120 ko)</gouv-link></li>
            <li><gouv-link href="/d" disabled>Lien désactivé</gouv-link></li>
          </ul>
          <p>Un texte avec <gouv-link inline href="/e">un lien dans le texte</gouv-link>.</p>
        </div>
      `);
      await expectNoAxeViolations(wrapper);
    });
  }

  it('renders hostile text as text', async () => {
    const el = await fixture<GouvLink>(
      html`<gouv-link href="/">${'<img src=x onerror=alert(1)>'}</gouv-link>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.textContent).to.contain('<img');
  });
});
