// React 19 (StrictMode) and Vue 3 own the children they render inside gouv-* elements: they add,
// remove and reorder them (keyed), several times, and each time the test checks that nothing
// threw or logged an error, that the framework's nodes are where it put them (the same nodes,
// in its order), that the element's own parts are intact and follow the new children, and what
// the page's form submits.
import { expect, plainText, press, type, useFrameworkPage } from '@gouvkit/testing';
import '../all.js';
import type { GouvCombobox } from '../combobox/gouv-combobox.js';
import type { GouvConditionalReveal } from '../conditional-reveal/gouv-conditional-reveal.js';
import type { GouvFieldset } from '../fieldset/gouv-fieldset.js';
import type { GouvInput } from '../input/gouv-input.js';
import type { GouvSelect } from '../select/gouv-select.js';
import type { GouvChoiceGroup } from '../shared/choice-group.js';
import {
  FRAMEWORKS,
  NodeLedger,
  mountScene,
  ownParts,
  pageChildren,
  settle,
  submit,
} from './test-utils/scene.js';

const label = (value: string) => `Choix ${value.toUpperCase()}`;

/** Where a slotted node shows: its assigned slot's elements, in order. */
const slotted = (host: Element) =>
  (host.shadowRoot?.querySelector<HTMLSlotElement>('slot:not([name])')?.assignedElements() ??
    []) as Element[];

const same = (actual: readonly Element[], expected: readonly Element[], message: string) => {
  expect(actual.length, message).to.equal(expected.length);
  actual.forEach((node, i) => expect(node === expected[i], `${message} (#${i})`).to.equal(true));
};

describe('frameworks own the children of gouv-* elements', () => {
  const page = useFrameworkPage();

  for (const framework of FRAMEWORKS) {
    describe(framework, () => {
      afterEach(function () {
        // Every step asserted it already; this catches a late error (after the last step).
        if (this.currentTest?.state !== 'passed') return;
        page.expectNoErrors();
        page.expectNoWarnings();
      });

      // ── gouv-select ─────────────────────────────────────────────────────────────────────

      it('gouv-select: adds, removes and reorders <option> children (3 → 2 included)', async () => {
        const scene = await mountScene<{ options: string[] }>(
          framework,
          page,
          { options: ['a', 'b', 'c'] },
          {
            react: (h, s) =>
              h.createElement(
                'form',
                null,
                h.createElement(
                  'gouv-select',
                  { label: 'Votre choix', name: 'choix' },
                  s.options.map((o) => h.createElement('option', { key: o, value: o }, label(o))),
                ),
              ),
            vue: `<form><gouv-select label="Votre choix" name="choix">
              <option v-for="o in s.options" :key="o" :value="o">Choix {{ o.toUpperCase() }}</option>
            </gouv-select></form>`,
          },
        );
        // The chosen option goes away for a while: the element says so (in development).
        page.allowWarnings(/<gouv-select> value="[ab]" ne correspond à aucune option/);
        const el = scene.root.querySelector<GouvSelect>('gouv-select')!;
        const form = scene.root.querySelector('form')!;
        const main = el.firstElementChild!;
        expect(main.getAttribute('data-gouv-part')).to.equal('main');
        const ledger = new NodeLedger();

        const check = (options: string[], step: string) => {
          const children = pageChildren(el);
          expect(
            children.map((c) => `${c.localName}:${c.getAttribute('value')}`),
            `${step}: the framework’s nodes, in its order`,
          ).to.deep.equal(options.map((o) => `option:${o}`));
          ledger.check(children, (c) => c.getAttribute('value')!, step);
          same(ownParts(el), [main], `${step}: its own part, the same node`);
          expect(el.firstElementChild === main, `${step}: its part stays first`).to.equal(true);
          const rendered = [...el.select!.options].slice(1);
          expect(
            rendered.map((o) => [o.value, plainText(o.textContent)]),
            `${step}: the select’s options`,
          ).to.deep.equal(options.map((o) => [o, label(o)]));
          expect(submit(form), `${step}: submitted`).to.deep.equal(
            options.includes('a') ? [['choix', 'a']] : [],
          );
          expect(scene.warnings, `${step}: Vue warnings`).to.deep.equal([]);
          page.expectNoErrors();
        };

        // The user chooses the first option with the keyboard.
        el.select!.focus();
        await press('ArrowDown');
        await settle(scene.root);
        expect(el.value).to.equal('a');
        check(['a', 'b', 'c'], 'first render');
        const steps = [['a', 'b'], ['b', 'a'], ['b', 'a', 'c', 'd'], ['d'], [], ['c', 'a'], ['a', 'c', 'b']];
        for (const options of steps) {
          await scene.set({ options });
          check(options, `[${options.join(', ')}]`);
        }
      });

      it('gouv-select: adds, removes and reorders <optgroup> children and their options', async () => {
        type Group = { label: string; options: string[] };
        const scene = await mountScene<{ groups: Group[] }>(
          framework,
          page,
          {
            groups: [
              { label: 'Nord', options: ['a', 'b'] },
              { label: 'Sud', options: ['c'] },
            ],
          },
          {
            react: (h, s) =>
              h.createElement(
                'form',
                null,
                h.createElement(
                  'gouv-select',
                  { label: 'Votre choix', name: 'choix' },
                  s.groups.map((g) =>
                    h.createElement(
                      'optgroup',
                      { key: g.label, label: g.label },
                      g.options.map((o) => h.createElement('option', { key: o, value: o }, label(o))),
                    ),
                  ),
                ),
              ),
            vue: `<form><gouv-select label="Votre choix" name="choix">
              <optgroup v-for="g in s.groups" :key="g.label" :label="g.label">
                <option v-for="o in g.options" :key="o" :value="o">Choix {{ o.toUpperCase() }}</option>
              </optgroup>
            </gouv-select></form>`,
          },
        );
        // The chosen option goes away for a while: the element says so (in development).
        page.allowWarnings(/<gouv-select> value="[ab]" ne correspond à aucune option/);
        const el = scene.root.querySelector<GouvSelect>('gouv-select')!;
        const form = scene.root.querySelector('form')!;
        const main = el.firstElementChild!;
        const groups = new NodeLedger();
        const options = new NodeLedger();

        const check = (expected: Group[], step: string) => {
          const children = pageChildren(el);
          expect(
            children.map((g) => [g.localName, g.getAttribute('label')]),
            `${step}: the framework’s groups`,
          ).to.deep.equal(expected.map((g) => ['optgroup', g.label]));
          groups.check(children, (g) => g.getAttribute('label')!, step);
          const childOptions = children.flatMap((g) => [...g.children]);
          expect(
            childOptions.map((o) => `${o.parentElement!.getAttribute('label')}/${o.getAttribute('value')}`),
            `${step}: the framework’s options`,
          ).to.deep.equal(expected.flatMap((g) => g.options.map((o) => `${g.label}/${o}`)));
          options.check(
            childOptions,
            (o) => `${o.parentElement!.getAttribute('label')}/${o.getAttribute('value')}`,
            step,
          );
          same(ownParts(el), [main], `${step}: its own part, the same node`);
          // The select renders the groups in the framework's order, each with its options.
          const rendered = [...el.select!.children].slice(1);
          expect(
            rendered.map((g) => [
              g.localName,
              g.getAttribute('label'),
              [...g.children].map((o) => (o as HTMLOptionElement).value),
            ]),
            `${step}: the select’s groups`,
          ).to.deep.equal(expected.map((g) => ['optgroup', g.label, g.options]));
          const hasB = expected.some((g) => g.options.includes('b'));
          expect(submit(form), `${step}: submitted`).to.deep.equal(hasB ? [['choix', 'b']] : []);
          expect(scene.warnings).to.deep.equal([]);
          page.expectNoErrors();
        };

        el.select!.focus();
        await press('ArrowDown');
        await press('ArrowDown');
        await settle(scene.root);
        expect(el.value).to.equal('b');
        check(scene.state.groups, 'first render');
        const steps: Group[][] = [
          [
            { label: 'Sud', options: ['c', 'd'] },
            { label: 'Nord', options: ['b', 'a'] },
          ],
          [
            { label: 'Sud', options: ['d'] },
            { label: 'Nord', options: ['a', 'b', 'c'] },
          ],
          [{ label: 'Nord', options: ['a'] }],
          [
            { label: 'Est', options: ['e'] },
            { label: 'Nord', options: ['a', 'b'] },
          ],
        ];
        for (const step of steps) {
          await scene.set({ groups: step });
          check(step, JSON.stringify(step));
        }
      });

      // ── gouv-radio-group and gouv-checkbox-group ────────────────────────────────────────

      for (const tag of ['gouv-radio-group', 'gouv-checkbox-group'] as const) {
        it(`${tag}: adds, removes and reorders <option> and <gouv-conditional-reveal when> children`, async () => {
          // Items: `a` is an option, `r:a` the reveal of option a (a gouv-input inside).
          const scene = await mountScene<{ items: string[] }>(
            framework,
            page,
            { items: ['a', 'b', 'r:b', 'c'] },
            {
              react: (h, s) =>
                h.createElement(
                  'form',
                  null,
                  h.createElement(
                    tag,
                    { label: 'Votre choix', name: 'choix' },
                    s.items.map((item) =>
                      item.startsWith('r:')
                        ? h.createElement(
                            'gouv-conditional-reveal',
                            { key: item, when: item.slice(2) },
                            h.createElement('gouv-input', {
                              label: `Précisez ${item.slice(2)}`,
                              name: `detail-${item.slice(2)}`,
                            }),
                          )
                        : h.createElement('option', { key: item, value: item }, label(item)),
                    ),
                  ),
                ),
              vue: `<form><${tag} label="Votre choix" name="choix">
                <template v-for="item in s.items" :key="item">
                  <gouv-conditional-reveal v-if="item.startsWith('r:')" :when="item.slice(2)">
                    <gouv-input :label="'Précisez ' + item.slice(2)" :name="'detail-' + item.slice(2)"></gouv-input>
                  </gouv-conditional-reveal>
                  <option v-else :value="item">Choix {{ item.toUpperCase() }}</option>
                </template>
              </${tag}></form>`,
            },
          );
          const el = scene.root.querySelector<GouvChoiceGroup>(tag)!;
          const form = scene.root.querySelector('form')!;
          const ledger = new NodeLedger();
          const keyOf = (node: Element) =>
            node.localName === 'option'
              ? node.getAttribute('value')!
              : `r:${node.getAttribute('when') ?? (node as GouvConditionalReveal).when}`;
          const revealOf = (value: string) =>
            pageChildren(el).find(
              (c): c is GouvConditionalReveal =>
                c.localName === 'gouv-conditional-reveal' && (c as GouvConditionalReveal).when === value,
            );

          // The user ticks b with the keyboard, then types in the field it reveals.
          el.inputs.find((input) => input.value === 'b')!.focus();
          await press('Space');
          await settle(scene.root);
          const typedIn = revealOf('b')!.querySelector<GouvInput>('gouv-input')!;
          expect(revealOf('b')!.open).to.equal(true);
          typedIn.input!.focus();
          await type('B');
          await settle(scene.root);

          const check = (items: string[], step: string) => {
            const children = pageChildren(el);
            expect(children.map(keyOf), `${step}: the framework’s nodes, in its order`).to.deep.equal(items);
            ledger.check(children, keyOf, step);
            const options = items.filter((item) => !item.startsWith('r:'));
            // One row of its own per option, first, in the options' order.
            const parts = ownParts(el);
            same([...el.children].slice(0, parts.length), parts, `${step}: its rows come first`);
            expect(
              parts.map((p) => p.getAttribute('data-gouv-part')),
              `${step}: its rows`,
            ).to.deep.equal(options.map((o) => `option:${o}`));
            expect(
              el.inputs.map((input) => [input.value, plainText(input.labels?.[0]?.textContent)]),
              `${step}: its controls follow the options`,
            ).to.deep.equal(options.map((o) => [o, label(o)]));
            expect(
              el.inputs.map((input) => input.checked),
              `${step}: b stays ticked`,
            ).to.deep.equal(options.map((o) => o === 'b'));
            // Each reveal shows in the slot after its option's row; only b's is open.
            for (const reveal of children.filter(
              (c): c is GouvConditionalReveal => c.localName === 'gouv-conditional-reveal',
            )) {
              const when = reveal.when!;
              expect(reveal.slot, `${step}: reveal ${when}`).to.equal(`reveal:${when}`);
              expect(reveal.assignedSlot?.previousElementSibling?.getAttribute('name')).to.equal(
                `option:${when}`,
              );
              expect(reveal.open, `${step}: reveal ${when} open`).to.equal(when === 'b');
            }
            const expected: [string, string][] = [];
            if (options.includes('b')) {
              expected.push(['choix', 'b']);
              const reveal = revealOf('b');
              if (reveal) {
                const field = reveal.querySelector('gouv-input');
                expected.push(['detail-b', field === typedIn ? 'B' : '']);
              }
            }
            expect(submit(form), `${step}: submitted`).to.deep.equal(expected);
            expect(scene.warnings).to.deep.equal([]);
            page.expectNoErrors();
          };

          check(scene.state.items, 'first render');
          const steps = [
            ['c', 'a', 'b', 'r:b'],
            ['c', 'r:a', 'a', 'b', 'r:b'],
            ['b', 'r:b', 'c'],
            ['b', 'r:b', 'c', 'd'],
            ['c', 'd'],
            ['d', 'b', 'r:b', 'c'],
            ['r:b', 'a', 'b', 'e'],
          ];
          for (const items of steps) {
            await scene.set({ items });
            check(items, `[${items.join(', ')}]`);
          }
        });
      }

      // ── gouv-fieldset ───────────────────────────────────────────────────────────────────

      it('gouv-fieldset: a field shown and hidden by a condition (issue 6: NotFoundError)', async () => {
        const scene = await mountScene<{ show: boolean }>(
          framework,
          page,
          { show: false },
          {
            // `{show && <gouv-input name="x" label="X"/>}` inside `<gouv-fieldset legend="…">`.
            react: (h, s) =>
              h.createElement(
                'form',
                null,
                h.createElement(
                  'gouv-fieldset',
                  { legend: 'Vos coordonnées' },
                  s.show && h.createElement('gouv-input', { name: 'x', label: 'X' }),
                ),
              ),
            vue: `<form><gouv-fieldset legend="Vos coordonnées">
              <gouv-input v-if="s.show" name="x" label="X"></gouv-input>
            </gouv-fieldset></form>`,
          },
        );
        const el = scene.root.querySelector<GouvFieldset>('gouv-fieldset')!;
        const form = scene.root.querySelector('form')!;
        const legend = el.shadowRoot!.querySelector('legend')!;
        for (const show of [true, false, true, false, true]) {
          await scene.set({ show });
          const step = show ? 'shown' : 'hidden';
          expect(
            scene.root.querySelector('gouv-fieldset') === el,
            `${step}: the root is still mounted`,
          ).to.equal(true);
          const field = el.querySelector<GouvInput>('gouv-input');
          expect(
            pageChildren(el).map((c) => c.localName),
            step,
          ).to.deep.equal(show ? ['gouv-input'] : []);
          same(slotted(el), field ? [field] : [], `${step}: slotted`);
          expect(ownParts(el)).to.have.length(0);
          expect(el.shadowRoot!.querySelector('legend') === legend, `${step}: its legend`).to.equal(true);
          expect(plainText(legend.textContent)).to.equal('Vos coordonnées');
          if (field) {
            expect(field.input, `${step}: the field rendered`).to.not.equal(null);
            field.input!.focus();
            await type('Z');
            await settle(scene.root);
          }
          expect(submit(form), `${step}: submitted`).to.deep.equal(show ? [['x', 'Z']] : []);
          expect(scene.warnings).to.deep.equal([]);
          page.expectNoErrors();
        }
      });

      it('gouv-fieldset: adds, removes and reorders its fields, also while disabled', async () => {
        type State = { fields: string[]; disabled: boolean };
        const scene = await mountScene<State>(
          framework,
          page,
          { fields: ['nom', 'prenom'], disabled: false },
          {
            react: (h, s) =>
              h.createElement(
                'form',
                null,
                h.createElement(
                  'gouv-fieldset',
                  { legend: 'Identité', disabled: s.disabled },
                  s.fields.map((name) => h.createElement('gouv-input', { key: name, name, label: name })),
                ),
              ),
            vue: `<form><gouv-fieldset legend="Identité" :disabled="s.disabled">
              <gouv-input v-for="name in s.fields" :key="name" :name="name" :label="name"></gouv-input>
            </gouv-fieldset></form>`,
          },
        );
        const el = scene.root.querySelector<GouvFieldset>('gouv-fieldset')!;
        const form = scene.root.querySelector('form')!;
        const ledger = new NodeLedger();
        const typed = new Map<Element, string>();
        const check = async ({ fields, disabled }: State, step: string) => {
          const children = pageChildren(el);
          expect(
            children.map((c) => c.getAttribute('name')),
            `${step}: the framework’s nodes`,
          ).to.deep.equal(fields);
          ledger.check(children, (c) => c.getAttribute('name')!, step);
          same(slotted(el), children, `${step}: slotted in its order`);
          expect(ownParts(el)).to.have.length(0);
          for (const field of children as GouvInput[]) {
            expect(field.input!.disabled, `${step}: ${field.name} disabled`).to.equal(disabled);
            // A new field gets typed in (when it can be), once.
            if (!disabled && !typed.has(field)) {
              field.input!.focus();
              await type(field.name[0]!.toUpperCase());
              await settle(scene.root);
              typed.set(field, field.name[0]!.toUpperCase());
            }
          }
          expect(submit(form), `${step}: submitted`).to.deep.equal(
            disabled ? [] : children.map((c) => [c.getAttribute('name'), typed.get(c)]),
          );
          expect(scene.warnings).to.deep.equal([]);
          page.expectNoErrors();
        };
        await check(scene.state, 'first render');
        const steps: State[] = [
          { fields: ['prenom', 'nom'], disabled: false },
          { fields: ['prenom', 'ville', 'nom'], disabled: false },
          { fields: ['ville', 'nom'], disabled: true },
          { fields: ['ville', 'pays', 'nom'], disabled: true },
          { fields: ['pays', 'nom', 'ville'], disabled: false },
          { fields: ['nom'], disabled: false },
        ];
        for (const state of steps) {
          await scene.set(state);
          await check(state, JSON.stringify(state));
        }
      });

      // ── gouv-conditional-reveal ─────────────────────────────────────────────────────────

      it('gouv-conditional-reveal: adds, removes and reorders its fields, open and closed', async () => {
        const scene = await mountScene<{ fields: string[] }>(
          framework,
          page,
          { fields: ['a', 'b'] },
          {
            react: (h, s) =>
              h.createElement(
                'form',
                null,
                h.createElement('gouv-checkbox', { id: 'autre', name: 'autre', label: 'Autre adresse' }),
                h.createElement(
                  'gouv-conditional-reveal',
                  { for: 'autre' },
                  s.fields.map((name) =>
                    h.createElement('gouv-input', {
                      key: name,
                      name,
                      label: name,
                      value: name.toUpperCase(),
                    }),
                  ),
                ),
              ),
            vue: `<form>
              <gouv-checkbox id="autre" name="autre" label="Autre adresse"></gouv-checkbox>
              <gouv-conditional-reveal for="autre">
                <gouv-input v-for="name in s.fields" :key="name" :name="name" :label="name" :value="name.toUpperCase()"></gouv-input>
              </gouv-conditional-reveal>
            </form>`,
          },
        );
        const reveal = scene.root.querySelector<GouvConditionalReveal>('gouv-conditional-reveal')!;
        const box = scene.root.querySelector('gouv-checkbox')!;
        const form = scene.root.querySelector('form')!;
        const ledger = new NodeLedger();
        const check = (fields: string[], step: string) => {
          const children = pageChildren(reveal);
          expect(
            children.map((c) => c.getAttribute('name')),
            `${step}: the framework’s nodes`,
          ).to.deep.equal(fields);
          ledger.check(children, (c) => c.getAttribute('name')!, step);
          same(slotted(reveal), children, `${step}: slotted in its order`);
          expect(ownParts(reveal)).to.have.length(0);
          const open = box.checked;
          expect(reveal.open, `${step}: open`).to.equal(open);
          expect(getComputedStyle(reveal).display === 'none', `${step}: hidden`).to.equal(!open);
          for (const field of children as GouvInput[])
            expect(field.input!.disabled, `${step}: ${field.name} disabled`).to.equal(!open);
          expect(submit(form), `${step}: submitted`).to.deep.equal(
            open ? [['autre', 'on'], ...fields.map((f) => [f, f.toUpperCase()])] : [],
          );
          expect(scene.warnings).to.deep.equal([]);
          page.expectNoErrors();
        };
        const tick = async () => {
          box.querySelector('input')!.focus();
          await press('Space');
          await settle(scene.root);
        };

        check(['a', 'b'], 'closed');
        await scene.set({ fields: ['b', 'c', 'a'] });
        check(['b', 'c', 'a'], 'closed, reordered');
        await tick();
        check(['b', 'c', 'a'], 'opened');
        for (const fields of [
          ['a', 'b'],
          ['d', 'a', 'b'],
          ['b', 'd'],
        ]) {
          await scene.set({ fields });
          check(fields, `open [${fields.join(', ')}]`);
        }
        await tick();
        check(['b', 'd'], 'closed again');
        await scene.set({ fields: ['e', 'b', 'd'] });
        check(['e', 'b', 'd'], 'closed, a field added');
        await tick();
        check(['e', 'b', 'd'], 'open again');
      });

      // ── gouv-combobox ───────────────────────────────────────────────────────────────────

      it('gouv-combobox: adds, removes and reorders <option> children; the suggestions follow', async () => {
        const scene = await mountScene<{ options: string[] }>(
          framework,
          page,
          { options: ['a', 'b', 'c'] },
          {
            react: (h, s) =>
              h.createElement(
                'form',
                null,
                h.createElement(
                  'gouv-combobox',
                  { label: 'Votre choix', name: 'choix' },
                  s.options.map((o) => h.createElement('option', { key: o, value: o }, label(o))),
                ),
              ),
            vue: `<form><gouv-combobox label="Votre choix" name="choix">
              <option v-for="o in s.options" :key="o" :value="o">Choix {{ o.toUpperCase() }}</option>
            </gouv-combobox></form>`,
          },
        );
        const el = scene.root.querySelector<GouvCombobox>('gouv-combobox')!;
        const form = scene.root.querySelector('form')!;
        const main = el.firstElementChild!;
        const input = el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
        const ledger = new NodeLedger();
        /**
         * Types « Choix » over the field's text and reads the suggestions, then chooses « Choix B »
         * among them with the keyboard.
         */
        const suggestThenChooseB = async () => {
          input.focus();
          await press('Control+A');
          await type('Choix');
          await el.updateComplete;
          expect(input.getAttribute('aria-expanded')).to.equal('true');
          const shown = [...el.querySelectorAll('[role="option"]')].map((o) =>
            plainText(o.querySelector('.gouv-combobox__label')?.textContent),
          );
          for (let i = 0; i <= shown.indexOf(label('b')); i++) await press('ArrowDown');
          await press('Enter');
          await settle(scene.root);
          return shown;
        };
        const check = async (options: string[], step: string) => {
          const children = pageChildren(el);
          expect(
            children.map((c) => `${c.localName}:${c.getAttribute('value')}`),
            `${step}: the framework’s nodes`,
          ).to.deep.equal(options.map((o) => `option:${o}`));
          ledger.check(children, (c) => c.getAttribute('value')!, step);
          same(ownParts(el), [main], `${step}: its own part, the same node`);
          expect(el.firstElementChild === main).to.equal(true);
          expect(await suggestThenChooseB(), `${step}: the suggestions`).to.deep.equal(options.map(label));
          expect(el.value, `${step}: chosen again`).to.equal('b');
          expect(submit(form), `${step}: submitted`).to.deep.equal([['choix', 'b']]);
          expect(scene.warnings).to.deep.equal([]);
          page.expectNoErrors();
        };
        await check(['a', 'b', 'c'], 'first render');
        for (const options of [
          ['b', 'c'],
          ['c', 'b', 'a'],
          ['d', 'c', 'b', 'a', 'e'],
          ['b'],
          ['e', 'b', 'd'],
        ]) {
          await scene.set({ options });
          await check(options, `[${options.join(', ')}]`);
        }
        expect(input.value).to.equal('Choix B');
      });
    });
  }
});
