import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../date-input.js';
import type { GouvDateInput } from './gouv-date-input.js';

type Args = Pick<
  GouvDateInput,
  'label' | 'hint' | 'name' | 'value' | 'required' | 'disabled' | 'notInFuture' | 'error'
> & {
  min?: string;
  max?: string;
  autocomplete?: 'bday' | 'off';
};

const accessibility = `
Pour une date que la personne **connaît** (sa date de naissance, la date d’un document) : trois
champs plutôt qu’un calendrier, comme le recommandent le DSFR et GOV.UK. Pour une date à chercher
(un rendez-vous), voir le « Sélecteur de date ».

- Envoie **une seule valeur ISO \`AAAA-MM-JJ\`** sous \`name\` (les trois champs n’ont pas de \`name\`) :
  le serveur reçoit le même format quelle que soit la saisie (« 07 », « 7 », « juillet », « July »).
- **Messages** (formulation GOV.UK adaptée) : « Saisissez l’année de la date de naissance »,
  « La date doit être une date réelle » (31/02, 29/02 hors année bissextile), « L’année doit
  comporter 4 chiffres », « La date de naissance doit être dans le passé » (\`not-in-future\`),
  « La date doit être le 1er janvier 2000 ou après » (\`min\`), et une tranche d’âge
  (\`min-age\`, \`max-age\`). \`subject\` dit comment nommer la date (« la date d’effet »).

## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Passe du jour au mois puis à l’année (le focus ne saute jamais seul d’un champ à l’autre) |
| Chiffres, lettres | Saisissent la valeur ; le mois s’écrit aussi en lettres (« mars ») |

- **Groupe** : un \`<fieldset>\` dont la \`<legend>\` est le libellé ; l’aide et l’erreur décrivent le
  groupe (\`aria-describedby\`), chaque champ a son propre \`<label>\` visible (Jour, Mois, Année).
- **Exemple de format** toujours visible (« Par exemple : 14 07 1990 »), remplaçable par \`hint\`.
- **Erreur** : un seul message pour le groupe, dans une zone \`aria-live="polite"\`, préfixé
  « Erreur : » pour les lecteurs d’écran ; seuls les champs à corriger reçoivent
  \`aria-invalid="true"\` et le soulignement d’erreur ; \`focus()\` (et le lien du récapitulatif
  d’erreurs) mène au premier d’entre eux. Le formulaire n’est pas envoyé tant que l’erreur demeure.
- **Autocomplétion** : \`autocomplete="bday"\` donne \`bday-day\`, \`bday-month\`, \`bday-year\`.
- \`inputmode="numeric"\` affiche le pavé numérique sur mobile ; pas de \`type="number"\` (pas de
  flèches, pas d’arrondi, zéros initiaux conservés).
- Couleurs forcées : bordures visibles, champ en erreur en couleur \`Mark\` ; focus toujours visible.

**Critères RGAA** : 3.2 (contrastes), 7.1 et 7.3 (utilisable au clavier), 8.7 (changement de
langue), 10.7 (focus visible), 11.1 et 11.2 (étiquettes), 11.5 et 11.6 (regroupement et légende),
11.10 (contrôle de saisie : format indiqué, erreurs explicites), 11.11 (suggestions de correction),
11.13 (finalité des champs).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Date en trois champs',
  component: 'gouv-date-input',
  tags: ['autodocs'],
  args: {
    label: 'Date de naissance',
    hint: '',
    name: 'naissance',
    value: '',
    required: false,
    disabled: false,
    notInFuture: false,
    error: '',
    autocomplete: 'bday',
  },
  argTypes: {
    autocomplete: { control: 'inline-radio', options: ['bday', 'off'] },
    min: { control: 'text' },
    max: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component: `Une date saisie en trois champs : jour, mois, année (DSFR « Date unique », GOV.UK « Date input »).\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-date-input
      label=${args.label}
      hint=${args.hint}
      name=${args.name}
      value=${args.value}
      error=${args.error}
      min=${ifDefined(args.min || undefined)}
      max=${ifDefined(args.max || undefined)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?not-in-future=${args.notInFuture}
    ></gouv-date-input>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Types `parts` in the boxes and shows the error at once, as after leaving the field (no focus move). */
function typed(day: string, month: string, year: string) {
  return ref(async (node) => {
    const el = node as GouvDateInput | undefined;
    if (!el) return;
    await el.updateComplete;
    el.formStateRestoreCallback(JSON.stringify([day, month, year]));
    await el.updateComplete;
    // An `invalid` event on a box shows the message, as a submit attempt does.
    el.inputFor('day')?.checkValidity();
  });
}

export const Vide: Story = {};

export const Remplie: Story = { args: { value: '1990-07-14' } };

export const AvecAide: Story = {
  name: 'Avec aide',
  args: {
    label: 'Date de délivrance',
    hint: 'Elle figure au dos de votre carte d’identité. Par exemple : 27 03 2021',
    autocomplete: undefined,
    name: 'delivrance',
  },
};

export const Obligatoire: Story = { args: { required: true } };

export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true, value: '1990-07-14' } };

export const ErreurServeur: Story = {
  name: 'Erreur (serveur)',
  args: { value: '1990-07-14', error: 'Cette date ne correspond pas à celle de votre dossier' },
};

export const DateIrreelle: Story = {
  name: 'Erreur : date qui n’existe pas (31/02)',
  render: () =>
    html`<gouv-date-input
      label="Date de naissance"
      name="naissance"
      autocomplete="bday"
      ${typed('31', '02', '1990')}
    ></gouv-date-input>`,
};

export const AnneeManquante: Story = {
  name: 'Erreur : année manquante',
  render: () =>
    html`<gouv-date-input
      label="Date de naissance"
      name="naissance"
      autocomplete="bday"
      ${typed('14', '07', '')}
    ></gouv-date-input>`,
};

export const DansLeFutur: Story = {
  name: 'Erreur : naissance dans le futur (not-in-future)',
  render: () =>
    html`<gouv-date-input
      label="Date de naissance"
      name="naissance"
      autocomplete="bday"
      not-in-future
      ${typed('01', '01', String(new Date().getFullYear() + 1))}
    ></gouv-date-input>`,
};

export const Limites: Story = {
  name: 'Limites (min et max)',
  render: () =>
    html`<gouv-date-input
      label="Date de début du contrat"
      subject="la date de début du contrat"
      name="debut"
      min="2025-01-01"
      max="2025-12-31"
      hint="Une date de 2025. Par exemple : 1 9 2025"
      ${typed('1', '9', '2026')}
    ></gouv-date-input>`,
};

export const TrancheDAge: Story = {
  name: 'Tranche d’âge (min-age)',
  render: () =>
    html`<gouv-date-input
      label="Date de naissance du demandeur"
      name="naissance"
      autocomplete="bday"
      min-age="18"
      ${typed('1', '1', String(new Date().getFullYear() - 10))}
    ></gouv-date-input>`,
};

export const MoisEnLettres: Story = {
  name: 'Mois en lettres',
  parameters: {
    docs: {
      description: { story: 'Le mois peut s’écrire « mars », « févr. » ou « March » : la valeur reste ISO.' },
    },
  },
  render: () =>
    html`<gouv-date-input label="Date d’arrivée en France" name="arrivee" ${typed('1er', 'mars', '2019')}>
    </gouv-date-input>`,
};

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire (FormData)',
  render: () => html`
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <gouv-date-input label="Date de naissance" name="naissance" autocomplete="bday" not-in-future required>
      </gouv-date-input>
      <button type="submit">Envoyer</button> <button type="reset">Réinitialiser</button>
      <p>Données envoyées : <output>—</output></p>
    </form>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-date-input label="Date of birth" name="dob" autocomplete="bday" not-in-future></gouv-date-input>
      <gouv-date-input label="Date of birth" name="dob2" autocomplete="bday" ${typed('29', '2', '2023')}>
      </gouv-date-input>
    </div>
  `,
};

export const Etroit: Story = {
  name: 'Écran de 320 px',
  render: () => html`
    <div style="max-width: 320px">
      <gouv-date-input
        label="Date de naissance de la personne à charge, telle qu’inscrite sur l’acte de naissance"
        name="naissance"
        autocomplete="bday"
        ${typed('14', '', '')}
      ></gouv-date-input>
    </div>
  `,
};
