import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '@gouvkit/components/button.js';
import '../combobox.js';
import type { ComboboxOption, ComboboxSource, GouvCombobox } from './gouv-combobox.js';

type Args = Pick<GouvCombobox, 'label' | 'hint' | 'error' | 'required' | 'disabled' | 'freeText'> & {
  value?: string;
};

const REGIONS: ComboboxOption[] = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '27', label: 'Bourgogne-Franche-Comté' },
  { value: '53', label: 'Bretagne' },
  { value: '24', label: 'Centre-Val de Loire' },
  { value: '94', label: 'Corse' },
  { value: '44', label: 'Grand Est' },
  { value: '32', label: 'Hauts-de-France' },
  { value: '11', label: 'Île-de-France' },
  { value: '28', label: 'Normandie' },
  { value: '75', label: 'Nouvelle-Aquitaine' },
  { value: '76', label: 'Occitanie' },
  { value: '52', label: 'Pays de la Loire' },
  { value: '93', label: 'Provence-Alpes-Côte d’Azur' },
  { value: '01', label: 'Guadeloupe' },
  { value: '02', label: 'Martinique' },
  { value: '03', label: 'Guyane' },
  { value: '04', label: 'La Réunion' },
  { value: '06', label: 'Mayotte' },
];

/**
 * Types `text` into the field once it is rendered, as a user would, to show a state at rest;
 * `leave` then leaves the field (focusout), as a user moving on.
 */
const typed = (text: string, { leave = false } = {}) =>
  ref((el) => {
    if (!el) return;
    const combobox = el as GouvCombobox;
    void combobox.updateComplete.then(async () => {
      const input = combobox.input;
      if (!input || input.value === text) return;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      await combobox.updateComplete;
      if (leave) input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
  });

/** A source that never answers: the « Chargement… » state. */
const pending: ComboboxSource = () => new Promise(() => {});
/** A source that always fails: the error state. */
const failing: ComboboxSource = () => Promise.reject(new Error('Service indisponible (503)'));

const accessibility = `
## Accessibilité

Le composant suit le motif WAI-ARIA « combobox » avec liste de suggestions (*list autocomplete*,
sélection manuelle) : un vrai \`<input role="combobox">\` relié à sa liste (\`aria-controls\`,
\`aria-expanded\`), une liste \`role="listbox"\` d’options \`role="option"\`. Le focus reste dans le champ ;
l’option parcourue est désignée par \`aria-activedescendant\` et \`aria-selected\`.

| Touche | Action |
| --- | --- |
| Saisie | Filtre les suggestions ; la liste s’ouvre dès qu’il y a quelque chose à montrer |
| Flèche bas | Ouvre la liste sur la première option, puis passe à la suivante (la dernière revient à la première) |
| Flèche haut | Ouvre la liste sur la dernière option, puis passe à la précédente |
| Alt + Flèche bas | Ouvre la liste sans parcourir les options |
| Alt + Flèche haut | Ferme la liste |
| Entrée | Choisit l’option parcourue et ferme la liste (sans envoyer le formulaire) ; liste fermée, envoie le formulaire |
| Échap | Ferme la liste en gardant le texte ; liste fermée, efface le champ |
| Début, Fin, Flèches gauche et droite | Déplacent le curseur dans le texte ; le parcours revient au champ |
| Tab | Ferme la liste et garde le choix : l’option parcourue s’il y en a une, sinon le choix précédent |

- **Libellé et aide** dans le même arbre que le champ (\`<label for>\`, \`aria-describedby\`) ; la liste porte
  le libellé du champ. Le libellé d’une option est toujours rendu comme du texte.
- **Nombre de résultats annoncé** poliment (« 12 résultats disponibles », « Aucun résultat ») dans une zone
  \`role="status"\`, une fois la frappe en pause, pour ne pas couvrir chaque touche.
- **Homonymes distingués** : le département suit le nom (« Saint-Martin (05) ») et les codes postaux sont lus
  après lui.
- **Chargement et erreurs visibles** : « Chargement… » pendant la recherche ; si la source échoue, « La liste
  n’a pas pu être chargée » s’affiche et est annoncé, sans jamais effacer la saisie.
- **Choix obligatoire dans la liste** (par défaut) : en quittant le champ avec un texte qui n’est pas un choix,
  « Sélectionnez une commune dans la liste » s’affiche (jamais pendant la frappe) et le formulaire n’est pas
  envoyé. \`free-text\` accepte toute saisie.
- Le formulaire reçoit la **valeur** de l’option (le code INSEE d’une commune), le champ montre son libellé.
- Focus visible, option parcourue signalée par un fond **et** une barre (pas la couleur seule), contour en
  couleurs forcées ; liste à la largeur du champ, de 320 px au bureau.

**Critères RGAA** : 3.2 (contrastes), 7.1 et 7.3 (script compatible et utilisable au clavier), 7.5 (messages
de statut), 10.7 (focus visible), 11.1, 11.2 (étiquettes), 11.10 (contrôle de saisie), 11.11 (suggestions de
correction), 11.13 (finalité des champs, \`autocomplete\` transmis).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Liste avec recherche (combobox)',
  component: 'gouv-combobox',
  tags: ['autodocs'],
  args: {
    label: 'Région',
    hint: '',
    error: '',
    required: false,
    disabled: false,
    freeText: false,
  },
  parameters: {
    docs: {
      description: {
        component: `La liste avec recherche aide à choisir dans une longue liste en tapant quelques lettres : une région,
un pays, ou l’une des 34 969 communes françaises (\`source="communes"\`, données chargées à la première
recherche). Le champ affiche « Lyon (69) » ; le formulaire reçoit le code INSEE \`69123\`.

\`\`\`html
<gouv-combobox label="Commune de naissance" name="commune" source="communes"></gouv-combobox>
\`\`\`

Une source asynchrone (\`el.search = (query, signal) => fetch(…, { signal })…\`) reçoit le texte tapé et
un signal annulé dès qu’une nouvelle saisie arrive ; \`registerComboboxSource('nom', { load })\` l’enregistre
sous un nom, pour écrire \`source="nom"\` en HTML. Une liste courte peut s’écrire en \`<option>\` : ils sont lus
comme des données et laissés en place (masqués), et la liste suit leurs ajouts, retraits et déplacements.

Sans JavaScript (page rendue par le serveur), le champ texte porte le \`name\` : le serveur reçoit le texte
saisi (« Lyon »), pas le code INSEE.
${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-combobox
      label=${args.label}
      hint=${ifDefined(args.hint || undefined)}
      error=${ifDefined(args.error || undefined)}
      value=${ifDefined(args.value)}
      name="region"
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?free-text=${args.freeText}
      .options=${REGIONS}
    ></gouv-combobox>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Vide: Story = { name: 'Liste statique (vide)' };
export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'La région de votre domicile' } };
export const Remplie: Story = { args: { value: '53' } };

export const OptionsEnHtml: Story = {
  name: 'Options écrites en HTML',
  render: () => html`
    <gouv-combobox label="Civilité" name="civilite">
      <option value="mme" selected>Madame</option>
      <option value="m">Monsieur</option>
      <option value="x">Ne se prononce pas</option>
    </gouv-combobox>
  `,
};

export const Communes: Story = {
  name: 'Communes',
  parameters: {
    docs: {
      description: {
        story:
          'Par nom (accents, tirets et « St » indifférents), par nom et département (« saint martin 05 ») ou par code postal (« 750 »). Les 34 969 communes se chargent à la première recherche.',
      },
    },
  },
  render: () => html`
    <gouv-combobox
      label="Commune de naissance"
      hint="Saisissez le nom ou le code postal, puis choisissez dans la liste"
      name="commune"
      source="communes"
    ></gouv-combobox>
  `,
};

export const CommuneRemplie: Story = {
  name: 'Commune choisie (value="69123")',
  render: () => html`
    <gouv-combobox label="Commune" name="commune" source="communes" value="69123"></gouv-combobox>
  `,
};

export const TexteLibre: Story = {
  name: 'Texte libre (free-text)',
  args: {
    label: 'Région ou territoire',
    hint: 'Choisissez une suggestion ou saisissez librement',
    freeText: true,
  },
};

export const StricteEnErreur: Story = {
  name: 'Choix hors liste (erreur)',
  parameters: {
    docs: {
      description: {
        story:
          'Un texte qui n’est pas un choix de la liste : l’erreur s’affiche en quittant le champ ou à l’envoi, jamais pendant la frappe.',
      },
    },
  },
  render: () => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-combobox
        label="Commune"
        name="commune"
        source="communes"
        ${typed('Lyo', { leave: true })}
      ></gouv-combobox>
    </form>
  `,
};

export const Erreur: Story = {
  name: 'Erreur du serveur',
  args: { error: 'Ce service n’est pas encore ouvert dans cette région', value: '94' },
};

export const Chargement: Story = {
  render: () => html`
    <div style="min-block-size: 8rem">
      <gouv-combobox label="Pays" name="pays" .search=${pending} ${typed('Fra')}></gouv-combobox>
    </div>
  `,
};

export const EchecDeLaSource: Story = {
  name: 'Échec de la source',
  render: () => html`
    <div style="min-block-size: 8rem">
      <gouv-combobox label="Pays" name="pays" .search=${failing} ${typed('Fra')}></gouv-combobox>
    </div>
  `,
};

export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true, value: '53' } };
export const Obligatoire: Story = { args: { required: true, hint: 'Champ obligatoire' } };

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.value = `commune=${new FormData(form).get('commune') ?? ''}`;
      }}
      style="display: grid; gap: 1rem; max-inline-size: 30rem"
    >
      <gouv-combobox label="Commune" name="commune" source="communes" required></gouv-combobox>
      <div><gouv-button type="submit">Envoyer</gouv-button></div>
      <output aria-live="polite"></output>
    </form>
  `,
};

export const Etroit: Story = {
  name: 'Écran de 320 px',
  render: () => html`
    <div style="max-inline-size: 320px">
      <gouv-combobox
        label="Commune de résidence"
        hint="Saisissez le nom ou le code postal"
        source="communes"
        value="94041"
      ></gouv-combobox>
    </div>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en" style="display: grid; gap: 1rem">
      <gouv-combobox
        label="Town of birth"
        hint="Type the name or the postcode, then choose from the list"
        name="town"
        source="communes"
      ></gouv-combobox>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-combobox
          label="Region"
          name="region"
          .options=${REGIONS}
          ${typed('Outside', { leave: true })}
        ></gouv-combobox>
      </form>
    </div>
  `,
};
