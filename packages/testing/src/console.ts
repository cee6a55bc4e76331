/**
 * Collects console warnings (gouvkit's development warnings) until `restore()` is called.
 * Use it in a try/finally so a failing test doesn't leave console.warn replaced.
 */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Text with runs of white space (French non-breaking spaces included) folded to one space. */
export function plainText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
