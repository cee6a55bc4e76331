import { builtinValidatorsReady } from '../shared/field-element.js';
import {
  expect,
  expectNoAxeViolations,
  findA11yNode,
  collectA11yNodes,
  accessibilityTree,
  fixture,
  html,
  plainText,
  press,
  type,
  loadReact,
  mountReact,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import '../error-summary.js';
import '../input.js';
import type { GouvErrorSummary } from './gouv-error-summary.js';
import type { GouvInput } from '../input/gouv-input.js';

const shown = (summary: Element) => summary.querySelector('.gouv-error-summary') !== null;
const focused = (el: Element | null | undefined) => !!el && document.activeElement === el;
/** The summary's own list (server markup children are the page's, and are not shown). */
const ownItems = (summary: Element) => [...summary.querySelectorAll('.gouv-error-summary li')];
const links = (summary: Element) => [...summary.querySelectorAll<HTMLAnchorElement>('.gouv-error-summary a')];
const linkTexts = (summary: Element) => links(summary).map((a) => plainText(a.textContent));

/** Lets the summary collect the errors (a microtask), render, and the fields re-render. */
async function settle(root: Element) {
  for (let i = 0; i < 4; i++) {
    await Promise.all(
      [...root.querySelectorAll<GouvInput | GouvErrorSummary>('gouv-input, gouv-error-summary')].map(
        (el) => el.updateComplete,
      ),
    );
  }
}

async function signupForm() {
  const form = await fixture<HTMLFormElement>(html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-error-summary></gouv-error-summary>
      <gouv-input label="Nom" name="nom" required></gouv-input>
      <gouv-input label="Courriel" name="courriel" type="email" value="marie"></gouv-input>
      <gouv-input label="SIRET" name="siret" validate="siret" value="12345678901234"></gouv-input>
      <label for="ville">Ville</label>
      <input id="ville" name="ville" required />
      <button>Envoyer</button>
    </form>
  `);
  await builtinValidatorsReady();
  await settle(form);
  return {
    form,
    summary: form.querySelector('gouv-error-summary')!,
    fields: [...form.querySelectorAll('gouv-input')],
    ville: form.querySelector<HTMLInputElement>('#ville')!,
    button: form.querySelector('button')!,
  };
}

let savedTitle = '';
beforeEach(() => {
  savedTitle = document.title;
  document.title = 'Inscription – Service';
});
afterEach(() => {
  document.title = savedTitle;
});

describe('gouv-error-summary', () => {
  it('shows nothing while the form has not been sent', async () => {
    const { summary } = await signupForm();
    expect(shown(summary)).to.equal(false);
    expect(summary.getBoundingClientRect().height).to.equal(0);
    expect(document.title).to.equal('Inscription – Service');
  });

  it('lists every error in field order after Enter on the submit button, takes focus, prefixes the title', async () => {
    let submitted = false;
    const { form, summary, button } = await signupForm();
    form.addEventListener('submit', () => (submitted = true));
    button.focus();
    await press('Enter');
    await settle(form);
    expect(submitted).to.equal(false);
    expect(linkTexts(summary)).to.deep.equal([
      'Nom : Renseignez ce champ, il est obligatoire',
      'Courriel : Saisissez une adresse électronique au bon format, par exemple nom@domaine.fr',
      plainText(`SIRET : ${form.querySelectorAll('gouv-input')[2]!.validationMessage}`),
      'Ville : Renseignez ce champ, il est obligatoire',
    ]);
    expect(focused(summary.querySelector('.gouv-error-summary')), 'focus on the summary').to.equal(true);
    expect(plainText(document.title)).to.equal('Erreur : Inscription – Service');
    // The links point at the controls' ids, in the document.
    const ids = links(summary).map((a) => a.getAttribute('href'));
    expect(ids[3]).to.equal('#ville');
    for (const id of ids) expect(document.querySelector(id!) instanceof HTMLInputElement, id!).to.equal(true);
    // The browser's own bubble is not shown: focus stayed on the summary.
    const heading = await findA11yNode((n) => n.role === 'heading' && n.name === 'Il y a un problème');
    expect(heading?.level).to.equal(2);
    const tree = await accessibilityTree();
    const alert = collectA11yNodes(tree, (n) => n.role === 'alert')[0];
    expect(alert).to.not.equal(undefined);
    expect(collectA11yNodes(alert!, (n) => n.role === 'link')).to.have.length(4);
  });

  it('focuses the field when a link is followed with Enter, showing its label', async () => {
    const { form, summary, fields, button } = await signupForm();
    form.style.paddingBlock = '150vh'; // the fields start below the fold, and the page scrolls past them
    button.focus();
    await press('Enter');
    await settle(form);
    const box = summary.querySelector('.gouv-error-summary')!;
    expect(focused(box), 'focus on the summary').to.equal(true);
    await press('Tab');
    await press('Tab');
    expect(focused(links(summary)[1]), 'focus on the second link').to.equal(true);
    window.scrollTo(0, 0);
    await press('Enter');
    const input = fields[1]!.querySelector('input')!;
    expect(focused(input), 'focus on the Courriel input').to.equal(true);
    // Scrolled so the label is at the top of the viewport, not the input's top edge.
    const label = fields[1]!.querySelector('label')!;
    expect(Math.abs(label.getBoundingClientRect().top)).to.be.lessThan(2);
    expect(location.hash).to.equal('');
  });

  it('removes a link as its field is fixed, and hides with the title restored once all are', async () => {
    const { form, summary, fields, ville, button } = await signupForm();
    button.focus();
    await press('Enter');
    await settle(form);
    expect(links(summary)).to.have.length(4);

    fields[0]!.querySelector('input')!.focus();
    await type('Dupont');
    await settle(form);
    expect(linkTexts(summary)).to.have.length(3);
    expect(linkTexts(summary)[0]).to.match(/^Courriel/);
    // A live update doesn't interrupt: the list leaves the alert role, each field's message speaks.
    expect(summary.querySelector('[role="alert"]') === null, 'no alert role').to.equal(true);
    expect(plainText(document.title)).to.match(/^Erreur :/);

    const courriel = fields[1]!.querySelector('input')!;
    courriel.focus();
    await press('End');
    await type('@exemple.fr');
    fields[2]!.querySelector('input')!.focus();
    await press('Control+A');
    await type('73282932000074');
    ville.focus();
    await type('Lyon');
    await settle(form);
    expect(shown(summary)).to.equal(false);
    expect(document.title).to.equal('Inscription – Service');
  });

  it('keeps « Erreur : » in the title while another form of the page still has errors', async () => {
    const wrapper = await fixture(
      html`<div>
        <form id="a" @submit=${(e: Event) => e.preventDefault()}>
          <gouv-error-summary></gouv-error-summary><gouv-input label="A" required></gouv-input>
        </form>
        <form id="b" @submit=${(e: Event) => e.preventDefault()}>
          <gouv-error-summary></gouv-error-summary><gouv-input label="B" required></gouv-input>
        </form>
      </div>`,
    );
    await settle(wrapper);
    const [a, b] = [...wrapper.querySelectorAll('form')];
    a!.requestSubmit();
    b!.requestSubmit();
    await settle(wrapper);
    expect(plainText(document.title)).to.equal('Erreur : Inscription – Service');
    a!.querySelector('input')!.focus();
    await type('x');
    await settle(wrapper);
    expect(shown(a!.querySelector('gouv-error-summary')!)).to.equal(false);
    expect(plainText(document.title)).to.equal('Erreur : Inscription – Service');
    b!.querySelector('input')!.focus();
    await type('y');
    await settle(wrapper);
    expect(document.title).to.equal('Inscription – Service');
  });

  it('follows its form by id with for=', async () => {
    const wrapper = await fixture(
      html`<div>
        <gouv-error-summary for="f"></gouv-error-summary>
        <form id="f" @submit=${(e: Event) => e.preventDefault()}>
          <gouv-input label="Nom" required></gouv-input>
        </form>
      </div>`,
    );
    await settle(wrapper);
    wrapper.querySelector('form')!.requestSubmit();
    await settle(wrapper);
    expect(linkTexts(wrapper.querySelector('gouv-error-summary')!)).to.deep.equal([
      'Nom : Renseignez ce champ, il est obligatoire',
    ]);
  });

  it('renders server errors given as data and takes focus on load', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <gouv-error-summary
          .errors=${[
            { href: '#identifiant', text: 'Cet identifiant est déjà pris' },
            { href: 'code', text: 'Saisissez le code reçu par SMS' },
          ]}
        ></gouv-error-summary>
        <gouv-input id="identifiant" label="Identifiant" name="identifiant" value="jdupont"></gouv-input>
        <label for="code">Code</label>
        <input id="code" name="code" value="12" />
      </form>
    `);
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    expect(linkTexts(summary)).to.deep.equal([
      'Cet identifiant est déjà pris',
      'Saisissez le code reçu par SMS',
    ]);
    expect(links(summary).map((a) => a.getAttribute('href'))).to.deep.equal(['#identifiant', '#code']);
    expect(focused(summary.querySelector('.gouv-error-summary')), 'focus on the summary').to.equal(true);
    expect(plainText(document.title)).to.equal('Erreur : Inscription – Service');

    // The first link focuses the gouv-input's native control.
    links(summary)[0]!.click();
    expect(focused(form.querySelector('gouv-input input')), 'focus on the input').to.equal(true);

    // A field named by the server (not by id) is linked once it has rendered its control.
    const withName = await fixture<HTMLFormElement>(html`
      <form>
        <gouv-error-summary
          no-autofocus
          .errors=${[{ href: 'prenom', text: 'Saisissez votre prénom' }]}
        ></gouv-error-summary>
        <gouv-input label="Prénom" name="prenom"></gouv-input>
      </form>
    `);
    await settle(withName);
    const prenom = withName.querySelector('gouv-input input')!;
    expect(prenom.id).to.not.equal('');
    expect(
      links(withName.querySelector('gouv-error-summary')!).map((a) => a.getAttribute('href')),
    ).to.deep.equal([`#${prenom.id}`]);

    // A server error on a plain control stands until its value changes.
    const code = form.querySelector<HTMLInputElement>('#code')!;
    code.focus();
    await type('3456');
    await settle(form);
    expect(linkTexts(summary)).to.deep.equal(['Cet identifiant est déjà pris']);
  });

  it('links a server error to a field whose definition loads after the summary', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <gouv-error-summary
          no-autofocus
          .errors=${[{ href: 'tardif', text: 'Saisissez la valeur' }]}
        ></gouv-error-summary>
        <test-late-field name="tardif"></test-late-field>
      </form>
    `);
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    // Not linked yet: nothing to link to.
    expect(links(summary)).to.have.length(0);
    expect(plainText(ownItems(summary)[0]?.textContent)).to.equal('Saisissez la valeur');
    customElements.define(
      'test-late-field',
      class extends HTMLElement {
        readonly updateComplete = Promise.resolve(true);
        connectedCallback() {
          this.setAttribute('data-gouv-field', '');
          const input = document.createElement('input');
          input.id = 'tardif-control';
          this.append(input);
        }
      },
    );
    await customElements.whenDefined('test-late-field');
    await settle(form);
    expect(links(summary).map((a) => a.getAttribute('href'))).to.deep.equal(['#tardif-control']);
  });

  it('reads server errors from child markup, without JavaScript-side validation', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form novalidate>
        <gouv-error-summary>
          <ul>
            <li><a href="#date-naissance">Saisissez une date de naissance dans le passé</a></li>
            <li>Le service est indisponible, réessayez plus tard</li>
          </ul>
        </gouv-error-summary>
        <label for="date-naissance">Date de naissance</label>
        <input id="date-naissance" name="date" value="2090-01-01" />
      </form>
    `);
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    expect(ownItems(summary)).to.have.length(2);
    expect(linkTexts(summary)).to.deep.equal(['Saisissez une date de naissance dans le passé']);
    expect(plainText(ownItems(summary)[1]!.textContent)).to.equal(
      'Le service est indisponible, réessayez plus tard',
    );
    expect(focused(summary.querySelector('.gouv-error-summary')), 'focus on the summary').to.equal(true);
    // The server's markup is left where it is, untouched, and no longer displayed or focusable.
    const markup = summary.querySelector(':scope > ul')!;
    expect(markup.parentElement === summary, 'the markup stays a child of the summary').to.equal(true);
    expect(markup.querySelectorAll('li')).to.have.length(2);
    expect(markup.querySelector('a')!.getAttribute('href')).to.equal('#date-naissance');
    expect(markup.checkVisibility(), 'the markup is not displayed').to.equal(false);
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'link')).to.have.length(1);
    await press('Tab');
    await press('Enter');
    expect(focused(form.querySelector('#date-naissance')), 'focus on the date').to.equal(true);
  });

  it('follows changes to its child markup, which it never touches', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form novalidate>
        <gouv-error-summary no-autofocus>
          <ul>
            <li><a href="#a">Erreur A</a></li>
          </ul>
        </gouv-error-summary>
        <input id="a" aria-label="A" /><input id="b" aria-label="B" />
      </form>
    `);
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    const own = summary.firstElementChild;
    expect(linkTexts(summary)).to.deep.equal(['Erreur A']);
    const ul = summary.querySelector(':scope > ul')!;
    const b = document.createElement('li');
    b.innerHTML = '<a href="#b">Erreur B</a>';
    ul.prepend(b);
    await settle(form);
    expect(linkTexts(summary)).to.deep.equal(['Erreur B', 'Erreur A']);
    b.querySelector('a')!.textContent = 'Erreur B corrigée';
    await settle(form);
    expect(linkTexts(summary)).to.deep.equal(['Erreur B corrigée', 'Erreur A']);
    ul.replaceChildren();
    await settle(form);
    expect(shown(summary)).to.equal(false);
    expect(document.title).to.equal('Inscription – Service');
    expect(summary.firstElementChild === own, 'its own part stays first').to.equal(true);
    expect(ul.parentElement === summary).to.equal(true);
  });

  it('does not take focus on load with no-autofocus, and empties on reset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <gouv-error-summary no-autofocus .errors=${[{ href: '#a', text: 'Erreur A' }]}></gouv-error-summary>
        <input id="a" aria-label="A" />
      </form>
    `);
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    expect(links(summary)).to.have.length(1);
    expect(focused(document.body), 'focus left alone').to.equal(true);
    form.reset();
    await settle(form);
    expect(shown(summary)).to.equal(false);
    expect(document.title).to.equal('Inscription – Service');
  });

  it('counts a group of radios once, with its legend', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-error-summary heading-level="3"></gouv-error-summary>
        <fieldset>
          <legend>Avez-vous un enfant ?</legend>
          <input type="radio" id="oui" name="enfant" value="oui" required /><label for="oui">Oui</label>
          <input type="radio" id="non" name="enfant" value="non" /><label for="non">Non</label>
        </fieldset>
      </form>
    `);
    form.requestSubmit();
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    expect(links(summary)).to.have.length(1);
    expect(linkTexts(summary)[0]).to.match(/^Avez-vous un enfant \? : /);
    expect(links(summary)[0]!.getAttribute('href')).to.equal('#oui');
    expect(summary.querySelector('h3') !== null).to.equal(true);
    form.querySelector<HTMLInputElement>('#non')!.click();
    await settle(form);
    expect(shown(summary)).to.equal(false);
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form @submit=${(e: Event) => e.preventDefault()}>
          <gouv-error-summary></gouv-error-summary>
          <gouv-input label="Full name" required></gouv-input>
        </form>
      </div>`,
    );
    await settle(wrapper);
    wrapper.querySelector('form')!.requestSubmit();
    await settle(wrapper);
    const summary = wrapper.querySelector('gouv-error-summary')!;
    expect(plainText(summary.querySelector('h2')!.textContent)).to.equal('There is a problem');
    expect(linkTexts(summary)[0]).to.match(/^Full name: /);
    expect(document.title).to.equal('Error: Inscription – Service');
  });

  it('renders hostile texts as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const form = await fixture<HTMLFormElement>(html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-error-summary .errors=${[{ href: evil, text: evil }]}></gouv-error-summary>
        <gouv-input label=${evil} required></gouv-input>
      </form>
    `);
    await settle(form);
    const summary = form.querySelector('gouv-error-summary')!;
    expect(summary.querySelector('img') === null).to.equal(true);
    expect(summary.textContent).to.contain('<img');
    form.requestSubmit();
    await settle(form);
    expect(summary.querySelector('img') === null).to.equal(true);
    expect(linkTexts(summary)[0]).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();

    it('lets React add, remove and reorder its server <li> items, its own list staying in place', async () => {
      const h = await loadReact();
      type Item = { id: string; text: string };
      const item = (id: string): Item => ({ id, text: `Erreur ${id.toUpperCase()}` });
      let setItems!: ReactSetState<Item[]>;
      function Page() {
        const [items, set] = h.useState([item('a'), item('b'), item('c')]);
        setItems = set;
        return h.createElement(
          'form',
          { noValidate: true },
          h.createElement(
            'gouv-error-summary',
            { 'no-autofocus': '' },
            items.map(({ id, text }) =>
              h.createElement('li', { key: id }, h.createElement('a', { href: `#${id}` }, text)),
            ),
          ),
          ['a', 'b', 'c', 'd'].map((id) => h.createElement('input', { key: id, id, 'aria-label': id })),
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Page, null));
      page.cleanups.push(mount.unmount);
      const summary = page.container.querySelector('gouv-error-summary')!;
      await settle(summary);
      const own = summary.firstElementChild!;
      expect(own.getAttribute('data-gouv-part')).to.equal('summary');
      expect(linkTexts(summary)).to.deep.equal(['Erreur A', 'Erreur B', 'Erreur C']);
      const markupC = summary.querySelector(':scope > li:nth-of-type(3)');

      const steps: [Item[], string[]][] = [
        [
          [item('a'), item('c')],
          ['Erreur A', 'Erreur C'],
        ],
        [
          [item('c'), item('a')],
          ['Erreur C', 'Erreur A'],
        ],
        [
          [item('d'), item('c'), item('a')],
          ['Erreur D', 'Erreur C', 'Erreur A'],
        ],
        [[item('c')], ['Erreur C']],
      ];
      for (const [items, expected] of steps) {
        mount.update(() => setItems(items));
        await settle(summary);
        expect(linkTexts(summary)).to.deep.equal(expected);
        expect(links(summary).map((a) => a.getAttribute('href'))).to.deep.equal(
          items.map(({ id }) => `#${id}`),
        );
        expect(summary.firstElementChild === own, 'the summary’s own part stays first').to.equal(true);
        const markup = [...summary.children].filter((child) => child !== own);
        expect(markup.map((li) => plainText(li.textContent))).to.deep.equal(expected);
        expect(
          markup.every((li) => !li.checkVisibility()),
          'the markup is not displayed',
        ).to.equal(true);
      }
      expect(
        summary.querySelector(':scope > li') === markupC,
        'React kept (and moved) its own node',
      ).to.equal(true);
      mount.update(() => setItems([]));
      await settle(summary);
      expect(shown(summary)).to.equal(false);
      expect(document.title).to.equal('Inscription – Service');
      mount.unmount();
      page.expectNoErrors();
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation, empty and with errors (${theme})`, async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
          @submit=${(e: Event) => e.preventDefault()}
        >
          <gouv-error-summary></gouv-error-summary>
          <gouv-input label="Nom" required></gouv-input>
          <gouv-input label="Courriel" type="email" value="x"></gouv-input>
          <button>Envoyer</button>
        </form>
      `);
      await settle(form);
      await expectNoAxeViolations(form);
      form.requestSubmit();
      await settle(form);
      expect(links(form.querySelector('gouv-error-summary')!)).to.have.length(2);
      await expectNoAxeViolations(form);
    });
  }
});
