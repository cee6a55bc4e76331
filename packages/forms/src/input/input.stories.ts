import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../input.js';
import { INPUT_TYPES, type GouvInput } from './gouv-input.js';

type Args = Pick<
  GouvInput,
  'label' | 'hint' | 'error' | 'name' | 'type' | 'value' | 'required' | 'disabled' | 'readonly'
> & {
  width?: string;
  placeholder?: string;
  autocomplete?: string;
  inputmode?: string;
  validate?: string;
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le champ / revient au précédent |
| Saisie | Modifie la valeur ; aucune erreur ne s’affiche pendant la frappe |
| Tab (en quittant un champ modifié) | Vérifie la valeur et affiche le message d’erreur s’il y a lieu |
| Espace (case « Afficher » d’un mot de passe) | Affiche ou masque le mot de passe |
| Entrée | Envoie le formulaire (envoi implicite, comme un champ natif) |

- **Un vrai \`<input>\` dans le DOM léger** : le libellé (\`<label for>\`), l’aide et l’erreur sont dans le même
  arbre que le champ, donc lus par tous les lecteurs d’écran, repris par le remplissage automatique, les
  gestionnaires de mots de passe et les outils d’audit.
- **Libellé toujours visible** ; l’aide (format attendu, exemple) est liée par \`aria-describedby\`, puis
  l’erreur quand elle s’affiche. Préférez l’aide au \`placeholder\`, qui disparaît à la saisie.
- **Erreurs** : en français, elles disent quoi faire (« Saisissez une adresse électronique au bon format… ») ;
  elles s’affichent quand l’usager quitte un champ qu’il a modifié ou à l’envoi, jamais pendant les premières
  frappes, puis suivent la saisie jusqu’à correction. Le champ reçoit \`aria-invalid="true"\`, le message est
  préfixé « Erreur : » (masqué visuellement) et annoncé poliment. Une erreur serveur (\`error\`) s’affiche
  d’emblée, jusqu’à ce que la valeur change. Le formulaire n’est pas envoyé tant qu’une erreur demeure.
- **Validateurs français** (\`validate="siret"\`, \`nir\`, \`iban\`, \`phone-fr\`, \`postcode\`…) : vérifient la clé
  de contrôle sans script à écrire.
- **Données personnelles** : renseignez \`autocomplete\` (\`family-name\`, \`email\`, \`tel\`, \`postal-code\`…).
- **Mot de passe** : la case « Afficher » (nom accessible « Afficher le mot de passe ») bascule l’affichage,
  \`aria-controls\` la relie au champ.
- Le champ obligatoire est signalé par un astérisque (masqué aux lecteurs d’écran, qui lisent l’état
  « obligatoire » du champ natif) ; rappelez en tête de formulaire que les champs marqués d’un astérisque sont
  obligatoires.
- Focus visible en thème clair, sombre et en couleurs forcées ; largeurs (\`width\`) qui ne débordent jamais
  d’un écran de 320 px.

**Critères RGAA** : 11.1 (chaque champ a une étiquette), 11.2 (étiquette pertinente), 11.10 (contrôle de
saisie : indication des champs obligatoires, du format attendu et des erreurs), 11.11 (suggestion de
correction), 11.13 (finalité du champ : \`autocomplete\`), 3.2 (contrastes), 10.7 (focus visible).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Champ de saisie',
  component: 'gouv-input',
  tags: ['autodocs'],
  args: {
    label: 'Nom de famille',
    hint: '',
    error: '',
    name: 'nom',
    type: 'text',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    type: { control: 'select', options: INPUT_TYPES },
    width: { control: 'select', options: [undefined, '2', '3', '4', '5', '10', '20', '30'] },
    validate: {
      control: 'select',
      options: [undefined, 'siren', 'siret', 'vat-fr', 'nir', 'iban', 'phone-fr', 'postcode', 'email', 'url'],
    },
  },
  parameters: {
    docs: {
      description: {
        component: `Le champ de saisie permet de saisir une donnée courte : texte, adresse électronique, téléphone,
adresse web, nombre, mot de passe ou recherche. C’est un \`<input>\` natif : il est envoyé, réinitialisé et
rempli automatiquement comme en HTML simple.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-input
      label=${args.label}
      hint=${ifDefined(args.hint || undefined)}
      error=${ifDefined(args.error || undefined)}
      name=${args.name}
      type=${args.type}
      value=${ifDefined(args.value || undefined)}
      width=${ifDefined(args.width)}
      placeholder=${ifDefined(args.placeholder)}
      autocomplete=${ifDefined(args.autocomplete)}
      inputmode=${ifDefined(args.inputmode)}
      validate=${ifDefined(args.validate)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></gouv-input>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Vide: Story = { args: { autocomplete: 'family-name' } };
export const Rempli: Story = { args: { value: 'Dupont', autocomplete: 'family-name' } };
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Tel qu’il figure sur votre pièce d’identité', autocomplete: 'family-name' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: {
    label: 'Code postal',
    name: 'code-postal',
    value: '7500',
    hint: 'Exemple : 75001',
    error: 'Saisissez un code postal à 5 chiffres',
    width: '5',
    autocomplete: 'postal-code',
    inputmode: 'numeric',
  },
};
export const Desactive: Story = {
  name: 'Désactivé',
  args: { disabled: true, value: 'Dupont', autocomplete: 'family-name' },
};
export const Obligatoire: Story = {
  args: { required: true, autocomplete: 'family-name' },
  render: (args, context) => html`
    <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
    ${meta.render!(args, context)}
  `,
};
export const LectureSeule: Story = {
  name: 'Lecture seule',
  args: {
    label: 'Numéro de dossier',
    name: 'dossier',
    readonly: true,
    value: 'DOS-2025-004217',
    hint: 'Attribué à l’envoi de votre demande',
  },
};

export const Courriel: Story = {
  name: 'Adresse électronique (email)',
  args: {
    label: 'Adresse électronique',
    name: 'courriel',
    type: 'email',
    hint: 'Format attendu : nom@domaine.fr',
    autocomplete: 'email',
  },
};
export const Telephone: Story = {
  name: 'Téléphone (tel)',
  args: {
    label: 'Numéro de téléphone',
    name: 'telephone',
    type: 'tel',
    hint: 'Exemple : 06 12 34 56 78',
    autocomplete: 'tel',
    width: '20',
  },
};
export const AdresseWeb: Story = {
  name: 'Adresse web (url)',
  args: {
    label: 'Site internet de votre association',
    name: 'site',
    type: 'url',
    hint: 'Exemple : https://www.exemple.fr',
    autocomplete: 'url',
  },
};
export const Nombre: Story = {
  name: 'Nombre (number)',
  args: {
    label: 'Nombre de personnes à charge',
    name: 'personnes',
    type: 'number',
    value: '2',
    width: '4',
  },
};
export const MotDePasse: Story = {
  name: 'Mot de passe (password)',
  args: {
    label: 'Mot de passe',
    name: 'mot-de-passe',
    type: 'password',
    hint: '12 caractères au moins',
    autocomplete: 'current-password',
  },
};
export const Recherche: Story = {
  name: 'Recherche (search)',
  args: { label: 'Rechercher une démarche', name: 'q', type: 'search', hint: 'Exemple : carte grise' },
};

export const Largeurs: Story = {
  name: 'Largeurs (width)',
  render: () => html`
    <gouv-input label="Jour" hint="Sur 2 chiffres" name="jour" width="2" inputmode="numeric"></gouv-input>
    <gouv-input label="Année" hint="Sur 4 chiffres" name="annee" width="4" inputmode="numeric"></gouv-input>
    <gouv-input
      label="Code postal"
      name="cp"
      width="5"
      inputmode="numeric"
      autocomplete="postal-code"
    ></gouv-input>
    <gouv-input
      label="Numéro fiscal"
      hint="13 chiffres"
      name="spi"
      width="20"
      inputmode="numeric"
    ></gouv-input>
    <gouv-input label="Ville" name="ville" width="30" autocomplete="address-level2"></gouv-input>
    <gouv-input label="Sans largeur (pleine largeur)" name="libre"></gouv-input>
  `,
};

export const ValidateursFrancais: Story = {
  name: 'Validateurs français',
  parameters: {
    docs: {
      description: {
        story:
          'Chaque champ contient une valeur invalide : l’erreur (clé de contrôle, format) s’affiche quand l’usager quitte le champ après l’avoir modifié, ou à l’envoi du formulaire.',
      },
    },
  },
  render: () => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-input
        label="Numéro SIRET"
        name="siret"
        validate="siret"
        value="12345678901234"
        hint="14 chiffres, sur votre avis de situation au répertoire SIRENE"
        inputmode="numeric"
        width="20"
        no-spellcheck
      ></gouv-input>
      <gouv-input
        label="Numéro de sécurité sociale"
        name="nir"
        validate="nir"
        value="1 85 05 78 006 084 99"
        hint="15 chiffres, sur votre carte Vitale"
        inputmode="numeric"
        width="30"
        no-spellcheck
      ></gouv-input>
      <gouv-input
        label="IBAN"
        name="iban"
        validate="iban"
        value="FR76 3000 6000 0112 3456 7890 188"
        hint="Sur votre relevé d’identité bancaire (RIB)"
        width="30"
        no-spellcheck
      ></gouv-input>
      <gouv-input
        label="Téléphone portable"
        name="portable"
        type="tel"
        validate="phone-fr"
        value="06 12 34"
        hint="Exemple : 06 12 34 56 78"
        autocomplete="tel"
        width="20"
      ></gouv-input>
    </form>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-input label="Email address" name="email" type="email" autocomplete="email" required></gouv-input>
      <gouv-input
        label="Postcode"
        name="postcode"
        value="7500"
        error="Enter a 5-digit postcode"
        width="5"
        autocomplete="postal-code"
      ></gouv-input>
      <gouv-input label="Password" name="password" type="password" autocomplete="new-password"></gouv-input>
    </div>
  `,
};
