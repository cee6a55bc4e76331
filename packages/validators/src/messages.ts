// Texts follow the DSFR / GOV.UK error-message style: say what to do, not what went wrong.
// French typography: typographic apostrophe, and a no-break space (\u00a0) before « : »
// so the colon never starts a line.

const fr = {
  required: 'Renseignez ce champ, il est obligatoire',
  'text.minLength': 'Saisissez au moins {min} caractères',
  'text.maxLength': 'Saisissez {max} caractères au maximum (vous en avez saisi {length})',
  'text.pattern': 'Saisissez une valeur au format demandé',
  'text.patternExample': 'Saisissez une valeur au format demandé, par exemple {example}',
  'number.invalid': 'Saisissez un nombre, par exemple 12 ou 12,5',
  'number.min': 'Saisissez un nombre supérieur ou égal à {min}',
  'number.max': 'Saisissez un nombre inférieur ou égal à {max}',
  'number.step': 'Saisissez un nombre multiple de {step}',
  'url.empty': 'Saisissez une adresse web',
  'url.format': 'Saisissez une adresse web complète, par exemple https://www.service-public.fr',

  'siren.empty': 'Saisissez le numéro SIREN',
  'siren.digits': 'Le numéro SIREN ne doit contenir que des chiffres',
  'siren.length': 'Saisissez un numéro SIREN à 9 chiffres',
  'siren.checksum': 'Le numéro SIREN n’est pas valide\u00a0: vérifiez les 9 chiffres',

  'siret.empty': 'Saisissez le numéro SIRET',
  'siret.digits': 'Le numéro SIRET ne doit contenir que des chiffres',
  'siret.length': 'Saisissez un numéro SIRET à 14 chiffres',
  'siret.checksum': 'Le numéro SIRET n’est pas valide\u00a0: vérifiez les 14 chiffres',

  'vatFr.empty': 'Saisissez le numéro de TVA intracommunautaire',
  'vatFr.format':
    'Saisissez un numéro de TVA commençant par FR, suivi de la clé à 2 caractères et des 9 chiffres du SIREN',
  'vatFr.siren':
    'Le numéro SIREN contenu dans le numéro de TVA n’est pas valide\u00a0: vérifiez les 9 derniers chiffres',
  'vatFr.key': 'La clé du numéro de TVA ne correspond pas au SIREN\u00a0: vérifiez les 2 caractères après FR',

  'nir.empty': 'Saisissez le numéro de sécurité sociale',
  'nir.format':
    'Le numéro de sécurité sociale ne doit contenir que des chiffres, et 2A ou 2B pour une naissance en Corse',
  'nir.length': 'Saisissez les 15 chiffres du numéro de sécurité sociale, clé comprise',
  'nir.sex':
    'Le premier chiffre du numéro de sécurité sociale n’est pas valide\u00a0: il est normalement 1 ou 2',
  'nir.month':
    'Les chiffres 4 et 5 du numéro de sécurité sociale (mois de naissance) ne sont pas valides\u00a0: vérifiez-les',
  'nir.departement':
    'Les chiffres 6 et 7 du numéro de sécurité sociale (département de naissance) ne sont pas valides\u00a0: vérifiez-les',
  'nir.checksum': 'Le numéro de sécurité sociale n’est pas valide\u00a0: vérifiez les 13 chiffres et la clé',
  'nir.temporary':
    'Saisissez un numéro de sécurité sociale définitif, commençant par 1 ou 2\u00a0: les numéros provisoires ne sont pas acceptés ici',
  'nir.birthYearMismatch':
    'Le numéro de sécurité sociale ne correspond pas à l’année de naissance {year}\u00a0: vérifiez les chiffres 2 et 3',
  'nir.birthMonthMismatch':
    'Le numéro de sécurité sociale ne correspond pas au mois de naissance indiqué\u00a0: vérifiez les chiffres 4 et 5',
  'nir.departementMismatch':
    'Le numéro de sécurité sociale ne correspond pas au lieu de naissance indiqué ({departement})\u00a0: vérifiez les chiffres 6 et 7',

  'iban.empty': 'Saisissez un IBAN',
  'iban.format':
    'L’IBAN n’est pas au bon format\u00a0: recopiez-le tel qu’il figure sur le relevé d’identité bancaire (RIB)',
  'iban.country': 'L’IBAN doit commencer par le code du pays, par exemple FR',
  'iban.countryNotAllowed':
    'Les IBAN commençant par {country} ne sont pas acceptés ici. Codes pays acceptés\u00a0: {countries}',
  'iban.length':
    'Un IBAN commençant par {country} compte {length} caractères\u00a0: vérifiez qu’il est complet',
  'iban.checksum': 'L’IBAN n’est pas valide\u00a0: vérifiez chaque caractère',
  'iban.ribKey':
    'La clé RIB contenue dans l’IBAN n’est pas valide\u00a0: vérifiez le numéro de compte et les 2 derniers chiffres',
  'iban.nationalChecksum': 'Le numéro de compte contenu dans l’IBAN n’est pas valide\u00a0: vérifiez-le',
  'iban.qrIban':
    'Cet IBAN est un QR-IBAN suisse, réservé aux factures QR\u00a0: saisissez l’IBAN habituel du compte',

  'phone.empty': 'Saisissez un numéro de téléphone',
  'phone.format': 'Le numéro de téléphone ne doit contenir que des chiffres, des espaces et le signe +',
  'phone.length': 'Saisissez un numéro de téléphone à 10 chiffres, par exemple 01 22 33 44 55',
  'phone.prefix':
    'Vérifiez le début du numéro de téléphone\u00a0: il doit commencer par 0 suivi d’un chiffre de 1 à 9, ou par +33',
  'phone.foreign': 'Saisissez un numéro de téléphone français, commençant par 0 ou par +33',
  'phone.notMobile': 'Saisissez un numéro de téléphone portable, commençant par 06 ou 07',

  'postcode.empty': 'Saisissez un code postal',
  'postcode.format': 'Saisissez un code postal à 5 chiffres, par exemple 75001',
  'postcode.invalid': 'Ce code postal n’est pas valide\u00a0: vérifiez les 5 chiffres',

  'email.empty': 'Saisissez une adresse électronique',
  'email.format': 'Saisissez une adresse électronique au bon format, par exemple nom@domaine.fr',
  'email.tooLong': 'Saisissez une adresse électronique de {max} caractères au maximum',
  'email.localTooLong': 'La partie avant le @ doit faire {max} caractères au maximum',
  'email.domain':
    'Vérifiez la partie après le @\u00a0: elle doit être un nom de domaine, par exemple domaine.fr',
} as const;

export type MessageKey = keyof typeof fr;

// `satisfies` keeps the literal types (for placeholder checking) and fails to compile
// when a key is missing or misspelt.
const en = {
  required: 'Complete this field, it is required',
  'text.minLength': 'Enter at least {min} characters',
  'text.maxLength': 'Enter {max} characters or fewer (you entered {length})',
  'text.pattern': 'Enter a value in the requested format',
  'text.patternExample': 'Enter a value in the requested format, for example {example}',
  'number.invalid': 'Enter a number, like 12 or 12.5',
  'number.min': 'Enter a number greater than or equal to {min}',
  'number.max': 'Enter a number less than or equal to {max}',
  'number.step': 'Enter a multiple of {step}',
  'url.empty': 'Enter a web address',
  'url.format': 'Enter a full web address, like https://www.example.com',

  'siren.empty': 'Enter the SIREN number',
  'siren.digits': 'SIREN number must only include numbers',
  'siren.length': 'Enter a 9-digit SIREN number',
  'siren.checksum': 'SIREN number is not valid: check the 9 digits',

  'siret.empty': 'Enter the SIRET number',
  'siret.digits': 'SIRET number must only include numbers',
  'siret.length': 'Enter a 14-digit SIRET number',
  'siret.checksum': 'SIRET number is not valid: check the 14 digits',

  'vatFr.empty': 'Enter the intra-community VAT number',
  'vatFr.format':
    'Enter a VAT number starting with FR, followed by the 2-character key and the 9-digit SIREN',
  'vatFr.siren': 'The SIREN inside the VAT number is not valid: check the last 9 digits',
  'vatFr.key': 'The VAT number key does not match the SIREN: check the 2 characters after FR',

  'nir.empty': 'Enter the social security number',
  'nir.format': 'Social security number must only include numbers, and 2A or 2B for a birth in Corsica',
  'nir.length': 'Enter all 15 digits of the social security number, including the key',
  'nir.sex': 'The first digit of the social security number is not valid: it is usually 1 or 2',
  'nir.month': 'Digits 4 and 5 of the social security number (month of birth) are not valid: check them',
  'nir.departement':
    'Digits 6 and 7 of the social security number (département of birth) are not valid: check them',
  'nir.checksum': 'Social security number is not valid: check the 13 digits and the key',
  'nir.temporary':
    'Enter a permanent social security number, starting with 1 or 2: temporary numbers are not accepted here',
  'nir.birthYearMismatch':
    'The social security number does not match the year of birth {year}: check digits 2 and 3',
  'nir.birthMonthMismatch':
    'The social security number does not match the month of birth given: check digits 4 and 5',
  'nir.departementMismatch':
    'The social security number does not match the place of birth given ({departement}): check digits 6 and 7',

  'iban.empty': 'Enter an IBAN',
  'iban.format': 'IBAN is not in the correct format: copy it exactly as it appears on your bank details',
  'iban.country': 'IBAN must start with a country code, like FR',
  'iban.countryNotAllowed':
    'IBANs starting with {country} are not accepted here. Accepted country codes: {countries}',
  'iban.length': 'An IBAN starting with {country} has {length} characters: check it is complete',
  'iban.checksum': 'IBAN is not valid: check each character',
  'iban.ribKey': 'The RIB key inside the IBAN is not valid: check the account number and the last 2 digits',
  'iban.nationalChecksum': 'The account number inside the IBAN is not valid: check it',
  'iban.qrIban': 'This is a Swiss QR-IBAN, only used for QR-bills: enter the account’s usual IBAN',

  'phone.empty': 'Enter a phone number',
  'phone.format': 'Phone number must only include numbers, spaces and the + sign',
  'phone.length': 'Enter a 10-digit phone number, like 01 22 33 44 55',
  'phone.prefix':
    'Check the start of the phone number: it must start with 0 and a digit from 1 to 9, or with +33',
  'phone.foreign': 'Enter a French phone number, starting with 0 or +33',
  'phone.notMobile': 'Enter a mobile phone number, starting with 06 or 07',

  'postcode.empty': 'Enter a postcode',
  'postcode.format': 'Enter a 5-digit postcode, like 75001',
  'postcode.invalid': 'This postcode is not valid: check the 5 digits',

  'email.empty': 'Enter an email address',
  'email.format': 'Enter an email address in the correct format, like name@example.com',
  'email.tooLong': 'Enter an email address of {max} characters or fewer',
  'email.localTooLong': 'The part before the @ must be {max} characters or fewer',
  'email.domain': 'Check the part after the @: it must be a domain name, like example.com',
} as const satisfies Record<MessageKey, string>;

export type Lang = 'fr' | 'en';

export const messages: { readonly [L in Lang]: Readonly<Record<MessageKey, string>> } = { fr, en };

export const messageKeys = Object.keys(fr) as MessageKey[];

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The `{param}` names a key's texts use, in either language. */
export type ParamName<K extends MessageKey> = Placeholders<(typeof fr)[K] | (typeof en)[K]>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** 'fr-FR' → fr, 'en-GB' → en; anything else falls back to French, the service's language. */
export function resolveLang(lang: unknown): Lang {
  if (typeof lang !== 'string') return 'fr';
  return lang.trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'fr';
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function formatMessage(key: MessageKey, params?: MessageParams, lang: string = 'fr'): string {
  const resolved = resolveLang(lang);
  const dictionary: Readonly<Record<string, string>> = messages[resolved];
  // Unknown keys can still arrive from plain JavaScript or stored results: show the key, don't crash.
  const template = Object.prototype.hasOwnProperty.call(dictionary, key) ? dictionary[key] : undefined;
  if (template === undefined) return String(key);
  const numberFormat = new Intl.NumberFormat(resolved);
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (typeof value === 'number') return numberFormat.format(value);
    // A missing parameter stays visible as {name}, which a test or a reviewer will notice.
    return typeof value === 'string' ? value : placeholder;
  });
}
