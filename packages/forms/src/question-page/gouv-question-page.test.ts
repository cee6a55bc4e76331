import {
  accessibilityTree,
  captureWarnings,
  collectA11yNodes,
  expect,
  expectNoAxeViolations,
  fixture,
  html,
  loadReact,
  mountReact,
  oneEvent,
  plainText,
  press,
  tab,
  type,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import '../question-page.js';
import '../input.js';
import '../error-summary.js';
import type { GouvQuestionPage } from './gouv-question-page.js';

type Updating = Element & { updateComplete?: Promise<boolean> };

/** Waits until every gouvkit element in `root` is done updating (follow-up updates included). */
async function settle(root: Element) {
  for (let i = 0; i < 5; i++) {
    const elements = [root, ...root.querySelectorAll('*')] as Updating[];
    const done = await Promise.all(elements.map((el) => el.updateComplete ?? true));
    if (done.every(Boolean)) return;
  }
}

async function page(template: unknown) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = root.querySelector('gouv-question-page')!;
  await settle(root);
  return { root, el };
}

/** The elements as they are displayed: the flat tree, slots replaced by what they show. */
function flatElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    if (node instanceof Element) out.push(node);
    (node instanceof Element && node.shadowRoot ? node.shadowRoot : node).childNodes.forEach(walk);
  };
  (host.shadowRoot ?? host).childNodes.forEach(walk);
  return out;
}

const shownOrder = (el: Element, selector: string) =>
  flatElements(el)
    .filter((node) => node.matches(selector))
    .map((node) => node.localName);

const top = (el: Element) => el.getBoundingClientRect().top;

describe('gouv-question-page', () => {
  it('renders back link, h1 with its caption, the content untouched, then « Continuer »', async () => {
    const { el } = await page(
      html`<form>
        <gouv-question-page heading="Quel est votre nom ?" caption="Votre identité" back-href="/etape-1"
          ><gouv-input label="Nom de famille"></gouv-input
        ></gouv-question-page>
      </form>`,
    );
    const content = el.querySelector('gouv-input')!;
    // Its own parts are light DOM (the h1 is the document's, the button the form's); the shadow
    // root only lays them out around the content.
    expect([...el.shadowRoot!.querySelectorAll('*')].every((n) => n.localName === 'slot')).to.equal(true);
    expect(el.querySelector('h1')?.closest('gouv-question-page') === el).to.equal(true);
    expect(shownOrder(el, 'a, h1, gouv-input, button')).to.deep.equal(['a', 'h1', 'gouv-input', 'button']);
    expect(top(el.querySelector('h1')!)).to.be.lessThan(top(content));
    expect(top(content)).to.be.lessThan(top((el as GouvQuestionPage).submitButton!));
    expect(content.parentElement === el, 'content stays a child of the page').to.equal(true);
    expect(el.lastElementChild === content, 'content stays where it was put').to.equal(true);
    (el as GouvQuestionPage).heading = 'Quel est votre nom de naissance ?';
    await settle(el);
    expect(el.querySelector('gouv-input') === content, 'content is not re-created').to.equal(true);
    const tree = await accessibilityTree();
    const heading = collectA11yNodes(tree, (n) => n.role === 'heading')[0];
    expect(heading?.level).to.equal(1);
    expect(plainText(heading?.name)).to.equal('Votre identité Quel est votre nom de naissance ?');
    const link = collectA11yNodes(tree, (n) => n.role === 'link')[0];
    expect(link?.name).to.equal('Retour');
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('/etape-1');
    expect(collectA11yNodes(tree, (n) => n.role === 'button')[0]?.name).to.equal('Continuer');
  });

  it('submits its form with the keyboard alone: Tab to the field, type, Tab to « Continuer », Enter', async () => {
    let data: FormData | undefined;
    const { root, el } = await page(
      html`<form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          data = new FormData(e.target as HTMLFormElement);
        }}
      >
        <gouv-question-page heading="Quel est votre nom ?" back-href="/etape-1">
          <gouv-input label="Nom de famille" name="nom" required autocomplete="family-name"></gouv-input>
        </gouv-question-page>
      </form>`,
    );
    const form = root.querySelector('form')!;
    const button = (el as GouvQuestionPage).submitButton!;
    expect(button.form === form).to.equal(true);
    expect((await tab())?.localName).to.equal('a');
    expect((await tab())?.localName).to.equal('input');
    await type('Dupont');
    const focused = await tab();
    expect(focused === button, 'Continuer is next').to.equal(true);
    await press('Enter');
    expect(data?.get('nom')).to.equal('Dupont');
    // Enter in the field submits too (implicit submission: « Continuer » is the default button).
    data = undefined;
    root.querySelector('input')!.focus();
    await press('Enter');
    expect(data!.get('nom')).to.equal('Dupont');
  });

  it('blocks an empty required answer like any form, with the French message', async () => {
    let submitted = false;
    const { root, el } = await page(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-question-page heading="Quel est votre nom ?">
          <gouv-input label="Nom de famille" name="nom" required></gouv-input>
        </gouv-question-page>
      </form>`,
    );
    (el as GouvQuestionPage).submitButton!.click();
    const input = root.querySelector('gouv-input')!;
    await settle(input);
    expect(submitted).to.equal(false);
    expect(plainText(input.querySelector('.gouv-error')?.textContent)).to.contain('Renseignez ce champ');
  });

  it('submits a form placed inside it through the button’s form attribute', async () => {
    const { root, el } = await page(
      html`<gouv-question-page heading="Votre date de naissance">
        <form id="naissance" @submit=${(e: Event) => e.preventDefault()}>
          <gouv-input label="Année" name="annee" value="1980"></gouv-input>
        </form>
      </gouv-question-page>`,
    );
    const form = root.querySelector('form')!;
    const button = (el as GouvQuestionPage).submitButton!;
    expect(button.getAttribute('form')).to.equal('naissance');
    expect(form.id, 'the page’s form is left as it is').to.equal('naissance');
    const submitted = oneEvent(form, 'submit');
    button.click();
    const event = (await submitted) as unknown as SubmitEvent;
    expect(new FormData(form).get('annee')).to.equal('1980');
    expect(event.submitter === button).to.equal(true);
  });

  it('submits an inner form without an id by script, without giving it one, and says so', async () => {
    const warnings = captureWarnings();
    try {
      const { root, el } = await page(
        html`<gouv-question-page heading="Votre date de naissance">
          <form @submit=${(e: Event) => e.preventDefault()}>
            <gouv-input label="Année" name="annee" value="1980"></gouv-input>
          </form>
        </gouv-question-page>`,
      );
      const form = root.querySelector('form')!;
      const button = (el as GouvQuestionPage).submitButton!;
      expect(form.hasAttribute('id')).to.equal(false);
      expect(button.hasAttribute('form')).to.equal(false);
      const submitted = oneEvent(form, 'submit');
      button.click();
      await submitted;
      expect(warnings.messages.join(' ')).to.contain('donnez un id');
      // An id given later ties the button to the form.
      form.id = 'plus-tard';
      await settle(el);
      expect(button.form === form).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('shows an error summary between the back link and the heading, as GOV.UK does', async () => {
    const { root, el } = await page(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-question-page heading="Quel est votre nom ?" back-href="/etape-1">
          <gouv-error-summary slot="error-summary"></gouv-error-summary>
          <gouv-input label="Nom de famille" name="nom" required></gouv-input>
        </gouv-question-page>
      </form>`,
    );
    root.querySelector('form')!.requestSubmit();
    await settle(root);
    const summary = el.querySelector('gouv-error-summary')!;
    expect(shownOrder(el, '.gouv-back-link, .gouv-error-summary, h1, gouv-input, button')).to.deep.equal([
      'a',
      'div',
      'h1',
      'gouv-input',
      'button',
    ]);
    const box = summary.querySelector('.gouv-error-summary')!;
    expect(top(el.querySelector('.gouv-back-link')!)).to.be.lessThan(top(box));
    expect(top(box)).to.be.lessThan(top(el.querySelector('h1')!));
    expect(summary.parentElement === el, 'the summary was not moved').to.equal(true);
    expect(summary.querySelectorAll('.gouv-error-summary a')).to.have.length(1);
  });

  it('takes the legend of a single fieldset as the page’s h1', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await page(
        html`<form>
          <gouv-question-page caption="Votre situation">
            <fieldset>
              <legend><h1>Avez-vous des enfants ?</h1></legend>
              <input type="radio" id="o" name="e" value="oui" /><label for="o">Oui</label>
              <input type="radio" id="n" name="e" value="non" /><label for="n">Non</label>
            </fieldset>
          </gouv-question-page>
        </form>`,
      );
      await settle(el);
      expect(el.querySelectorAll('h1')).to.have.length(1);
      expect(el.querySelector('.gouv-question-page__heading') === null).to.equal(true);
      const tree = await accessibilityTree();
      const headings = collectA11yNodes(tree, (n) => n.role === 'heading');
      expect(headings.map((h) => [h.level, h.name])).to.deep.equal([[1, 'Avez-vous des enfants ?']]);
      const group = collectA11yNodes(tree, (n) => n.role === 'group')[0];
      expect(group?.name).to.equal('Avez-vous des enfants ?');
      expect(plainText(el.querySelector('p.gouv-question-page__caption')?.textContent)).to.equal(
        'Votre situation',
      );
      expect(warnings.messages.join(' ')).to.not.contain('question');
    } finally {
      warnings.restore();
    }
  });

  it('goes back in history without back-href, leaving the browser’s Back button alone', async () => {
    history.pushState({ step: 2 }, '', location.href);
    const { el } = await page(
      html`<form><gouv-question-page heading="Question 2"></gouv-question-page></form>`,
    );
    const link = el.querySelector<HTMLAnchorElement>('.gouv-back-link')!;
    expect(link !== null, 'a back link').to.equal(true);
    const lengthBefore = history.length;
    const popped = oneEvent(window, 'popstate');
    link.click();
    await popped;
    expect(history.length).to.equal(lengthBefore); // nothing pushed: the browser's history is intact
  });

  it('shows content added later before « Continuer », without moving anything', async () => {
    const { el } = await page(html`<form><gouv-question-page heading="Q"></gouv-question-page></form>`);
    const parts = [...el.children];
    const late = document.createElement('p');
    late.textContent = 'Ajouté plus tard';
    el.append(late);
    await settle(el);
    expect(el.lastElementChild === late, 'the page’s node stays where it was put').to.equal(true);
    expect([...el.children].slice(0, parts.length)).to.deep.equal(parts);
    const button = (el as GouvQuestionPage).submitButton!;
    expect(top(late)).to.be.lessThan(top(button));
    expect(shownOrder(el, 'p, button')).to.deep.equal(['p', 'button']);
  });

  it('is disabled with its form’s disabled fieldset', async () => {
    const { el } = await page(
      html`<form>
        <fieldset disabled>
          <gouv-question-page heading="Q"><gouv-input label="A" name="a"></gouv-input></gouv-question-page>
        </fieldset>
      </form>`,
    );
    expect((el as GouvQuestionPage).submitButton!.matches(':disabled')).to.equal(true);
  });

  it('warns when there is no form and no question', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await page(html`<gouv-question-page></gouv-question-page>`);
      await settle(el);
      const text = warnings.messages.join(' ');
      expect(text).to.contain('<form>');
      expect(text).to.contain('heading');
    } finally {
      warnings.restore();
    }
  });

  it('speaks English in an English page', async () => {
    const { el } = await page(
      html`<div lang="en">
        <form><gouv-question-page heading="What is your name?" back-href="/"></gouv-question-page></form>
      </div>`,
    );
    expect(plainText(el.querySelector('.gouv-back-link')!.textContent)).to.equal('Back');
    expect(plainText((el as GouvQuestionPage).submitButton!.textContent)).to.equal('Continue');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await page(
      html`<form>
        <gouv-question-page
          heading=${evil}
          caption=${evil}
          .strings=${{ continue: evil }}
        ></gouv-question-page>
      </form>`,
    );
    expect(el.querySelector('img') === null).to.equal(true);
    expect(el.querySelector('h1')!.textContent).to.contain('<img');
    expect((el as GouvQuestionPage).submitButton!.textContent).to.contain('<img');
  });

  describe('in React 19', () => {
    const page = useFrameworkPage();

    it('lets React add, remove and reorder its fields, its own parts staying in place', async () => {
      const h = await loadReact();
      let setFields!: ReactSetState<string[]>;
      let data: FormData | undefined;
      function Question() {
        const [fields, set] = h.useState(['nom', 'prenom', 'ville']);
        setFields = set;
        return h.createElement(
          'form',
          {
            onSubmit: (e: Event) => {
              e.preventDefault();
              data = new FormData(e.target as HTMLFormElement);
            },
          },
          h.createElement(
            'gouv-question-page',
            { heading: 'Qui êtes-vous ?', 'back-href': '/etape-1' },
            fields.map((name) =>
              h.createElement('gouv-input', { key: name, name, label: name, value: name }),
            ),
          ),
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Question, null));
      page.cleanups.push(mount.unmount);
      const el = page.container.querySelector<GouvQuestionPage>('gouv-question-page')!;
      await settle(page.container);
      const parts = [...el.children].slice(0, 3);
      expect(parts.map((p) => p.getAttribute('data-gouv-part'))).to.deep.equal([
        'back',
        'heading',
        'continue',
      ]);
      const button = el.submitButton!;
      const nomInput = el.querySelector('gouv-input[name="nom"]');

      const steps = [
        ['nom', 'ville'],
        ['ville', 'nom'],
        ['adresse', 'ville', 'nom'],
        ['nom'],
        ['nom', 'prenom', 'adresse'],
      ];
      for (const fields of steps) {
        mount.update(() => setFields(fields));
        await settle(page.container);
        expect([...el.children].slice(0, 3), 'its own parts stay first, the same nodes').to.deep.equal(parts);
        const inputs = [...el.children].slice(3);
        expect(inputs.map((input) => input.getAttribute('name'))).to.deep.equal(fields);
        // Shown between the heading and « Continuer », in React's order.
        expect(shownOrder(el, 'h1, gouv-input, button')).to.deep.equal([
          'h1',
          ...fields.map(() => 'gouv-input'),
          'button',
        ]);
        expect(top(el.querySelector('h1')!)).to.be.lessThan(top(inputs[0]!));
        expect(top(inputs.at(-1)!)).to.be.lessThan(top(button));
        expect(el.submitButton === button).to.equal(true);
        data = undefined;
        button.click();
        expect([...data!.keys()]).to.deep.equal(fields);
      }
      expect(el.querySelector('gouv-input[name="nom"]') === nomInput, 'React kept its field').to.equal(true);
      mount.unmount();
      page.expectNoErrors();
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation (${theme})`, async () => {
      const { root } = await page(
        html`<div
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <form>
            <gouv-question-page heading="Quel est votre nom ?" caption="Votre identité" back-href="/">
              <gouv-error-summary slot="error-summary"></gouv-error-summary>
              <gouv-input
                label="Nom de famille"
                name="nom"
                required
                hint="Tel qu’écrit sur vos papiers"
              ></gouv-input>
            </gouv-question-page>
          </form>
        </div>`,
      );
      await expectNoAxeViolations(root);
      root.querySelector('form')!.requestSubmit();
      await settle(root);
      expect(root.querySelectorAll('.gouv-error-summary a')).to.have.length(1);
      await expectNoAxeViolations(root);
    });
  }
});
