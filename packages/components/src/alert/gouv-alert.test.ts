import {
  accessibilityTree,
  captureWarnings,
  collectA11yNodes,
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  fakeClock,
  findA11yNode,
  fixture,
  html,
  loadReact,
  mountReact,
  oneEvent,
  plainText as plain,
  press,
  renderMode,
  tab,
  type FakeClock,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import { liveRegion, resetWarnings } from '@gouvkit/core';
import '../alert.js';
import type { GouvAlert } from './gouv-alert.js';

const closeButton = (el: GouvAlert) => el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;

/** A live alert's delay before it fills its region (`LIVE_CONTENT_DELAY_MS`), and then some. */
const PAST_LIVE_DELAY = 80;

/** Runs `test` with fake timers: the alert's and the announcer's delays pass when it says. */
async function withClock(test: (clock: FakeClock) => Promise<void>) {
  const clock = await fakeClock();
  try {
    await test(clock);
  } finally {
    clock.restore();
  }
}

/** Every piece of text of the accessibility tree below the page, in order. */
async function spokenText(): Promise<string> {
  const tree = await accessibilityTree();
  return plain(
    collectA11yNodes(tree, (n) => n.role === 'text' || n.role === 'StaticText')
      .map((n) => n.name)
      .join(' '),
  );
}

describe('gouv-alert', () => {
  beforeEach(() => resetWarnings());

  const prefixes = { info: 'Information :', success: 'Succès :', warning: 'Attention :', error: 'Erreur :' };
  for (const [type, prefix] of Object.entries(prefixes)) {
    it(`renders a ${type} alert: a level-3 heading named with its type, the text, a decorative icon`, async () => {
      const el = await fixture<GouvAlert>(
        html`<gouv-alert type=${type} heading="Titre de l’alerte"><p>Description</p></gouv-alert>`,
      );
      const heading = await findA11yNode((n) => n.role === 'heading');
      expect(heading?.level).to.equal(3);
      expect(plain(heading?.name)).to.equal(`${prefix} Titre de l’alerte`);
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
      expect(el.shadowRoot!.querySelector('.icon svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.getAttribute('role')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role]')).to.equal(null);
    });
  }

  it('takes the heading level from heading-level, and renders a paragraph with "none"', async () => {
    const el = await fixture<GouvAlert>(
      html`<gouv-alert heading="Titre" heading-level="2">Texte</gouv-alert>`,
    );
    expect((await findA11yNode((n) => n.role === 'heading'))?.level).to.equal(2);
    el.headingLevel = 'none';
    await el.updateComplete;
    expect(await findA11yNode((n) => n.role === 'heading')).to.equal(null);
    const title = el.shadowRoot!.querySelector('.title')!;
    expect(title.tagName).to.equal('P');
    expect(plain(title.textContent)).to.equal('Information : Titre');
  });

  it('warns on an unknown heading level and uses 3', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<GouvAlert>(
        html`<gouv-alert heading="Titre" heading-level="7">Texte</gouv-alert>`,
      );
      await el.updateComplete;
      expect(el.headingLevel).to.equal('3');
      // Server-rendered, the server warned (in its console): the browser warns on the next change.
      el.setAttribute('heading-level', '7');
      await el.updateComplete;
      expect(el.headingLevel).to.equal('3');
    } finally {
      capture.restore();
    }
    expect(capture.messages.join()).to.contain('heading-level="7"');
    expect((await findA11yNode((n) => n.role === 'heading'))?.level).to.equal(3);
  });

  it('takes a title with markup from the heading slot', async () => {
    const el = await fixture<GouvAlert>(
      html`<gouv-alert type="error"
        ><span slot="heading">Échec <em>partiel</em></span
        >Texte</gouv-alert
      >`,
    );
    await el.updateComplete;
    const heading = await findA11yNode((n) => n.role === 'heading');
    expect(plain(heading?.name)).to.equal('Erreur : Échec partiel');
    expect(await spokenText()).to.not.contain('Erreur : Texte');
  });

  it('follows a title slotted later, and removed', async () => {
    const el = await fixture<GouvAlert>(html`<gouv-alert type="error">Texte</gouv-alert>`);
    expect(await findA11yNode((n) => n.role === 'heading')).to.equal(null);
    const title = document.createElement('span');
    title.slot = 'heading';
    title.textContent = 'Échec';
    el.append(title);
    await oneEvent(el.shadowRoot!.querySelector('slot[name="heading"]')!, 'slotchange');
    await el.updateComplete;
    expect(plain((await findA11yNode((n) => n.role === 'heading'))?.name)).to.equal('Erreur : Échec');
    title.remove();
    await oneEvent(el.shadowRoot!.querySelector('slot[name="heading"]')!, 'slotchange');
    await el.updateComplete;
    expect(await findA11yNode((n) => n.role === 'heading')).to.equal(null);
    expect(await spokenText()).to.contain('Erreur : Texte');
  });

  it('without a title, reads the type before the description', async () => {
    const el = await fixture<GouvAlert>(
      html`<gouv-alert type="success"><p>Votre demande est envoyée.</p></gouv-alert>`,
    );
    expect(await findA11yNode((n) => n.role === 'heading')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.hasAttribute('hidden')).to.equal(true);
    expect(await spokenText()).to.contain('Succès : Votre demande est envoyée.');
  });

  it('warns on an unknown type and falls back to info', async () => {
    const capture = captureWarnings();
    let el: GouvAlert;
    try {
      el = await fixture<GouvAlert>(html`<gouv-alert type="danger" heading="Titre">Texte</gouv-alert>`);
      await el.updateComplete;
      expect(el.type).to.equal('info');
      // Server-rendered, the server warned (in its console): the browser warns on the next change.
      el.setAttribute('type', 'danger');
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect(el.type).to.equal('info');
    expect(el.getAttribute('type')).to.equal('info');
    expect(capture.messages.join()).to.contain('type="danger"');
    expect(plain((await findA11yNode((n) => n.role === 'heading'))?.name)).to.equal('Information : Titre');
  });

  it('shows no title when small, and warns when one is given', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<GouvAlert>(
        html`<gouv-alert size="sm" type="warning" heading="Titre">Texte court</gouv-alert>`,
      );
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect(await findA11yNode((n) => n.role === 'heading')).to.equal(null);
    expect(await spokenText()).to.contain('Attention : Texte court');
    expect(capture.messages.join()).to.contain('size="sm"');
  });

  describe('dismissing', () => {
    it('hides on a click on « Masquer le message », fires gouv-dismiss and focuses what follows', async () => {
      const wrapper = await fixture(html`
        <div>
          <gouv-alert dismissible heading="Titre">Texte</gouv-alert>
          <button type="button">Suivant</button>
        </div>
      `);
      const el = wrapper.querySelector('gouv-alert')!;
      const button = closeButton(el);
      expect(await findA11yNode((n) => n.role === 'button' && n.name === 'Masquer le message')).to.exist;
      button.focus();
      const dismissed = oneEvent(el, 'gouv-dismiss');
      button.click();
      const event = await dismissed;
      expect(event.cancelable).to.equal(true);
      expect(el.hidden).to.equal(true);
      expect(el.isConnected).to.equal(true);
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });

    it('is dismissed from the keyboard: Tab reaches the close button, Enter hides the alert', async () => {
      const wrapper = await fixture(html`
        <div>
          <button type="button">Avant</button>
          <gouv-alert dismissible type="error" heading="Titre">Texte</gouv-alert>
          <a href="#suite">Suite</a>
        </div>
      `);
      const el = wrapper.querySelector('gouv-alert')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      expect(await tab()).to.equal(closeButton(el));
      let fired = 0;
      el.addEventListener('gouv-dismiss', () => fired++);
      await press('Enter');
      expect(fired).to.equal(1);
      expect(el.hidden).to.equal(true);
      expect(deepActiveElement()).to.equal(wrapper.querySelector('a'));
    });

    it('stays shown when gouv-dismiss is prevented', async () => {
      const el = await fixture<GouvAlert>(
        html`<gouv-alert dismissible @gouv-dismiss=${(e: Event) => e.preventDefault()}>Texte</gouv-alert>`,
      );
      closeButton(el).focus();
      closeButton(el).click();
      expect(el.hidden).to.equal(false);
      expect(el.dismiss()).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
    });

    it('focuses the next focusable element inside another component, across shadow roots', async () => {
      const wrapper = await fixture(
        html`<div>
          <gouv-alert dismissible>Texte</gouv-alert>
          <div class="host"></div>
        </div>`,
      );
      const root = wrapper.querySelector('.host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<p>Texte</p><a href="#plus">En savoir plus</a>';
      const el = wrapper.querySelector('gouv-alert')!;
      closeButton(el).focus();
      closeButton(el).click();
      expect(deepActiveElement()).to.equal(root.querySelector('a'));
    });

    it('focuses its parent when nothing focusable follows, and says the message is hidden', async () => {
      const wrapper = await fixture(
        html`<section aria-label="Messages"><gouv-alert dismissible>Texte</gouv-alert></section>`,
      );
      const el = wrapper.querySelector('gouv-alert')!;
      await withClock(async (clock) => {
        closeButton(el).focus();
        closeButton(el).click();
        expect(document.activeElement).to.equal(wrapper);
        expect(wrapper.getAttribute('tabindex')).to.equal('-1');
        // The announcer writes its message after a pause of its own.
        await clock.tick(PAST_LIVE_DELAY);
        expect(liveRegion('polite').textContent).to.equal('Message masqué');
      });
      (document.activeElement as HTMLElement).blur();
      expect(wrapper.hasAttribute('tabindex')).to.equal(false);
    });

    it('does not move focus on a programmatic dismiss while focus is elsewhere', async () => {
      const wrapper = await fixture(html`
        <div><input aria-label="Nom" /><gouv-alert dismissible>Texte</gouv-alert><button>Après</button></div>
      `);
      const input = wrapper.querySelector('input')!;
      input.focus();
      expect(wrapper.querySelector('gouv-alert')!.dismiss()).to.equal(true);
      expect(document.activeElement).to.equal(input);
    });
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();

    it('calls an ongouv-dismiss listener (React keeps the case after "on")', async () => {
      const h = await loadReact();
      const dismissed: Event[] = [];
      let setText!: ReactSetState<string>;
      function Confirmation() {
        const [text, set] = h.useState('Vous recevrez une réponse par courriel.');
        setText = set;
        return h.createElement(
          'gouv-alert',
          {
            type: 'success',
            heading: 'Demande envoyée',
            dismissible: true,
            'ongouv-dismiss': (event: Event) => dismissed.push(event),
          },
          text,
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Confirmation, null));
      page.cleanups.push(mount.unmount);
      const el = page.container.querySelector('gouv-alert')!;
      await el.updateComplete;
      expect(plain((await findA11yNode((n) => n.role === 'heading'))?.name)).to.equal(
        'Succès : Demande envoyée',
      );
      mount.update(() => setText('Réponse sous huit jours.'));
      expect(el.textContent).to.equal('Réponse sous huit jours.');

      closeButton(el).click();
      expect(dismissed).to.have.length(1);
      expect(dismissed[0]).to.be.instanceOf(CustomEvent);
      expect(dismissed[0]!.type).to.equal('gouv-dismiss');
      expect((dismissed[0] as CustomEvent<null>).detail).to.equal(null);
      expect(dismissed[0]!.target).to.equal(el);
      expect(el.hidden).to.equal(true);
      page.expectNoErrors();
    });

    it('stays shown when the React listener prevents the dismissal', async () => {
      const h = await loadReact();
      const mount = await mountReact(page.container, (r) =>
        r.createElement(
          'gouv-alert',
          { dismissible: true, 'ongouv-dismiss': (event: Event) => event.preventDefault() },
          'Texte',
        ),
      );
      page.cleanups.push(mount.unmount);
      const el = page.container.querySelector('gouv-alert')!;
      await el.updateComplete;
      closeButton(el).click();
      expect(el.hidden).to.equal(false);
      expect(h.version).to.match(/^19\./);
      page.expectNoErrors();
    });
  });

  describe('live alerts', () => {
    it('has no role without live: an alert present at load is content', async () => {
      const el = await fixture<GouvAlert>(html`<gouv-alert heading="Titre">Texte</gouv-alert>`);
      // (The page may hold the core announcer's regions: look inside the alert only.)
      expect(el.shadowRoot!.querySelector('[role]')).to.equal(null);
      expect(await findA11yNode((n) => n.role === 'status' || n.role === 'alert', 'gouv-alert')).to.equal(
        null,
      );
    });

    it('is a status region with live="polite", filled after the empty region is in place', async () => {
      await withClock(async (clock) => {
        const el = await fixture<GouvAlert>(
          html`<gouv-alert live="polite" type="success">Enregistré</gouv-alert>`,
        );
        const region = el.shadowRoot!.querySelector('[part="alert"]')!;
        expect(region.getAttribute('role')).to.equal('status');
        if (renderMode === 'csr') {
          expect(region.querySelector('slot')).to.equal(null);
          await clock.tick(PAST_LIVE_DELAY);
          await el.updateComplete;
        }
        // Server markup was on the page at load: its content is shown at once (also without
        // JavaScript), as the server rendered it.
        expect(region.querySelector('slot')).to.exist;
      });
      const status = await findA11yNode((n) => n.role === 'status', 'gouv-alert');
      expect(status).to.exist;
    });

    it('renders a live alert inserted by a script empty first, then filled', async () => {
      const wrapper = await fixture(html`<div></div>`);
      await withClock(async (clock) => {
        const el = document.createElement('gouv-alert');
        el.live = 'polite';
        el.textContent = 'Enregistré';
        wrapper.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="alert"] slot')).to.equal(null);
        await clock.tick(PAST_LIVE_DELAY);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="alert"] slot')).to.exist;
      });
    });

    it('empties and refills its region when inserted again, to be announced again', async () => {
      await withClock(async (clock) => {
        const wrapper = await fixture(html`<div><gouv-alert live="polite">Enregistré</gouv-alert></div>`);
        const el = wrapper.querySelector('gouv-alert')!;
        await clock.tick(PAST_LIVE_DELAY);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="alert"] slot')).to.exist;
        el.remove();
        wrapper.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="alert"] slot')).to.equal(null);
        await clock.tick(PAST_LIVE_DELAY);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="alert"] slot')).to.exist;
      });
    });

    it('is an alert region with live="assertive"', async () => {
      await withClock(async (clock) => {
        const el = await fixture<GouvAlert>(
          html`<gouv-alert live="assertive" type="error">Échec de l’envoi</gouv-alert>`,
        );
        await clock.tick(PAST_LIVE_DELAY);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="alert"]')!.getAttribute('role')).to.equal('alert');
      });
      expect(await findA11yNode((n) => n.role === 'alert', 'gouv-alert')).to.exist;
    });
  });

  it('speaks English, and lets one instance override its strings', async () => {
    const wrapper = await fixture(html`
      <div lang="en">
        <gouv-alert dismissible type="warning" heading="Title">Text</gouv-alert>
      </div>
    `);
    const el = wrapper.querySelector('gouv-alert')!;
    expect(plain((await findA11yNode((n) => n.role === 'heading'))?.name)).to.equal('Warning: Title');
    expect(await findA11yNode((n) => n.role === 'button' && n.name === 'Hide message')).to.exist;
    el.strings = { dismiss: 'Close the alert' };
    await el.updateComplete;
    expect(await findA11yNode((n) => n.role === 'button' && n.name === 'Close the alert')).to.exist;
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any type, size and state (${theme})`, async () => {
      // Live alerts fill their region after a pause: axe checks them filled.
      const clock = await fakeClock();
      let wrapper: HTMLElement;
      try {
        wrapper = await fixture(html`
          <div
            data-gouv-theme=${theme}
            style="background: var(--gouv-color-background-default); color: var(--gouv-color-text-default); padding: 1rem"
          >
            ${['info', 'success', 'warning', 'error'].map(
              (type) => html`
                <gouv-alert type=${type} heading="Titre" dismissible
                  ><p>Une description assez longue.</p></gouv-alert
                >
                <gouv-alert type=${type}>Sans titre</gouv-alert>
                <gouv-alert type=${type} size="sm" dismissible>Petite alerte</gouv-alert>
                <gouv-alert type=${type} heading-level="none" heading="Titre en paragraphe">Texte</gouv-alert>
              `,
            )}
            <gouv-alert live="polite" type="success" heading="Enregistré"
              >Vos modifications sont enregistrées.</gouv-alert
            >
            <gouv-alert live="assertive" type="error" heading="Échec">Réessayez.</gouv-alert>
          </div>
        `);
        await clock.tick(PAST_LIVE_DELAY);
      } finally {
        clock.restore();
      }
      await Promise.all([...wrapper.querySelectorAll('gouv-alert')].map((el) => el.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }

  it('renders hostile text in heading as text', async () => {
    const el = await fixture<GouvAlert>(
      html`<gouv-alert heading=${'<img src=x onerror=alert(1)>'}>Texte</gouv-alert>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});
