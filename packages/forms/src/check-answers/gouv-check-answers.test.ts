import {
  accessibilityTree,
  captureWarnings,
  collectA11yNodes,
  expect,
  expectNoAxeViolations,
  fixture,
  html,
  plainText,
  press,
  tab,
} from '@gouvkit/testing';
import '../check-answers.js';
import type { CheckAnswer, GouvCheckAnswers } from './gouv-check-answers.js';

const answers: CheckAnswer[] = [
  { key: 'Nom', value: 'Dupont', href: '/nom', changeLabel: 'le nom' },
  { key: 'Adresse', value: '12 rue de la Paix\n75002 Paris', href: '/adresse', changeLabel: 'l’adresse' },
  { key: 'Date de naissance', value: '14 juillet 1980', href: '/naissance' },
  { key: 'Numéro de dossier', value: 'A-2024-001' },
  { key: 'Téléphone', value: '', href: '/telephone', changeLabel: 'le téléphone' },
];

async function list(template: unknown) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = root.querySelector('gouv-check-answers')!;
  await el.updateComplete;
  return { root, el };
}

describe('gouv-check-answers', () => {
  it('renders a definition list of questions and answers under its heading', async () => {
    const { el } = await list(
      html`<gouv-check-answers heading="Vos informations" .answers=${answers}></gouv-check-answers>`,
    );
    expect(el.shadowRoot === null, 'light DOM').to.equal(true);
    expect(plainText(el.querySelector('h2')?.textContent)).to.equal('Vos informations');
    const dl = el.querySelector('dl')!;
    expect([...dl.querySelectorAll('dt')].map((dt) => plainText(dt.textContent))).to.deep.equal(
      answers.map((a) => a.key),
    );
    const values = [...dl.querySelectorAll('.gouv-check-answers__value')];
    expect(plainText(values[0]!.textContent)).to.equal('Dupont');
    expect(plainText(values[4]!.textContent)).to.equal('Non renseigné');
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'heading')[0]?.level).to.equal(2);
  });

  it('shows a multi-line answer on several lines, as text', async () => {
    const { el } = await list(html`<gouv-check-answers .answers=${answers}></gouv-check-answers>`);
    const address = el.querySelectorAll('.gouv-check-answers__value')[1]!;
    expect(address.querySelectorAll('br')).to.have.length(1);
    expect((address as HTMLElement).innerText.split('\n').map((l) => l.trim())).to.deep.equal([
      '12 rue de la Paix',
      '75002 Paris',
    ]);
  });

  it('names each « Modifier » link after what it changes, and reaches them with Tab', async () => {
    const { el } = await list(html`<gouv-check-answers .answers=${answers}></gouv-check-answers>`);
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'link').map((n) => n.name)).to.deep.equal([
      'Modifier le nom',
      'Modifier l’adresse',
      'Modifier «\u00a0Date de naissance\u00a0»',
      'Modifier le téléphone',
    ]);
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/nom',
      '/adresse',
      '/naissance',
      '/telephone',
    ]);
    expect((await tab()) === links[0], 'first link').to.equal(true);
    expect((await tab()) === links[1], 'second link').to.equal(true);
    // Enter follows the link (a real link: the page's router or the browser takes it).
    let followed = '';
    links[1]!.addEventListener('click', (e) => {
      e.preventDefault();
      followed = links[1]!.getAttribute('href')!;
    });
    await press('Enter');
    expect(followed).to.equal('/adresse');
  });

  it('keeps its content (the confirmation) after the list, in its form', async () => {
    let data: FormData | undefined;
    const { root, el } = await list(
      html`<form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          data = new FormData(e.target as HTMLFormElement, e.submitter);
        }}
      >
        <gouv-check-answers heading="Vos informations" .answers=${answers}>
          <p>En envoyant cette demande, vous confirmez que ces informations sont exactes.</p>
          <button name="action" value="envoyer">Confirmer et envoyer</button>
        </gouv-check-answers>
      </form>`,
    );
    const order = [...el.querySelectorAll('h2, dl, p, button')].map((n) => n.localName);
    expect(order).to.deep.equal(['h2', 'dl', 'p', 'button']);
    root.querySelector('button')!.focus();
    await press('Enter');
    expect(data?.get('action')).to.equal('envoyer');
  });

  it('keeps its list first while content is added, removed and reordered after it, never moving it', async () => {
    const { el } = await list(
      html`<gouv-check-answers heading="Vos informations" .answers=${answers}
        ><p>Déclaration</p></gouv-check-answers
      >`,
    );
    const own = el.firstElementChild!;
    expect(own.querySelector('dl') !== null, 'its own part comes first').to.equal(true);
    const p = el.querySelector(':scope > p')!;
    const button = document.createElement('button');
    button.textContent = 'Confirmer et envoyer';
    el.append(button);
    el.insertBefore(button, p);
    (el as GouvCheckAnswers).answers = answers.slice(0, 2);
    await el.updateComplete;
    expect([...el.children]).to.deep.equal([own, button, p]);
    p.remove();
    (el as GouvCheckAnswers).heading = 'Autres informations';
    await el.updateComplete;
    expect([...el.children]).to.deep.equal([own, button]);
    expect(el.querySelectorAll('dt')).to.have.length(2);
  });

  it('updates when the answers change, and takes a heading level', async () => {
    const { el } = await list(
      html`<gouv-check-answers
        heading="Entreprise"
        heading-level="3"
        .answers=${answers}
      ></gouv-check-answers>`,
    );
    expect(el.querySelector('h3') !== null).to.equal(true);
    (el as GouvCheckAnswers).answers = [{ key: 'SIRET', value: '732 829 320 00074', href: '/siret' }];
    await el.updateComplete;
    expect(el.querySelectorAll('dt')).to.have.length(1);
  });

  it('speaks English in an English page', async () => {
    const { el } = await list(
      html`<div lang="en">
        <gouv-check-answers
          .answers=${[
            { key: 'Name', value: 'Smith', href: '/name', changeLabel: 'name' },
            { key: 'Phone', value: '' },
          ]}
        ></gouv-check-answers>
      </div>`,
    );
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'link')[0]?.name).to.equal('Change name');
    expect(plainText(el.querySelectorAll('dd')[2]?.textContent)).to.equal('Not provided');
  });

  it('renders hostile text as text and ignores answers that are not a list', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await list(
      html`<gouv-check-answers
        heading=${evil}
        .answers=${[{ key: evil, value: `${evil}\n${evil}`, href: '/x', changeLabel: evil }]}
      ></gouv-check-answers>`,
    );
    expect(el.querySelector('img') === null).to.equal(true);
    expect(el.querySelector('dt')!.textContent).to.contain('<img');
    const warnings = captureWarnings();
    try {
      (el as unknown as { answers: unknown }).answers = 'pas une liste';
      await el.updateComplete;
      expect(el.querySelector('dl') === null).to.equal(true);
      expect(warnings.messages.join(' ')).to.contain('answers');
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation (${theme})`, async () => {
      const { root } = await list(
        html`<div
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-check-answers heading="Vos informations" .answers=${answers}>
            <button>Confirmer et envoyer</button>
          </gouv-check-answers>
        </div>`,
      );
      await expectNoAxeViolations(root);
    });
  }
});
