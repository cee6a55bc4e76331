import {
  accessibilityTree,
  aTimeout,
  captureWarnings,
  collectA11yNodes,
  expect,
  expectNoAxeViolations,
  fixture,
  html,
  oneEvent,
  plainText,
  press,
  tab,
  type,
} from '@gouvkit/testing';
import '../question-page.js';
import '../input.js';
import '../error-summary.js';

async function page(template: unknown) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = root.querySelector('gouv-question-page')!;
  await el.updateComplete;
  await Promise.all([...root.querySelectorAll('gouv-input')].map((input) => input.updateComplete));
  return { root, el };
}

describe('gouv-question-page', () => {
  it('renders back link, h1 with its caption, the content untouched, then « Continuer »', async () => {
    const content = document.createElement('gouv-input');
    content.setAttribute('label', 'Nom de famille');
    const { el } = await page(
      html`<form>
        <gouv-question-page heading="Quel est votre nom ?" caption="Votre identité" back-href="/etape-1"
          >${content}</gouv-question-page
        >
      </form>`,
    );
    expect(el.shadowRoot === null, 'light DOM').to.equal(true);
    const order = [...el.querySelectorAll('a, h1, gouv-input, button')].map((n) => n.localName);
    expect(order).to.deep.equal(['a', 'h1', 'gouv-input', 'button']);
    expect(el.querySelector('gouv-input') === content, 'content is not re-created').to.equal(true);
    expect(content.parentElement === el, 'content stays a child of the page').to.equal(true);
    const tree = await accessibilityTree();
    const heading = collectA11yNodes(tree, (n) => n.role === 'heading')[0];
    expect(heading?.level).to.equal(1);
    expect(plainText(heading?.name)).to.equal('Votre identité Quel est votre nom ?');
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
    expect(el.submitButton!.form === form).to.equal(true);
    expect((await tab())?.localName).to.equal('a');
    expect((await tab())?.localName).to.equal('input');
    await type('Dupont');
    const focused = await tab();
    expect(focused === el.submitButton, 'Continuer is next').to.equal(true);
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
    el.submitButton!.click();
    const input = root.querySelector('gouv-input')!;
    await input.updateComplete;
    expect(submitted).to.equal(false);
    expect(plainText(input.querySelector('.gouv-error')?.textContent)).to.contain('Renseignez ce champ');
  });

  it('submits a form placed inside it through the button’s form attribute', async () => {
    const { root, el } = await page(
      html`<gouv-question-page heading="Votre date de naissance">
        <form @submit=${(e: Event) => e.preventDefault()}>
          <gouv-input label="Année" name="annee" value="1980"></gouv-input>
        </form>
      </gouv-question-page>`,
    );
    const form = root.querySelector('form')!;
    expect(form.id).to.not.equal('');
    expect(el.submitButton!.getAttribute('form')).to.equal(form.id);
    setTimeout(() => el.submitButton!.click());
    const event = (await oneEvent(form, 'submit')) as SubmitEvent;
    expect(new FormData(form).get('annee')).to.equal('1980');
    expect(event.submitter === el.submitButton).to.equal(true);
  });

  it('shows an error summary child between the back link and the heading, as GOV.UK does', async () => {
    const { root, el } = await page(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-question-page heading="Quel est votre nom ?" back-href="/etape-1">
          <gouv-error-summary></gouv-error-summary>
          <gouv-input label="Nom de famille" name="nom" required></gouv-input>
        </gouv-question-page>
      </form>`,
    );
    root.querySelector('form')!.requestSubmit();
    await aTimeout(10);
    const summary = el.querySelector('gouv-error-summary')!;
    await summary.updateComplete;
    const order = [
      ...el.querySelectorAll('.gouv-back-link, .gouv-error-summary, h1, gouv-input, button'),
    ].map((n) => n.localName);
    expect(order).to.deep.equal(['a', 'div', 'h1', 'gouv-input', 'button']);
    expect(summary.parentElement === el, 'the summary was not moved').to.equal(true);
    expect(summary.querySelectorAll('a')).to.have.length(1);
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
      await aTimeout(0);
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
    setTimeout(() => link.click());
    await oneEvent(window, 'popstate');
    expect(history.length).to.equal(lengthBefore); // nothing pushed: the browser's history is intact
  });

  it('places content added later before « Continuer »', async () => {
    const { el } = await page(html`<form><gouv-question-page heading="Q"></gouv-question-page></form>`);
    const late = document.createElement('p');
    late.textContent = 'Ajouté plus tard';
    el.append(late);
    await aTimeout(0);
    expect(el.lastElementChild?.className).to.equal('gouv-question-page__end');
    expect(late.nextElementSibling?.className).to.equal('gouv-question-page__end');
  });

  it('is disabled with its form’s disabled fieldset', async () => {
    const { el } = await page(
      html`<form>
        <fieldset disabled>
          <gouv-question-page heading="Q"><gouv-input label="A" name="a"></gouv-input></gouv-question-page>
        </fieldset>
      </form>`,
    );
    expect(el.submitButton!.matches(':disabled')).to.equal(true);
  });

  it('warns when there is no form and no question', async () => {
    const warnings = captureWarnings();
    try {
      await page(html`<gouv-question-page></gouv-question-page>`);
      await aTimeout(0);
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
    expect(plainText(el.submitButton!.textContent)).to.equal('Continue');
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
    expect(el.submitButton!.textContent).to.contain('<img');
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
    });
  }
});
