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
import '../task-list.js';
import type { GouvTaskList, TaskSection } from './gouv-task-list.js';

const sections: TaskSection[] = [
  {
    title: 'Votre demande',
    tasks: [
      { title: 'Vos coordonnées', href: '/coordonnees', status: 'done' },
      { title: 'Votre situation', href: '/situation', status: 'done' },
      {
        title: 'Vos revenus',
        href: '/revenus',
        status: 'in-progress',
        hint: 'Les trois derniers avis d’imposition',
      },
    ],
  },
  {
    title: 'Pièces justificatives',
    tasks: [
      { title: 'Justificatif de domicile', href: '/domicile', status: 'todo' },
      { title: 'Vérifier et envoyer', href: '/verifier', status: 'locked' },
    ],
  },
];

async function taskList(template: unknown) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = root.querySelector('gouv-task-list')!;
  await el.updateComplete;
  return { root, el };
}

describe('gouv-task-list', () => {
  it('shows the count of tasks done, section headings and a link per task', async () => {
    const { el } = await taskList(html`<gouv-task-list .sections=${sections}></gouv-task-list>`);
    expect(el.shadowRoot === null, 'light DOM').to.equal(true);
    expect(plainText(el.querySelector('.gouv-task-list__progress')?.textContent)).to.equal(
      'Vous avez complété 2 tâches sur 5.',
    );
    expect((el as GouvTaskList).progress).to.deep.equal({ done: 2, total: 5 });
    const tree = await accessibilityTree();
    const headings = collectA11yNodes(tree, (n) => n.role === 'heading');
    expect(headings.map((h) => [h.level, h.name])).to.deep.equal([
      [2, 'Votre demande'],
      [2, 'Pièces justificatives'],
    ]);
    expect(collectA11yNodes(tree, (n) => n.role === 'list')).to.have.length(2);
  });

  it('reads each task’s status (and hint) with its link', async () => {
    await taskList(html`<gouv-task-list .sections=${sections}></gouv-task-list>`);
    const tree = await accessibilityTree();
    const links = collectA11yNodes(tree, (n) => n.role === 'link');
    expect(links.map((l) => [l.name, l.description])).to.deep.equal([
      ['Vos coordonnées', 'Terminé'],
      ['Votre situation', 'Terminé'],
      ['Vos revenus', 'Les trois derniers avis d’imposition En cours'],
      ['Justificatif de domicile', 'À faire'],
    ]);
  });

  it('gives a locked task no link, and says it can’t be started', async () => {
    const { el } = await taskList(html`<gouv-task-list .sections=${sections}></gouv-task-list>`);
    const items = el.querySelectorAll('li');
    const locked = items[4]!;
    expect(locked.querySelector('a') === null).to.equal(true);
    expect(plainText(locked.textContent)).to.equal('Vérifier et envoyer Impossible pour le moment');
  });

  it('is used with the keyboard alone: Tab goes from link to link, skipping the locked task', async () => {
    const { el } = await taskList(
      html`<gouv-task-list .sections=${sections}>
        <a href="/plus-tard">Enregistrer et revenir plus tard</a>
      </gouv-task-list>`,
    );
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => plainText(a.textContent))).to.deep.equal([
      'Vos coordonnées',
      'Votre situation',
      'Vos revenus',
      'Justificatif de domicile',
      'Enregistrer et revenir plus tard',
    ]);
    for (const link of links) expect((await tab()) === link, plainText(link.textContent)).to.equal(true);
    let followed = '';
    links[2]!.addEventListener('click', (e) => {
      e.preventDefault();
      followed = links[2]!.getAttribute('href')!;
    });
    links[2]!.focus();
    await press('Enter');
    expect(followed).to.equal('/revenus');
  });

  it('keeps its list first while content is added and removed after it, never moving it', async () => {
    const { el } = await taskList(
      html`<gouv-task-list .sections=${sections}><p>Enregistré automatiquement</p></gouv-task-list>`,
    );
    const own = el.firstElementChild!;
    expect(own.querySelector('.gouv-task-list__progress') !== null, 'its own part comes first').to.equal(
      true,
    );
    const p = el.querySelector(':scope > p')!;
    const link = document.createElement('a');
    link.href = '/verifier';
    link.textContent = 'Vérifier et envoyer';
    el.insertBefore(link, p);
    (el as GouvTaskList).sections = sections.slice(0, 1);
    await el.updateComplete;
    expect([...el.children]).to.deep.equal([own, link, p]);
    // The ids come from the element's id base, the same on the server and in the browser.
    const described = el.querySelector('.gouv-task-list__link')!.getAttribute('aria-describedby')!;
    expect(el.querySelector(`[id="${described}"]`)?.textContent?.trim()).to.equal('Terminé');
  });

  it('makes the whole row clickable', async () => {
    const { el } = await taskList(html`<gouv-task-list .sections=${sections}></gouv-task-list>`);
    const row = el.querySelectorAll('li')[3]!;
    const status = row.querySelector('.gouv-task-list__status')!.getBoundingClientRect();
    const hit = document.elementFromPoint(status.left + status.width / 2, status.top + status.height / 2);
    expect(hit === row.querySelector('a'), 'the status area hits the link').to.equal(true);
  });

  it('updates its count when the tasks change, singular included', async () => {
    const { el } = await taskList(html`<gouv-task-list .sections=${sections}></gouv-task-list>`);
    (el as GouvTaskList).sections = [
      {
        tasks: [
          { title: 'A', href: '/a', status: 'done' },
          { title: 'B', status: 'todo' },
        ],
      },
    ];
    await el.updateComplete;
    expect(plainText(el.querySelector('.gouv-task-list__progress')?.textContent)).to.equal(
      'Vous avez complété 1 tâche sur 2.',
    );
    expect(el.querySelector('h2') === null, 'no heading for an untitled section').to.equal(true);
  });

  it('speaks English in an English page', async () => {
    const { el } = await taskList(
      html`<div lang="en"><gouv-task-list .sections=${sections}></gouv-task-list></div>`,
    );
    expect(plainText(el.querySelector('.gouv-task-list__progress')?.textContent)).to.equal(
      'You have completed 2 of 5 tasks.',
    );
    expect(
      [...el.querySelectorAll('.gouv-task-list__status')].map((s) => plainText(s.textContent)),
    ).to.deep.equal(['Completed', 'Completed', 'In progress', 'Not yet started', 'Cannot start yet']);
  });

  it('renders hostile text as text, and survives bad data with a warning', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const warnings = captureWarnings();
    try {
      const { el } = await taskList(
        html`<gouv-task-list
          .sections=${
            [
              {
                title: evil,
                tasks: [{ title: evil, href: '/x', hint: evil, status: evil }, null, { nope: 1 }],
              },
              { title: 'Sans tâches' },
            ] as unknown as TaskSection[]
          }
        ></gouv-task-list>`,
      );
      expect(el.querySelector('img') === null).to.equal(true);
      expect(el.querySelector('a')!.textContent).to.contain('<img');
      expect(plainText(el.querySelector('.gouv-task-list__status')?.textContent)).to.equal('À faire');
      expect(warnings.messages.join(' ')).to.contain('status=');
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation (${theme})`, async () => {
      const { root } = await taskList(
        html`<div
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-task-list .sections=${sections}></gouv-task-list>
        </div>`,
      );
      await expectNoAxeViolations(root);
    });
  }
});
