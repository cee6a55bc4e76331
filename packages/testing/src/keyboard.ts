import { sendKeys } from '@web/test-runner-commands';

/** Presses a key through the browser (a real trusted keyboard event, as a user's). */
export function press(key: string) {
  return sendKeys({ press: key });
}

export function type(text: string) {
  return sendKeys({ type: text });
}

/** Presses Tab `times` times and returns the deepest focused element, across shadow roots. */
export async function tab(times = 1, shift = false) {
  for (let i = 0; i < times; i++) await press(shift ? 'Shift+Tab' : 'Tab');
  return deepActiveElement();
}

export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
