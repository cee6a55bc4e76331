import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../select.js';
import type { GouvSelect, SelectOption } from './gouv-select.js';

type Args = Pick<
  GouvSelect,
  'label' | 'hint' | 'error' | 'name' | 'value' | 'required' | 'disabled' | 'options'
> & {
  placeholder?: string;
  autocomplete?: string;
};

const REGIONS: SelectOption[] = [
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
  { value: '01', label: 'Guadeloupe', group: 'Outre-mer' },
  { value: '02', label: 'Martinique', group: 'Outre-mer' },
  { value: '03', label: 'Guyane', group: 'Outre-mer' },
  { value: '04', label: 'La Réunion', group: 'Outre-mer' },
  { value: '06', label: 'Mayotte', group: 'Outre-mer' },
];
const METROPOLE = REGIONS.filter((region) => !region.group);

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint la liste / revient au champ précédent |
| Flèche bas / haut | Choisit l’option suivante / précédente (Windows, Linux ; sur macOS, ouvre la liste) |
| Lettres | Va à la première option qui commence par ces lettres |
| Alt+Flèche bas, Espace | Ouvre la liste ; dans la liste ouverte, Entrée choisit, Échap referme sans changer |

- **Un vrai \`<select>\` dans le DOM léger** : sur mobile la liste du système s’ouvre ; libellé (\`<label for>\`),
  aide et erreur sont dans le même arbre que la liste ; elle est envoyée, réinitialisée et remplie
  automatiquement comme en HTML simple.
- **Option d’invite** « Sélectionner une option » (\`placeholder\` pour la changer) : désactivée et masquée dans
  la liste, comme au DSFR. Tant qu’elle est affichée, rien n’est envoyé, et une liste \`required\` bloque
  l’envoi avec le message « Renseignez ce champ, il est obligatoire ».
- **Options en HTML** : des \`<option>\` et \`<optgroup>\` écrits dans \`<gouv-select>\` sont repris (une première
  \`<option value="">\` donne l’invite, \`selected\` la valeur par défaut), puis retirés de l’élément. Les
  intitulés sont toujours rendus comme du texte.
- **Groupes** : \`group\` (ou \`<optgroup label>\`) : les lecteurs d’écran annoncent le groupe de l’option.
- Erreurs en français, affichées dès que l’usager change de choix ou à l’envoi, avec \`aria-invalid="true"\`
  et le préfixe « Erreur : » masqué visuellement ; elles sont annoncées poliment.
- La flèche est une icône décorative (\`aria-hidden\`) qui suit le thème, l’état désactivé et les couleurs
  forcées. Focus visible en thème clair, sombre et en couleurs forcées.
- Au-delà d’une quinzaine d’options, ou pour une commune, préférez une liste à saisie assistée.

**Critères RGAA** : 11.1 et 11.2 (étiquette présente et pertinente), 11.10 (contrôle de saisie : champ
obligatoire, erreurs), 11.11 (suggestion de correction), 11.13 (\`autocomplete\`, par exemple
\`country-name\`), 11.8 (options de même nature regroupées avec \`<optgroup>\`), 7.1 et 7.3 (utilisable au clavier
et par les technologies d’assistance), 3.2 (contrastes), 10.7 (focus visible).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Liste déroulante',
  component: 'gouv-select',
  tags: ['autodocs'],
  args: {
    label: 'Région',
    hint: '',
    error: '',
    name: 'region',
    value: '',
    required: false,
    disabled: false,
    options: METROPOLE,
  },
  argTypes: {
    options: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component: `La liste déroulante permet de choisir une option parmi une liste courte. C’est un \`<select>\`
natif ; les options viennent de la propriété \`options\` ou d’éléments \`<option>\` écrits dans la page.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-select
      label=${args.label}
      hint=${ifDefined(args.hint || undefined)}
      error=${ifDefined(args.error || undefined)}
      name=${args.name}
      value=${ifDefined(args.value || undefined)}
      placeholder=${ifDefined(args.placeholder)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      .options=${args.options}
    ></gouv-select>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Vide: Story = {};
export const Choisie: Story = { name: 'Option choisie', args: { value: '53' } };
export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Celle de votre domicile principal' } };
export const EnErreur: Story = {
  name: 'En erreur',
  args: { value: '94', error: 'Ce service n’est pas encore ouvert en Corse' },
};
export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true, value: '11' } };
export const Obligatoire: Story = {
  args: { required: true },
  render: (args, context) => html`
    <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
    ${meta.render!(args, context)}
  `,
};
export const Groupes: Story = {
  name: 'Options groupées',
  args: { options: REGIONS, hint: 'Les régions d’outre-mer sont groupées en fin de liste' },
};
export const OptionDesactivee: Story = {
  name: 'Option désactivée',
  args: {
    label: 'Créneau de rendez-vous',
    name: 'creneau',
    options: [
      { value: 'matin', label: 'Matin (9 h – 12 h)' },
      { value: 'midi', label: 'Midi (12 h – 14 h) : complet', disabled: true },
      { value: 'apres-midi', label: 'Après-midi (14 h – 17 h)' },
    ],
  },
};
export const InviteParticuliere: Story = {
  name: 'Invite particulière (placeholder)',
  args: {
    label: 'Pays de naissance',
    name: 'pays',
    placeholder: 'Choisissez un pays',
    autocomplete: 'country-name',
    options: [
      { value: 'FR', label: 'France' },
      { value: 'BE', label: 'Belgique' },
      { value: 'CH', label: 'Suisse' },
      { value: 'other', label: 'Autre pays' },
    ],
  },
};
export const OptionsEnHtml: Story = {
  name: 'Options écrites en HTML',
  parameters: {
    docs: {
      description: {
        story:
          'Sans script : les `<option>` et `<optgroup>` écrits dans `<gouv-select>` sont repris par l’élément ; `selected` donne la valeur par défaut.',
      },
    },
  },
  render: () => html`
    <gouv-select label="Département" name="departement" hint="Celui de votre domicile">
      <option value="">Choisissez un département</option>
      <optgroup label="Bretagne">
        <option value="22">Côtes-d’Armor</option>
        <option value="29">Finistère</option>
        <option value="35" selected>Ille-et-Vilaine</option>
        <option value="56">Morbihan</option>
      </optgroup>
      <optgroup label="Normandie">
        <option value="14">Calvados</option>
        <option value="27">Eure</option>
        <option value="50">Manche</option>
        <option value="61">Orne</option>
        <option value="76">Seine-Maritime</option>
      </optgroup>
    </gouv-select>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-select label="Region" name="region" required .options=${METROPOLE.slice(0, 5)}></gouv-select>
      <gouv-select
        label="Time slot"
        name="slot"
        hint="Mornings are fully booked"
        .options=${[
          { value: 'am', label: 'Morning', disabled: true },
          { value: 'pm', label: 'Afternoon' },
        ]}
      ></gouv-select>
    </div>
  `,
};
