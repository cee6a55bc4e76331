import type { GouvFileUpload } from '@gouvkit/forms';

/** One submitted entry: the field's name and its value (a file as its name). */
export type Entry = [name: string, value: string];

/** What the browser would send: `new FormData(form)`, in the form's order. */
export function formEntries(form: HTMLFormElement): Entry[] {
  return [...new FormData(form)].map(([name, value]) => [
    name,
    typeof value === 'string' ? value : value.name,
  ]);
}

/** The chosen file's name, from the upload's `change` (empty once removed). */
export function chosenFileName(event: Event): string {
  const upload = event.currentTarget as GouvFileUpload;
  return upload.files[0]?.name ?? '';
}
