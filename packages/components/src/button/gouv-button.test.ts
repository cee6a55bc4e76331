import {
  captureWarnings,
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
import { containerChanged, resetWarnings } from '@gouvkit/core';
import '../button.js';
import { iconsReady as namedIconsReady } from '@gouvkit/core';
import type { GouvButton } from './gouv-button.js';

const inner = (el: GouvButton) => el.shadowRoot!.querySelector<HTMLElement>('.button')!;
/** The native submit proxy the button keeps in its light DOM. */
const proxy = (el: GouvButton) =>
  el.querySelector<HTMLButtonElement>(':scope > [data-gouv-part="gouv-submit"] > button[type="submit"]');
/** Resolves after the mutation observers' callbacks for the changes made so far. */
const observersRan = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** A container that disables the fields inside it, as a closed gouv-conditional-reveal does. */
class TestDisablingContainer extends HTMLElement {
  #disables = false;
  get disablesContent() {
    return this.#disables;
  }
  set disablesContent(value: boolean) {
    this.#disables = value;
    containerChanged(this);
  }
}
customElements.define('test-disabling-container', TestDisablingContainer);

/** Runs `run` and returns the warnings it printed. */
async function warningsOf(run: () => Promise<unknown>): Promise<string[]> {
  const capture = captureWarnings();
  try {
    await run();
  } finally {
    capture.restore();
  }
  return capture.messages;
}

describe('gouv-button', () => {
  it('renders a native button named by its text', async () => {
    const el = await fixture<GouvButton>(html`<gouv-button>Envoyer</gouv-button>`);
    expect(inner(el).tagName).to.equal('BUTTON');
    const node = await findA11yNode((n) => n.role === 'button');
    expect(node?.name).to.equal('Envoyer');
  });

  it('reflects variant and size, and falls back with a warning on an unknown value', async () => {
    const el = await fixture<GouvButton>(html`<gouv-button variant="secondary" size="lg">Ok</gouv-button>`);
    expect(el.getAttribute('variant')).to.equal('secondary');
    const messages = await warningsOf(async () => {
      el.variant = 'danger' as never;
      await el.updateComplete;
    });
    expect(el.variant).to.equal('primary');
    expect(el.getAttribute('variant')).to.equal('primary');
    expect(messages.join()).to.contain('variant="danger"');
  });

  it('keeps its text as the accessible name when icon-only', async () => {
    const el = await fixture<GouvButton>(html`<gouv-button icon="close-line" icon-only>Fermer</gouv-button>`);
    await namedIconsReady();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg[aria-hidden="true"] path')!.getAttribute('d')).to.not.equal('');
    const node = await findA11yNode((n) => n.role === 'button');
    expect(node?.name).to.equal('Fermer');
    await expectNoAxeViolations(el);
  });

  it('is reached with Tab and activated with Enter and Space', async () => {
    let clicks = 0;
    const el = await fixture<GouvButton>(html`<gouv-button @click=${() => clicks++}>Valider</gouv-button>`);
    el.blur();
    await tab();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await press('Enter');
    await press('Space');
    expect(clicks).to.equal(2);
  });

  it('submits its form with its name and value, like a native submit button', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <input name="nom" value="Dupont" />
        <gouv-button type="submit" name="action" value="envoyer">Envoyer</gouv-button>
      </form>
    `);
    const button = form.querySelector('gouv-button')!;
    await button.updateComplete;
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => (data = new FormData(form, (e as SubmitEvent).submitter)));
    inner(button).click();
    expect(data?.get('nom')).to.equal('Dupont');
    expect(data?.get('action')).to.equal('envoyer');
    // Its own node, first, hidden, out of the tab order and of the accessible name.
    expect(button.firstElementChild).to.equal(proxy(button)!.parentElement);
    expect(proxy(button)!.hidden).to.equal(true);
    expect(button.textContent).to.equal('Envoyer');
  });

  it('submits a name and value changed in the same task, and drops its proxy when not a submit', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-button type="submit" name="action" value="a">Envoyer</gouv-button>
      </form>
    `);
    const button = form.querySelector('gouv-button')!;
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => (data = new FormData(form, (e as SubmitEvent).submitter)));
    button.value = 'b';
    inner(button).click();
    expect(data?.get('action')).to.equal('b');
    button.type = 'button';
    await button.updateComplete;
    expect(button.querySelector('[data-gouv-part]')).to.equal(null);
    button.type = 'submit';
    await button.updateComplete;
    expect(proxy(button)).to.not.equal(null);
  });

  it('puts its proxy back when the host’s children are replaced', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <input name="nom" value="Dupont" aria-label="Nom" />
        <gouv-button type="submit" name="action" value="envoyer">Envoyer</gouv-button>
      </form>
    `);
    const button = form.querySelector('gouv-button')!;
    const submitted: FormData[] = [];
    form.addEventListener('submit', (e) => submitted.push(new FormData(form, (e as SubmitEvent).submitter)));
    // As React does for a text child: every child goes, the proxy too.
    button.textContent = 'Valider';
    expect(proxy(button)).to.equal(null);
    // Clicked at once: the proxy is back before the form is submitted.
    inner(button).click();
    expect(submitted.map((data) => data.get('action'))).to.deep.equal(['envoyer']);
    button.textContent = 'Confirmer';
    await observersRan();
    expect(proxy(button)).to.not.equal(null);
    expect(button.firstElementChild).to.equal(proxy(button)!.parentElement);
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitted.map((data) => data.get('action'))).to.deep.equal(['envoyer', 'envoyer']);
    expect(button.textContent).to.equal('Confirmer');
  });

  it('lets Enter in a text field submit the form (implicit submission)', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`
      <form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted++;
        }}
      >
        <input name="a" aria-label="Nom" /><input name="b" aria-label="Prénom" />
        <gouv-button type="submit">Envoyer</gouv-button>
      </form>
    `);
    await form.querySelector('gouv-button')!.updateComplete;
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitted).to.equal(1);
  });

  it('resets its form with type="reset"', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <input name="a" value="initial" aria-label="A" /><gouv-button type="reset">Effacer</gouv-button>
      </form>
    `);
    const input = form.querySelector('input')!;
    input.value = 'changé';
    inner(form.querySelector('gouv-button')!).click();
    expect(input.value).to.equal('initial');
  });

  it('does not submit when disabled, directly or by a disabled fieldset', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`
      <form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted++;
        }}
      >
        <fieldset disabled><gouv-button type="submit">Envoyer</gouv-button></fieldset>
      </form>
    `);
    const button = form.querySelector('gouv-button')!;
    await button.updateComplete;
    expect(button.isDisabled).to.equal(true);
    expect((inner(button) as HTMLButtonElement).disabled).to.equal(true);
    expect(proxy(button)!.disabled).to.equal(true);
    inner(button).click();
    form.querySelector('fieldset')!.disabled = false;
    button.disabled = true;
    await button.updateComplete;
    inner(button).click();
    expect(submitted).to.equal(0);
    const node = await findA11yNode((n) => n.role === 'button' && n.name === 'Envoyer');
    expect(node?.disabled).to.equal(true);
  });

  it('is disabled inside a disabling container, and enabled again when it opens', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`
      <form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted++;
        }}
      >
        <input name="a" aria-label="Nom" />
        <test-disabling-container><gouv-button type="submit">Envoyer</gouv-button></test-disabling-container>
      </form>
    `);
    const container = form.querySelector<TestDisablingContainer>('test-disabling-container')!;
    const button = form.querySelector('gouv-button')!;
    await button.updateComplete;
    container.disablesContent = true;
    await button.updateComplete;
    expect(button.isDisabled).to.equal(true);
    expect((inner(button) as HTMLButtonElement).disabled).to.equal(true);
    expect(proxy(button)!.disabled).to.equal(true);
    inner(button).click();
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitted).to.equal(0);
    expect((await findA11yNode((n) => n.role === 'button' && n.name === 'Envoyer'))?.disabled).to.equal(true);

    container.disablesContent = false;
    await button.updateComplete;
    expect(button.isDisabled).to.equal(false);
    inner(button).click();
    expect(submitted).to.equal(1);
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();

    it('still submits its name and value after React changes its text', async () => {
      const h = await loadReact();
      let setLabel!: ReactSetState<string>;
      function Form() {
        const [label, set] = h.useState('Envoyer');
        setLabel = set;
        return h.createElement(
          'form',
          null,
          h.createElement('input', { name: 'nom', defaultValue: 'Dupont', 'aria-label': 'Nom' }),
          h.createElement('gouv-button', { type: 'submit', name: 'action', value: 'envoyer' }, label),
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Form, null));
      page.cleanups.push(mount.unmount);
      const form = page.container.querySelector('form')!;
      const button = page.container.querySelector('gouv-button')!;
      await button.updateComplete;
      const submitted: FormData[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push(new FormData(form, (e as SubmitEvent).submitter));
      });
      expect(proxy(button)).to.not.equal(null);

      // React writes a lone text child with textContent: the proxy goes with the old text.
      mount.update(() => setLabel('Envoyer la demande'));
      expect(button.textContent).to.equal('Envoyer la demande');
      inner(button).click();
      expect(submitted.map((data) => data.get('action'))).to.deep.equal(['envoyer']);
      expect(submitted[0]!.get('nom')).to.equal('Dupont');

      mount.update(() => setLabel('Confirmer'));
      await observersRan();
      expect(proxy(button)).to.not.equal(null);
      form.querySelector('input')!.focus();
      await press('Enter');
      expect(submitted.map((data) => data.get('action'))).to.deep.equal(['envoyer', 'envoyer']);
      expect(button.textContent).to.equal('Confirmer');
      expect((await findA11yNode((n) => n.role === 'button'))?.name).to.equal('Confirmer');

      // React goes on updating its text without an error.
      mount.update(() => setLabel('Envoyer'));
      expect(button.textContent).to.equal('Envoyer');
      page.expectNoErrors();
    });
  });

  it('renders a link styled as a button with href, and a disabled link leaves the tab order', async () => {
    const el = await fixture<GouvButton>(html`<gouv-button href="/demarche">Commencer</gouv-button>`);
    expect(inner(el).tagName).to.equal('A');
    expect(inner(el).getAttribute('href')).to.equal('/demarche');
    expect((await findA11yNode((n) => n.role === 'link'))?.name).to.equal('Commencer');
    el.disabled = true;
    await el.updateComplete;
    expect(inner(el).hasAttribute('href')).to.equal(false);
    expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('warns once when it has no accessible name', async () => {
    resetWarnings();
    const messages = await warningsOf(async () => {
      await fixture(html`<gouv-button></gouv-button>`);
      await fixture(html`<gouv-button></gouv-button>`);
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('nom accessible');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any variant, size and state (${theme})`, async () => {
      const wrapper = await fixture(html`
        <div data-gouv-theme=${theme} style="background: var(--gouv-color-background-default); padding: 1rem">
          ${['primary', 'secondary', 'tertiary', 'tertiary-no-outline'].map(
            (variant) => html`
              <gouv-button variant=${variant}>Envoyer</gouv-button>
              <gouv-button variant=${variant} size="sm" icon="arrow-right-line" icon-position="right"
                >Suivant</gouv-button
              >
              <gouv-button variant=${variant} size="lg" disabled>Indisponible</gouv-button>
              <gouv-button variant=${variant} href="/aide">Aide</gouv-button>
            `,
          )}
        </div>
      `);
      await expectNoAxeViolations(wrapper);
    });
  }

  it('renders hostile text as text', async () => {
    const el = await fixture<GouvButton>(html`<gouv-button>${'<img src=x onerror=alert(1)>'}</gouv-button>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.contain('<img');
  });
});
