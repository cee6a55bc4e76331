// The page of the no-JS test: a form with every field of @gouvkit/forms. The same template is
// rendered on the server (`@gouvkit/core/ssr.js`) and hydrated in the browser (`hydrate()` of
// `@lit-labs/ssr-client`), as a Lit SSR page does: the data given as properties (`.options`) is
// written in the server markup, then set on the elements when they hydrate.
import { html } from 'lit';

export const REGIONS = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];

export const INTERESTS = [
  { value: 'sport', label: 'Sport' },
  { value: 'culture', label: 'Culture' },
  { value: 'nature', label: 'Nature' },
];

export const CONTACT = [
  { value: 'courriel', label: 'Par courriel' },
  { value: 'telephone', label: 'Par téléphone' },
];

export const COUNTRIES = [
  { value: 'FR', label: 'France' },
  { value: 'BE', label: 'Belgique' },
  { value: 'CH', label: 'Suisse' },
];

/** The form, in a container the browser hydrates (`#app`). */
export function everyField() {
  return html`<form method="post" action="/submit" enctype="multipart/form-data">
    <gouv-error-summary></gouv-error-summary>
    <gouv-fieldset legend="Identité">
      <gouv-input label="Nom" name="nom" autocomplete="family-name"></gouv-input>
      <gouv-input label="Adresse électronique" name="email" type="email"></gouv-input>
      <gouv-input label="Téléphone" name="tel" type="tel"></gouv-input>
      <gouv-input label="Nombre d’enfants" name="enfants" type="number" min="0" max="20"></gouv-input>
      <gouv-input label="Mot de passe" name="secret" type="password"></gouv-input>
    </gouv-fieldset>
    <gouv-textarea label="Message" name="message" rows="3"></gouv-textarea>
    <gouv-select label="Région" name="region" .options=${REGIONS}></gouv-select>
    <gouv-checkbox label="J’accepte les conditions" name="cgu" value="oui"></gouv-checkbox>
    <gouv-toggle label="Recevoir les nouvelles" name="nouvelles"></gouv-toggle>
    <gouv-checkbox-group
      label="Centres d’intérêt"
      name="interets"
      .options=${INTERESTS}
    ></gouv-checkbox-group>
    <gouv-radio-group label="Être contacté" name="contact" .options=${CONTACT}>
      <gouv-conditional-reveal when="courriel">
        <gouv-input label="Adresse de contact" name="adresse-contact" type="email"></gouv-input>
      </gouv-conditional-reveal>
    </gouv-radio-group>
    <gouv-range label="Satisfaction" name="satisfaction" min="0" max="10" step="1" value="5"></gouv-range>
    <gouv-file-upload label="Justificatif" name="justificatif"></gouv-file-upload>
    <gouv-date-input label="Date de naissance" name="naissance"></gouv-date-input>
    <gouv-date-picker label="Date du rendez-vous" name="rendez-vous"></gouv-date-picker>
    <gouv-combobox label="Pays de naissance" name="pays" .options=${COUNTRIES}></gouv-combobox>
    <gouv-button type="submit">Envoyer</gouv-button>
  </form>`;
}
