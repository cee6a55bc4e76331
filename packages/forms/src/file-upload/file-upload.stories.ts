import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../file-upload.js';
import type { GouvFileUpload } from './gouv-file-upload.js';

type Args = Pick<
  GouvFileUpload,
  'label' | 'hint' | 'error' | 'name' | 'accept' | 'multiple' | 'required' | 'disabled'
> & {
  maxSize: string;
  maxFiles?: number;
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le bouton natif « Parcourir » (« Choisir des fichiers »), puis chaque bouton « Supprimer » de la liste |
| Entrée, Espace (sur « Parcourir ») | Ouvre le sélecteur de fichiers du système |
| Échap (dans le sélecteur) | Le referme sans rien changer |
| Entrée, Espace (sur « Supprimer ») | Retire ce fichier ; le focus passe au bouton « Supprimer » suivant, sinon au précédent, sinon au champ |

- **Un vrai \`<input type="file">\`**, dans le même arbre que son libellé (\`<label for>\`), son aide et son
  erreur (\`aria-describedby\`) : lecteurs d’écran, commande vocale, contrôle de saisie et envoi du
  formulaire fonctionnent comme en HTML simple. Les fichiers partent avec le formulaire (FormData), la
  réinitialisation vide la liste, un \`<fieldset disabled>\` désactive le champ.
- **Les contraintes sont annoncées avant le choix** : l’aide par défaut dit la taille maximale, les
  formats acceptés et le nombre de fichiers possibles (« Taille maximale : 5 Mo. Formats acceptés : pdf,
  jpg, png. Plusieurs fichiers possibles. »). \`hint\` la remplace.
- **Chaque fichier est vérifié dès son choix** : format (\`accept\`, par extension, type MIME ou \`image/*\`),
  taille (\`max-size\`, en octets ou avec unité : \`5Mo\`, \`500 ko\`), fichier vide, nombre (\`max-files\`).
  Le message nomme le fichier et dit ce qui est attendu ; il est lu par la zone de message (\`aria-live\`
  poli), relié au champ (\`aria-describedby\`, \`aria-invalid\`) et bloque l’envoi du formulaire. Dans la liste,
  le fichier refusé porte sa raison, qui décrit aussi son bouton « Supprimer ».
- **La liste des fichiers choisis** est une vraie liste nommée « Fichiers choisis ». Chaque bouton
  « Supprimer » porte le nom du fichier dans son nom accessible (« Supprimer rapport.pdf ») ; le texte
  visible « Supprimer » en est le début (RGAA 11.9, WCAG 2.5.3). Retirer un fichier garde les autres dans
  le champ natif, annonce « Fichier « b.pdf » supprimé. 2 fichiers restants. » et ne perd jamais le focus.
- **Le glisser-déposer est un plus**, jamais le seul moyen : tout le cadre pointillé est une zone de dépôt.
  Pendant le survol, le cadre change de trait, de couleur et de texte (« Relâchez pour ajouter les
  fichiers ») ; l’entrée et la sortie de la zone sont annoncées. Avec \`multiple\`, un nouveau choix ou un
  dépôt s’ajoute à la liste ; sans, il la remplace (plusieurs fichiers déposés sur un champ à fichier
  unique sont refusés, avec un message). L’indication est masquée sans souris (téléphone).
- Les noms de fichiers, venus de l’usager, sont toujours affichés comme du texte.
- Couleurs forcées : le cadre, les boutons et leurs bordures restent visibles ; focus visible partout ;
  pas d’animation si l’usager les a réduites.

**Critères RGAA** : 3.2 (contrastes), 7.1 et 7.3 (script compatible et utilisable au clavier), 7.5
(messages de statut), 10.7 (focus visible), 10.11 (320 px), 11.1 et 11.2 (étiquettes), 11.9 (intitulé des
boutons), 11.10 (contrôle de saisie), 11.11 (suggestions de correction), 12.8 (ordre de tabulation).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Ajout de fichier',
  component: 'gouv-file-upload',
  tags: ['autodocs'],
  args: {
    label: 'Ajouter un fichier',
    hint: '',
    error: '',
    name: 'fichier',
    accept: '.pdf,.jpg,.png',
    maxSize: '5Mo',
    maxFiles: undefined,
    multiple: false,
    required: false,
    disabled: false,
  },
  argTypes: {
    maxSize: { control: 'text', name: 'max-size' },
    maxFiles: { control: 'number', name: 'max-files' },
  },
  parameters: {
    docs: {
      description: {
        component: `L’ajout de fichier permet à l’usager de transmettre un ou plusieurs fichiers (justificatifs,
photos…), avec les formats et la taille attendus dits avant le choix, une vérification de chaque fichier
dès qu’il est choisi, la liste des fichiers choisis et un bouton « Supprimer » pour chacun.
Modèles : « Ajout de fichier » du DSFR et « File upload » de GOV.UK (zone de dépôt).\n${accessibility}`,
      },
    },
  },
  render: (args) => field(args),
};
export default meta;
type Story = StoryObj<Args>;

function field(args: Args, files?: () => File[]) {
  return html`<gouv-file-upload
    label=${args.label}
    hint=${args.hint || nothing}
    error=${args.error || nothing}
    name=${args.name}
    accept=${args.accept || nothing}
    max-size=${args.maxSize || nothing}
    max-files=${ifDefined(args.maxFiles)}
    ?multiple=${args.multiple}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ${files ? ref(withFiles(files)) : nothing}
  ></gouv-file-upload>`;
}

const filled = new WeakSet<Element>();
/** Chooses files as the OS picker would, once the element has rendered (stories can't open the picker). */
function withFiles(files: () => File[]) {
  return (el: Element | undefined) => {
    if (!el || filled.has(el)) return;
    filled.add(el);
    void (async () => {
      await customElements.whenDefined('gouv-file-upload');
      const upload = el as GouvFileUpload;
      await upload.updateComplete;
      const input = upload.input;
      if (!input) return;
      const data = new DataTransfer();
      for (const file of files()) data.items.add(file);
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    })();
  };
}

const sample = (name: string, size: number, type: string) =>
  new File([new Uint8Array(size)], name, { type, lastModified: Date.UTC(2025, 0, 15) });

export const Vide: Story = {};

export const PlusieursFichiers: Story = {
  name: 'Plusieurs fichiers',
  args: { label: 'Ajouter des fichiers', name: 'fichiers', multiple: true, maxFiles: 5 },
};

export const AvecFichiers: Story = {
  name: 'Avec des fichiers choisis',
  args: { label: 'Justificatifs', name: 'justificatifs', multiple: true },
  render: (args) =>
    field(args, () => [
      sample('justificatif-de-domicile.pdf', 1_240_000, 'application/pdf'),
      sample('piece-identite-recto.jpg', 820_000, 'image/jpeg'),
      sample('piece-identite-verso.jpg', 790_000, 'image/jpeg'),
    ]),
};

export const FichiersRefuses: Story = {
  name: 'Fichiers refusés (format, taille, vide)',
  args: { label: 'Justificatifs', name: 'justificatifs', multiple: true },
  render: (args) =>
    field(args, () => [
      sample('attestation.pdf', 300_000, 'application/pdf'),
      sample('installateur.exe', 2_000_000, 'application/x-msdownload'),
      sample('scan-haute-definition.pdf', 12_500_000, 'application/pdf'),
      sample('photo.png', 0, 'image/png'),
    ]),
};

export const TropDeFichiers: Story = {
  name: 'Trop de fichiers (max-files)',
  args: { label: 'Photos du sinistre', name: 'photos', accept: 'image/*', multiple: true, maxFiles: 2 },
  render: (args) =>
    field(args, () => [
      sample('cuisine.jpg', 2_100_000, 'image/jpeg'),
      sample('salon.jpg', 1_900_000, 'image/jpeg'),
      sample('facade.jpg', 2_400_000, 'image/jpeg'),
    ]),
};

export const AvecAide: Story = {
  name: 'Avec une aide propre',
  args: { hint: 'Un justificatif de domicile de moins de 3 mois, au format pdf, 5 Mo au maximum.' },
};

export const Erreur: Story = {
  name: 'Erreur (serveur)',
  args: { error: 'Le fichier n’a pas pu être lu : envoyez-le de nouveau.' },
};

export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

export const Obligatoire: Story = {
  args: { required: true, label: 'Pièce d’identité', name: 'identite' },
  parameters: {
    docs: {
      description: {
        story: 'Envoyez le formulaire sans fichier : le message s’affiche et le formulaire n’est pas envoyé.',
      },
    },
  },
  render: (args) =>
    html`<form @submit=${(e: Event) => e.preventDefault()}>
      ${field(args)}
      <button type="submit">Envoyer</button>
    </form>`,
};

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire (FormData)',
  args: { label: 'Justificatifs', name: 'justificatifs', multiple: true },
  parameters: {
    docs: {
      description: {
        story:
          'Choisissez ou déposez des fichiers, supprimez-en un, puis envoyez : la liste des fichiers reçus par le formulaire (FormData) s’affiche, exactement ceux de la liste. « Réinitialiser » la vide.',
      },
    },
  },
  render: (args) =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const sent = new FormData(form)
          .getAll(args.name)
          .map((value) => (value as File).name)
          .filter(Boolean);
        form.querySelector('output')!.textContent = sent.length
          ? `Fichiers envoyés : ${sent.join(', ')}`
          : 'Aucun fichier envoyé';
      }}
    >
      ${field(args)}
      <p>
        <button type="submit">Envoyer</button>
        <button type="reset">Réinitialiser</button>
      </p>
      <output aria-live="polite"></output>
    </form>`,
};

export const Anglais: Story = {
  name: 'En anglais',
  args: {
    label: 'Supporting documents',
    name: 'documents',
    multiple: true,
    maxFiles: 3,
  },
  render: (args) =>
    html`<div lang="en">
      ${field(args, () => [
        sample('proof-of-address.pdf', 1_240_000, 'application/pdf'),
        sample('setup.exe', 2_000_000, 'application/x-msdownload'),
      ])}
    </div>`,
};
