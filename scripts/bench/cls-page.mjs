// @ts-check
// The page of the layout-shift benchmark (scripts/bench-cls.mjs): 20 fields of every kind in a
// form, then real content. The fields are written once, as data, and rendered two ways: plain
// HTML (what a page wrote before server rendering: choices as `<option>` children), and a Lit
// template for the server renderer (choices as data, `.options`), hydrated in the browser.
import { html, unsafeStatic } from 'lit/static-html.js';

/** @typedef {{ value: string, label: string }} Choice */
/** @typedef {[tag: string, attributes: string, choices?: Choice[]]} Field */

const REGIONS = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];
const COUNTRIES = [
  { value: 'FR', label: 'France' },
  { value: 'BE', label: 'Belgique' },
  { value: 'CH', label: 'Suisse' },
];
const CONTACT = [
  { value: 'courriel', label: 'Par courriel' },
  { value: 'telephone', label: 'Par téléphone' },
  { value: 'courrier', label: 'Par courrier' },
];
const SITUATION = [
  { value: 'salarie', label: 'Salarié' },
  { value: 'independant', label: 'Indépendant' },
];
const INTERESTS = [
  { value: 'sport', label: 'Sport' },
  { value: 'culture', label: 'Culture' },
  { value: 'nature', label: 'Nature' },
];

/** The first fields, in a `gouv-fieldset`. */
const IDENTITY = /** @type {Field[]} */ ([
  [
    'gouv-input',
    'label="Nom" name="nom" autocomplete="family-name" hint="Tel qu’il figure sur votre pièce d’identité"',
  ],
  ['gouv-input', 'label="Prénom" name="prenom" autocomplete="given-name"'],
  ['gouv-date-input', 'label="Date de naissance" name="naissance" autocomplete="bday"'],
]);

/** The other fields. */
const OTHERS = /** @type {Field[]} */ ([
  ['gouv-input', 'label="Adresse électronique" name="email" type="email" autocomplete="email"'],
  ['gouv-input', 'label="Téléphone" name="tel" type="tel" autocomplete="tel"'],
  ['gouv-input', 'label="Code postal" name="cp" width="5" error="Saisissez un code postal à 5 chiffres"'],
  ['gouv-input', 'label="Nombre d’enfants" name="enfants" type="number" min="0"'],
  ['gouv-input', 'label="Mot de passe" name="secret" type="password" autocomplete="new-password"'],
  ['gouv-select', 'label="Région" name="region"', REGIONS],
  ['gouv-combobox', 'label="Pays de naissance" name="pays"', COUNTRIES],
  ['gouv-radio-group', 'label="Être contacté" name="contact"', CONTACT],
  ['gouv-radio-group', 'label="Situation" name="situation" inline', SITUATION],
  ['gouv-checkbox-group', 'label="Centres d’intérêt" name="interets"', INTERESTS],
  ['gouv-date-picker', 'label="Date du rendez-vous" name="rendez-vous"'],
  ['gouv-range', 'label="Satisfaction" name="satisfaction" min="0" max="10" value="5"'],
  ['gouv-file-upload', 'label="Justificatif" name="justificatif" hint="PDF, 2 Mo au plus"'],
  ['gouv-textarea', 'label="Votre message" name="message" rows="4"'],
  ['gouv-toggle', 'label="Recevoir les nouvelles" name="nouvelles"'],
  ['gouv-checkbox', 'label="J’accepte les conditions d’utilisation" name="cgu" required'],
  ['gouv-input', 'label="Numéro de dossier" name="dossier" hint="Par exemple : 2025-00042"'],
]);

/** How many fields the page has. */
export const FIELD_COUNT = IDENTITY.length + OTHERS.length;

const escapeText = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** @param {Field} field */
function plainField([tag, attributes, choices]) {
  const children = (choices ?? []).map(
    ({ value, label }) => `<option value="${value}">${escapeText(label)}</option>`,
  );
  return `<${tag} ${attributes}>${children.join('')}</${tag}>`;
}

/** (a) The form as plain HTML: the elements render it when their script runs. */
export function plainForm() {
  return `<form method="post">
      <gouv-fieldset legend="Identité">
        ${IDENTITY.map(plainField).join('\n        ')}
      </gouv-fieldset>
      ${OTHERS.map(plainField).join('\n      ')}
      <gouv-button type="submit">Envoyer</gouv-button>
    </form>`;
}

/** @param {Field} field */
function templateField([tag, attributes, choices]) {
  const name = unsafeStatic(tag);
  // The attributes are this file's own constants, never user input.
  const attrs = unsafeStatic(attributes);
  // lit/static-html.js makes tag names static (`unsafeStatic`): the lint rules see bindings there.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return choices
    ? html`<${name} ${attrs} .options=${choices}></${name}>`
    : html`<${name} ${attrs}></${name}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}

/** (b) The same form as a template: rendered on the server, hydrated in the browser. */
export function formTemplate() {
  return html`<form method="post">
    <gouv-fieldset legend="Identité">${IDENTITY.map(templateField)}</gouv-fieldset>
    ${OTHERS.map(templateField)}
    <gouv-button type="submit">Envoyer</gouv-button>
  </form>`;
}

/**
 * The page around the form (`#app`), with real content below it.
 *
 * @param {string} form
 * @param {{ head?: string, script?: string }} [options]
 */
export function pageAround(form, { head = '', script = '/elements.js' } = {}) {
  return `<!DOCTYPE html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Demande d’aide</title>
    <link rel="icon" href="data:," />
    ${head}
    <style>
      body { margin: 0 auto; max-width: 48rem; padding: 1rem; font-family: arial, sans-serif; line-height: 1.5; }
    </style>
  </head>
  <body>
    <h1>Demande d’aide au logement</h1>
    <p>Tous les champs sont obligatoires sauf mention contraire.</p>
    <main id="app">${form}</main>
    <section>
      <h2>Comment vos données sont utilisées</h2>
      <p>Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par le service instructeur pour le traitement de votre demande. Elles sont conservées pendant la durée nécessaire à son instruction, puis archivées.</p>
      <p>Conformément au règlement général sur la protection des données, vous pouvez exercer votre droit d’accès aux données vous concernant et les faire rectifier en contactant le service. Vous pouvez également introduire une réclamation auprès de la CNIL.</p>
      <p>Le délai de traitement d’une demande complète est de deux mois. Vous recevrez un courriel à chaque étape de l’instruction.</p>
    </section>
    <footer>
      <p>Service public — Ministère de l’Exemple</p>
      <ul>
        <li><a href="#accessibilite">Accessibilité : partiellement conforme</a></li>
        <li><a href="#mentions">Mentions légales</a></li>
        <li><a href="#donnees">Données personnelles</a></li>
      </ul>
    </footer>
    <script type="module" src="${script}"></script>
  </body>
</html>`;
}
