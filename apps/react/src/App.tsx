// The example form of apps/html in React 19: one state object, every field controlled (its
// value comes from the state, its `onInput`/`onChange` puts it back). The fields are gouvkit's
// web components, form-associated: the browser validates and submits them, the error summary
// lists what is missing; React only holds the values.
import { useEffect, useRef, useState } from 'react';
import {
  GouvAlert,
  GouvButton,
  GouvCheckbox,
  GouvCheckboxGroup,
  GouvCombobox,
  GouvConditionalReveal,
  GouvDateInput,
  GouvDatePicker,
  GouvErrorSummary,
  GouvFieldset,
  GouvFileUpload,
  GouvInput,
  GouvRadioGroup,
  GouvRange,
  GouvSelect,
  GouvTextarea,
  GouvToggle,
  type GouvAlertElement,
} from '@gouvkit/react';
import { DemoTools } from './DemoTools.js';
import { SubmittedList } from './SubmittedList.js';
import { formEntries, type Entry } from './form-data.js';
import {
  CONTACT,
  COUNTRIES,
  INTERESTS,
  MORE_COUNTRY,
  REGIONS,
  emptyDraft,
  emptyRegistration,
  exampleDraft,
  type Registration,
} from './model.js';

export function App() {
  const [data, setData] = useState(emptyRegistration);
  const [countries, setCountries] = useState(COUNTRIES);
  const [submitted, setSubmitted] = useState<Entry[] | null>(null);
  const alert = useRef<GouvAlertElement>(null);

  const update = <K extends keyof Registration>(key: K, value: Registration[K]) =>
    setData((current) => ({ ...current, [key]: value }));

  // The success alert takes focus, so the result is announced.
  useEffect(() => {
    if (submitted) alert.current?.focus();
  }, [submitted]);

  const hasMoreCountries = countries.includes(MORE_COUNTRY);

  return (
    <main id="contenu" className="page">
      <h1>Demande d’inscription</h1>
      <form
        id="inscription"
        action="/envoyer"
        method="post"
        encType="multipart/form-data"
        onSubmit={(event) => {
          // The browser only fires `submit` once every field is valid: a demo has no server,
          // so it shows what would be sent instead.
          event.preventDefault();
          setSubmitted(formEntries(event.currentTarget));
        }}
      >
        <GouvErrorSummary />
        <p>Les champs marqués d’un astérisque sont obligatoires.</p>

        <GouvFieldset legend="Vous" legendSize="m">
          <GouvInput
            label="Nom"
            name="nom"
            autocomplete="family-name"
            required
            value={data.nom}
            onInput={(e) => update('nom', e.currentTarget.value)}
          />
          <GouvInput
            label="Adresse électronique"
            hint="Format attendu : nom@domaine.fr"
            name="email"
            type="email"
            autocomplete="email"
            required
            value={data.email}
            onInput={(e) => update('email', e.currentTarget.value)}
          />
          <GouvInput
            label="Téléphone"
            name="tel"
            type="tel"
            autocomplete="tel"
            value={data.tel}
            onInput={(e) => update('tel', e.currentTarget.value)}
          />
          <GouvInput
            label="Nombre d’enfants à charge"
            name="enfants"
            type="number"
            min="0"
            max="20"
            width="5"
            value={data.enfants}
            onInput={(e) => update('enfants', e.currentTarget.value)}
          />
          <GouvTextarea
            label="Votre message"
            name="message"
            rows={3}
            value={data.message}
            onInput={(e) => update('message', e.currentTarget.value)}
          />
        </GouvFieldset>

        <GouvSelect
          label="Région"
          name="region"
          required
          options={REGIONS}
          value={data.region}
          onChange={(e) => update('region', e.currentTarget.value)}
        />

        <GouvCheckbox
          label="J’accepte les conditions d’utilisation"
          name="cgu"
          value="oui"
          required
          checked={data.cgu}
          onChange={(e) => update('cgu', e.currentTarget.checked)}
        />
        <GouvToggle
          label="Recevoir les nouvelles du service"
          name="nouvelles"
          checked={data.nouvelles}
          onChange={(e) => update('nouvelles', e.currentTarget.checked)}
        />

        <GouvCheckboxGroup
          label="Vos centres d’intérêt"
          name="interets"
          options={INTERESTS}
          value={data.interets}
          onChange={(e) => update('interets', e.currentTarget.value)}
        />

        <GouvRadioGroup
          label="Comment vous contacter ?"
          name="contact"
          required
          options={CONTACT}
          value={data.contact}
          onChange={(e) => update('contact', e.currentTarget.value)}
        >
          <GouvConditionalReveal when="courriel">
            <GouvInput
              label="Adresse de contact"
              name="adresse-contact"
              type="email"
              autocomplete="email"
              value={data.adresseContact}
              onInput={(e) => update('adresseContact', e.currentTarget.value)}
            />
          </GouvConditionalReveal>
        </GouvRadioGroup>

        <GouvRange
          label="Votre satisfaction"
          name="satisfaction"
          min="0"
          max="10"
          value={data.satisfaction}
          onInput={(e) => update('satisfaction', e.currentTarget.value)}
        />
        <GouvFileUpload
          label="Justificatif"
          hint="Taille maximale : 5 Mo"
          name="justificatif"
          maxSize="5Mo"
          onChange={(e) => update('justificatif', e.currentTarget.files.map((file) => file.name).join(', '))}
        />
        <GouvDateInput
          label="Date de naissance"
          name="naissance"
          autocomplete="bday"
          notInFuture
          required
          value={data.naissance}
          onInput={(e) => update('naissance', e.currentTarget.value)}
        />
        <GouvDatePicker
          label="Date du rendez-vous"
          name="rendez-vous"
          value={data.rendezVous}
          onInput={(e) => update('rendezVous', e.currentTarget.value)}
        />

        {/* Its choices are <option> children React renders from the state. */}
        <GouvCombobox
          label="Pays de résidence"
          name="pays"
          required
          value={data.pays}
          onChange={(e) => update('pays', e.currentTarget.value)}
        >
          {countries.map((country) => (
            <option key={country.value} value={country.value}>
              {country.label}
            </option>
          ))}
        </GouvCombobox>

        <GouvButton type="submit">Envoyer</GouvButton>
      </form>

      <section id="resultat" hidden={!submitted}>
        <GouvAlert ref={alert} type="success" heading="Demande envoyée" headingLevel="2" tabIndex={-1}>
          Voici ce que le navigateur aurait envoyé.
        </GouvAlert>
        {submitted && <SubmittedList entries={submitted} />}
      </section>

      <DemoTools
        data={data}
        hasMoreCountries={hasMoreCountries}
        onFill={() => setData((current) => ({ ...current, ...exampleDraft() }))}
        onClear={() => setData((current) => ({ ...current, ...emptyDraft() }))}
        onToggleCountries={() =>
          setCountries((current) =>
            hasMoreCountries ? current.filter((c) => c !== MORE_COUNTRY) : [...current, MORE_COUNTRY],
          )
        }
      />
    </main>
  );
}
