import { html } from 'lit';
import '../all.js';
import '@gouvkit/components/button.js';
import '@gouvkit/components/alert.js';

/**
 * « Formulaire complet »: a realistic application form built only from gouvkit fields:
 * identity, address with the commune combobox, SIRET, NIR, IBAN, date of birth and a file.
 * On a valid submission it shows what the browser would send (the form's FormData).
 * Shared by the story and by the keyboard-only test, so both exercise the same page.
 */
export function completeForm() {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const sent = [...new FormData(form)].map(([key, value]) =>
      typeof value === 'string' ? `${key} = ${value}` : `${key} = ${value.name} (${value.size} octets)`,
    );
    const output = form.querySelector<HTMLElement>('[data-sent]')!;
    output.hidden = false;
    output
      .querySelector('ul')!
      .replaceChildren(
        ...sent.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
      );
    output.querySelector('gouv-alert')?.focus();
  };
  return html`
    <form id="demande" @submit=${onSubmit} style="max-width: 40rem">
      <gouv-error-summary></gouv-error-summary>
      <p>Tous les champs sont obligatoires, sauf mention contraire.</p>

      <gouv-fieldset legend="Votre identité" legend-size="m">
        <gouv-input label="Nom" name="nom" autocomplete="family-name" required></gouv-input>
        <gouv-input label="Prénoms" name="prenoms" autocomplete="given-name" required></gouv-input>
        <gouv-date-input
          label="Date de naissance"
          name="naissance"
          autocomplete="bday"
          required
          not-in-future
        ></gouv-date-input>
        <gouv-input
          label="Numéro de sécurité sociale"
          hint="15 chiffres, clé comprise, tel qu’il figure sur votre carte Vitale"
          name="nir"
          validate="nir"
          inputmode="numeric"
          no-spellcheck
          required
        ></gouv-input>
      </gouv-fieldset>

      <gouv-fieldset legend="Votre adresse" legend-size="m">
        <gouv-input label="Numéro et voie" name="adresse" autocomplete="street-address" required></gouv-input>
        <gouv-combobox
          label="Commune"
          hint="Saisissez le nom ou le code postal, puis choisissez dans la liste"
          name="commune"
          source="communes"
          required
        ></gouv-combobox>
      </gouv-fieldset>

      <gouv-fieldset legend="Votre entreprise et votre compte" legend-size="m">
        <gouv-input
          label="Numéro SIRET"
          hint="14 chiffres"
          name="siret"
          validate="siret"
          inputmode="numeric"
          width="20"
          required
        ></gouv-input>
        <gouv-input
          label="IBAN"
          hint="Tel qu’il figure sur votre relevé d’identité bancaire (RIB)"
          name="iban"
          validate="iban"
          no-spellcheck
          required
        ></gouv-input>
      </gouv-fieldset>

      <gouv-file-upload
        label="Justificatif de domicile"
        name="justificatif"
        accept=".pdf,.jpg,.png"
        max-size="5Mo"
        required
      ></gouv-file-upload>

      <gouv-button type="submit">Envoyer la demande</gouv-button>

      <div data-sent hidden>
        <gouv-alert type="success" heading="Demande prête à être envoyée" heading-level="2" tabindex="-1">
          Voici les données que le navigateur envoie :
        </gouv-alert>
        <ul></ul>
      </div>
    </form>
  `;
}
