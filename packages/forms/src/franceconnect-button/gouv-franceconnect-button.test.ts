import {
  accessibilityTree,
  captureWarnings,
  collectA11yNodes,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  press,
  tab,
} from '@gouvkit/testing';
import '../franceconnect-button.js';
import type { GouvFranceConnectButton } from './gouv-franceconnect-button.js';

const buttonOf = (el: GouvFranceConnectButton) => el.querySelector<HTMLElement>('.gouv-connect')!;

describe('gouv-franceconnect-button', () => {
  it('is a native submit button of its form, sending its name and value', async () => {
    let data: FormData | undefined;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          data = new FormData(e.target as HTMLFormElement, e.submitter);
        }}
      >
        <gouv-franceconnect-button name="fournisseur" value="franceconnect"></gouv-franceconnect-button>
      </form>`,
    );
    const el = form.querySelector('gouv-franceconnect-button')!;
    await el.updateComplete;
    const button = buttonOf(el) as HTMLButtonElement;
    // The button is in the light DOM (the shadow root only shows it): it belongs to the form.
    expect(button.getRootNode() === document, 'light DOM').to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('*')].map((n) => n.localName)).to.deep.equal(['slot']);
    expect(el.control === button).to.equal(true);
    expect(button.localName).to.equal('button');
    expect(button.form === form).to.equal(true);
    expect(button.type).to.equal('submit');
    // In the markup, so a server-rendered form sends it without JavaScript.
    expect(button.getAttribute('name')).to.equal('fournisseur');
    expect(button.getAttribute('value')).to.equal('franceconnect');
    // Keyboard only: Tab reaches it, Enter submits.
    const focused = await tab();
    expect(focused === button, 'Tab reaches the button').to.equal(true);
    await press('Enter');
    expect(data?.get('fournisseur')).to.equal('franceconnect');
    data = undefined;
    await press('Space');
    expect(data!.get('fournisseur')).to.equal('franceconnect');
  });

  it('submits the form on Enter in one of its fields (implicit submission)', async () => {
    let submitter: HTMLElement | null = null;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          submitter = e.submitter;
        }}
      >
        <input aria-label="Identifiant" name="id" /><input aria-label="Code" name="code" />
        <gouv-franceconnect-button></gouv-franceconnect-button>
      </form>`,
    );
    const el = form.querySelector('gouv-franceconnect-button')!;
    await el.updateComplete;
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitter === buttonOf(el)).to.equal(true);
  });

  it('says the official wording, and the link says it opens a new window', async () => {
    await fixture(
      html`<div>
        <gouv-franceconnect-button></gouv-franceconnect-button>
      </div>`,
    );
    const button = await findA11yNode((n) => n.role === 'button');
    expect(button?.name).to.equal('S’identifier avec FranceConnect');
    const link = await findA11yNode((n) => n.role === 'link');
    expect(link?.name).to.equal('Qu’est-ce que FranceConnect\u00a0? - nouvelle fenêtre');
    const a = document.querySelector<HTMLAnchorElement>('.gouv-connect__about')!;
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener');
    expect(a.href).to.equal('https://franceconnect.gouv.fr/');
    expect(a.title).to.equal('Qu’est-ce que FranceConnect\u00a0? - nouvelle fenêtre');
  });

  it('has a variant per service: FranceConnect+ and ProConnect', async () => {
    const wrapper = await fixture(
      html`<div>
        <gouv-franceconnect-button variant="franceconnect-plus"></gouv-franceconnect-button>
        <gouv-franceconnect-button variant="proconnect"></gouv-franceconnect-button>
      </div>`,
    );
    await Promise.all(
      [...wrapper.querySelectorAll('gouv-franceconnect-button')].map((e) => e.updateComplete),
    );
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'button').map((n) => n.name)).to.deep.equal([
      'S’identifier avec FranceConnect+',
      'S’identifier avec ProConnect',
    ]);
    expect(collectA11yNodes(tree, (n) => n.role === 'link').map((n) => n.name)).to.deep.equal([
      'Qu’est-ce que FranceConnect+\u00a0? - nouvelle fenêtre',
      'Qu’est-ce que ProConnect\u00a0? - nouvelle fenêtre',
    ]);
    const hrefs = [...wrapper.querySelectorAll<HTMLAnchorElement>('.gouv-connect__about')].map((a) => a.href);
    expect(hrefs).to.deep.equal([
      'https://franceconnect.gouv.fr/france-connect-plus',
      'https://proconnect.gouv.fr/',
    ]);
  });

  it('draws the official logo, hidden from assistive technologies', async () => {
    const el = await fixture<GouvFranceConnectButton>(
      html`<gouv-franceconnect-button></gouv-franceconnect-button>`,
    );
    const logo = el.querySelector('svg.gouv-connect__logo')!;
    expect(logo.getAttribute('aria-hidden')).to.equal('true');
    expect(logo.getAttribute('viewBox')).to.equal('0 0 40 48');
    expect([...logo.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).to.deep.equal([
      '#2a2f82',
      '#df1f26',
      '#2e65b0',
      '#fff',
    ]);
    const box = logo.getBoundingClientRect();
    expect(Math.round((box.width / box.height) * 100)).to.equal(83); // 40 × 48, not stretched
  });

  it('is a link to the authorisation endpoint with href, and no link when disabled', async () => {
    const wrapper = await fixture(
      html`<div>
        <gouv-franceconnect-button href="/auth/franceconnect"></gouv-franceconnect-button>
        <gouv-franceconnect-button href="/auth/franceconnect" disabled></gouv-franceconnect-button>
      </div>`,
    );
    const [on, off] = [...wrapper.querySelectorAll('gouv-franceconnect-button')];
    await on!.updateComplete;
    await off!.updateComplete;
    const link = buttonOf(on!) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/auth/franceconnect');
    const dead = buttonOf(off!) as HTMLAnchorElement;
    expect(dead.hasAttribute('href')).to.equal(false);
    expect(dead.getAttribute('aria-disabled')).to.equal('true');
    const node = await findA11yNode(
      (n) => n.role === 'link' && n.name === 'S’identifier avec FranceConnect' && !!n.disabled,
    );
    expect(node).to.not.equal(null);
  });

  it('is disabled by a disabled fieldset and by disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-franceconnect-button></gouv-franceconnect-button></fieldset>
        <gouv-franceconnect-button disabled></gouv-franceconnect-button>
      </form>`,
    );
    const buttons = [...form.querySelectorAll('gouv-franceconnect-button')];
    await Promise.all(buttons.map((b) => b.updateComplete));
    for (const b of buttons) expect(buttonOf(b).matches(':disabled')).to.equal(true);
  });

  it('speaks English in an English page, and its wording cannot be changed', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div lang="en">
          <gouv-franceconnect-button .strings=${{ login: 'Connectez-vous avec' }}
            >Se connecter</gouv-franceconnect-button
          >
        </div>`,
      );
      const el = wrapper.querySelector('gouv-franceconnect-button')!;
      await el.updateComplete;
      const button = await findA11yNode((n) => n.role === 'button');
      expect(button?.name).to.equal('Sign in with FranceConnect');
      const link = await findA11yNode((n) => n.role === 'link');
      expect(link?.name).to.equal('What is FranceConnect? - new window');
      // The content is the page's: left as it is, not displayed, not read.
      expect(el.textContent).to.contain('Se connecter');
      expect(el.innerText).to.not.contain('Se connecter');
      const tree = await accessibilityTree();
      expect(JSON.stringify(tree)).to.not.contain('Se connecter');
      expect(warnings.messages.some((m) => m.includes('libellé officiel'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('falls back to FranceConnect on an unknown variant, with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<GouvFranceConnectButton>(
        html`<gouv-franceconnect-button variant=${evil}></gouv-franceconnect-button>`,
      );
      expect(el.variant).to.equal('franceconnect');
      expect(el.querySelector('img') === null).to.equal(true);
      expect(warnings.messages.join(' ')).to.contain('variant');
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any variant and state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-franceconnect-button></gouv-franceconnect-button>
          <gouv-franceconnect-button variant="franceconnect-plus"></gouv-franceconnect-button>
          <gouv-franceconnect-button variant="proconnect"></gouv-franceconnect-button>
          <gouv-franceconnect-button href="/auth"></gouv-franceconnect-button>
          <gouv-franceconnect-button disabled></gouv-franceconnect-button>
        </form>`,
      );
      await Promise.all(
        [...wrapper.querySelectorAll('gouv-franceconnect-button')].map((e) => e.updateComplete),
      );
      await expectNoAxeViolations(wrapper);
    });
  }
});
