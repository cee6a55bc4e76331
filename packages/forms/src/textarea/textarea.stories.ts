import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../textarea.js';
import type { GouvTextarea } from './gouv-textarea.js';

type Args = Pick<
  GouvTextarea,
  'label' | 'hint' | 'error' | 'name' | 'value' | 'rows' | 'required' | 'disabled' | 'readonly'
> & {
  maxlength?: number;
  maxwords?: number;
  minlength?: number;
  autocomplete?: string;
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint la zone de texte / revient au champ précédent |
| Saisie, Entrée | Modifie le texte ; Entrée passe à la ligne (elle n’envoie pas le formulaire) |
| Tab (en quittant une zone modifiée) | Vérifie le texte et affiche le message d’erreur s’il y a lieu |

- **Un vrai \`<textarea>\` dans le DOM léger** : libellé (\`<label for>\`), aide, compteur et erreur sont dans le
  même arbre que le champ ; il est envoyé, réinitialisé et rempli automatiquement comme en HTML simple.
- **Compteur** (avec \`maxlength\`, ou \`maxwords\` pour compter les mots), sur le modèle du GOV.UK : « Vous pouvez
  saisir encore 12 caractères », puis « Vous avez dépassé la limite de 3 caractères ». Il décrit la zone de
  texte (\`aria-describedby\`, après l’aide) : il est lu à la prise de focus.
- **Annonce mesurée** : le compteur est lu aux lecteurs d’écran dans une zone \`aria-live="polite"\` qui lui est
  propre, une seule fois quand l’usager marque une pause d’une seconde, jamais à chaque frappe. Pendant la
  saisie dans une zone limitée, la zone d’erreur (dont le texte cite la longueur) se tait ; elle reparle quand
  l’usager quitte le champ ou envoie le formulaire.
- **Dépassement permis, jamais de coupe silencieuse** : l’usager peut dépasser la limite (un texte collé
  n’est pas tronqué) ; le compteur passe en rouge avec des mots explicites (la couleur n’est pas seule), le
  champ est invalide et le formulaire n’est pas envoyé, avec le message « Saisissez 200 caractères au maximum
  (vous en avez saisi 213) ». Les caractères sont comptés comme par @gouvkit/validators (un « é » compte
  pour un, un saut de ligne aussi).
- Erreurs en français, affichées quand l’usager quitte un champ modifié ou à l’envoi, avec
  \`aria-invalid="true"\` et le préfixe « Erreur : » masqué visuellement.
- La zone ne s’agrandit qu’en hauteur : elle ne déborde jamais d’un écran de 320 px. Focus visible en thème
  clair, sombre et en couleurs forcées.

**Critères RGAA** : 11.1 et 11.2 (étiquette présente et pertinente), 11.10 (contrôle de saisie : champ
obligatoire, longueur attendue, erreurs), 11.11 (suggestion de correction), 11.13 (\`autocomplete\` pour une
adresse), 7.1 et 7.5 (script compatible, messages de statut), 3.1 et 3.2 (information pas seulement par la
couleur, contrastes), 10.7 (focus visible).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Zone de texte',
  component: 'gouv-textarea',
  tags: ['autodocs'],
  args: {
    label: 'Votre message',
    hint: '',
    error: '',
    name: 'message',
    value: '',
    rows: 5,
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    maxlength: { control: 'number' },
    maxwords: { control: 'number' },
    minlength: { control: 'number' },
  },
  parameters: {
    docs: {
      description: {
        component: `La zone de texte permet de saisir un texte long, sur plusieurs lignes : un message, la description
d’une situation, un motif. Avec une limite (\`maxlength\` ou \`maxwords\`), un compteur indique ce qu’il reste.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-textarea
      label=${args.label}
      hint=${ifDefined(args.hint || undefined)}
      error=${ifDefined(args.error || undefined)}
      name=${args.name}
      value=${ifDefined(args.value || undefined)}
      rows=${args.rows}
      maxlength=${ifDefined(args.maxlength)}
      maxwords=${ifDefined(args.maxwords)}
      minlength=${ifDefined(args.minlength)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></gouv-textarea>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const LETTER =
  'Bonjour,\nJe souhaite modifier l’adresse de livraison de mon titre de séjour : je déménage le mois prochain.';

export const Vide: Story = {};
export const Rempli: Story = { args: { value: LETTER } };
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Décrivez votre situation en quelques phrases. N’indiquez pas vos coordonnées bancaires.' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: { label: 'Motif de la demande', error: 'Décrivez le motif de votre demande' },
};
export const Desactive: Story = { name: 'Désactivée', args: { disabled: true, value: LETTER } };
export const Obligatoire: Story = {
  args: { required: true },
  render: (args, context) => html`
    <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
    ${meta.render!(args, context)}
  `,
};
export const LectureSeule: Story = {
  name: 'Lecture seule',
  args: { label: 'Votre demande initiale', readonly: true, value: LETTER, rows: 3 },
};
export const Compteur: Story = {
  name: 'Avec compteur de caractères',
  args: {
    label: 'Motif de la demande',
    hint: 'Soyez précis : votre demande sera traitée plus vite.',
    maxlength: 200,
    value: 'Changement d’adresse',
  },
};
export const LimiteDepassee: Story = {
  name: 'Limite dépassée',
  parameters: {
    docs: {
      description: {
        story:
          'Le texte dépasse la limite : le compteur le dit en rouge, et le message d’erreur s’affiche quand l’usager quitte le champ ou envoie le formulaire.',
      },
    },
  },
  args: { label: 'Motif de la demande', maxlength: 80, value: LETTER },
};
export const LimiteDepasseeEnErreur: Story = {
  name: 'Limite dépassée, après envoi',
  args: {
    label: 'Motif de la demande',
    maxlength: 80,
    value: LETTER,
    error: 'Saisissez 80 caractères au maximum (vous en avez saisi 107)',
  },
};
export const CompteurDeMots: Story = {
  name: 'Avec compteur de mots (maxwords)',
  args: { label: 'Résumé de votre projet', hint: 'En 50 mots au plus', maxwords: 50 },
};
export const Adresse: Story = {
  name: 'Adresse (autocomplete)',
  args: {
    label: 'Adresse postale',
    name: 'adresse',
    hint: 'Numéro, voie, complément',
    rows: 3,
    autocomplete: 'street-address',
  },
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-textarea label="Your message" name="message" maxlength="200"></gouv-textarea>
      <gouv-textarea
        label="Reason"
        name="reason"
        maxlength="10"
        value="A much longer reason"
        hint="In a few words"
      ></gouv-textarea>
    </div>
  `,
};
