/** One submitted entry: the field's name and its value (a file as its name). */
export type Entry = [name: string, value: string];

/** What the browser would send: `new FormData(form)`, in the form's order. */
export function formEntries(form: HTMLFormElement): Entry[] {
  return [...new FormData(form)].map(([name, value]) => [
    name,
    typeof value === 'string' ? value : value.name,
  ]);
}
