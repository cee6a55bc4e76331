import { defineStrings } from '@gouvkit/core';

export type FileUploadStringKey =
  | 'hintSize'
  | 'hintSizeEach'
  | 'hintFormats'
  | 'hintMultiple'
  | 'hintMaxFiles'
  | 'dropInstruction'
  | 'dropInstructionMultiple'
  | 'dropActive'
  | 'dropActiveMultiple'
  | 'enteredDropZone'
  | 'leftDropZone'
  | 'dropOneOnly'
  | 'listLabel'
  | 'remove'
  | 'chosen'
  | 'removed'
  | 'remaining'
  | 'noFile'
  | 'requiredError'
  | 'typeError'
  | 'sizeError'
  | 'emptyError'
  | 'tooManyError'
  | 'typeShort'
  | 'sizeShort'
  | 'emptyShort'
  | 'wildcardImage'
  | 'wildcardAudio'
  | 'wildcardVideo'
  | 'wildcardText';

const nb = '\u00a0';

/**
 * The element's strings. Messages name the file, say what is wrong and what is expected, as
 * DSFR and GOV.UK advise; `{size}` is printed for the language (« 5 Mo », « 5 MB »).
 */
export const fileUploadStrings = defineStrings<FileUploadStringKey>('gouv-file-upload', {
  fr: {
    hintSize: `Taille maximale${nb}: {size}.`,
    hintSizeEach: `Taille maximale par fichier${nb}: {size}.`,
    hintFormats: `Formats acceptés${nb}: {formats}.`,
    hintMultiple: 'Plusieurs fichiers possibles.',
    hintMaxFiles: { one: 'Un seul fichier.', other: 'Jusqu’à {count} fichiers.' },
    dropInstruction: 'ou glissez-déposez un fichier ici',
    dropInstructionMultiple: 'ou glissez-déposez des fichiers ici',
    dropActive: 'Relâchez pour ajouter le fichier',
    dropActiveMultiple: 'Relâchez pour ajouter les fichiers',
    enteredDropZone: 'Dans la zone de dépôt',
    leftDropZone: 'Hors de la zone de dépôt',
    dropOneOnly: `Un seul fichier est possible${nb}: déposez-en un seul`,
    listLabel: 'Fichiers choisis',
    remove: 'Supprimer',
    chosen: { one: `{count} fichier choisi${nb}: {names}`, other: `{count} fichiers choisis${nb}: {names}` },
    removed: `Fichier «${nb}{name}${nb}» supprimé.`,
    remaining: { one: '{count} fichier restant.', other: '{count} fichiers restants.' },
    noFile: 'Aucun fichier choisi.',
    requiredError: 'Ajoutez un fichier',
    typeError: `Le fichier «${nb}{name}${nb}» n’est pas dans un format accepté${nb}: {formats}`,
    sizeError: `Le fichier «${nb}{name}${nb}» dépasse {size}`,
    emptyError: `Le fichier «${nb}{name}${nb}» est vide`,
    tooManyError: `Vous avez choisi {count} fichiers, {max} au maximum${nb}: supprimez-en {extra}`,
    typeShort: 'Format non accepté',
    sizeShort: 'Dépasse {size}',
    emptyShort: 'Fichier vide',
    wildcardImage: 'images',
    wildcardAudio: 'fichiers audio',
    wildcardVideo: 'vidéos',
    wildcardText: 'fichiers texte',
  },
  en: {
    hintSize: 'Maximum size: {size}.',
    hintSizeEach: 'Maximum size per file: {size}.',
    hintFormats: 'Accepted formats: {formats}.',
    hintMultiple: 'You can choose several files.',
    hintMaxFiles: { one: 'One file only.', other: 'Up to {count} files.' },
    dropInstruction: 'or drop a file here',
    dropInstructionMultiple: 'or drop files here',
    dropActive: 'Release to add the file',
    dropActiveMultiple: 'Release to add the files',
    enteredDropZone: 'Entered drop zone',
    leftDropZone: 'Left drop zone',
    dropOneOnly: 'Only one file is possible: drop a single file',
    listLabel: 'Chosen files',
    remove: 'Remove',
    chosen: { one: '{count} file chosen: {names}', other: '{count} files chosen: {names}' },
    removed: 'File “{name}” removed.',
    remaining: { one: '{count} file left.', other: '{count} files left.' },
    noFile: 'No file chosen.',
    requiredError: 'Add a file',
    typeError: 'The file “{name}” is not in an accepted format: {formats}',
    sizeError: 'The file “{name}” is larger than {size}',
    emptyError: 'The file “{name}” is empty',
    tooManyError: 'You chose {count} files, {max} at most: remove {extra}',
    typeShort: 'Format not accepted',
    sizeShort: 'Larger than {size}',
    emptyShort: 'Empty file',
    wildcardImage: 'images',
    wildcardAudio: 'audio files',
    wildcardVideo: 'videos',
    wildcardText: 'text files',
  },
});
