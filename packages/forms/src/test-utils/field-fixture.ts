import { nothing } from 'lit';
import { fixture, html, plainText } from '@gouvkit/testing';

/** A field's visible error message, as plain text ('' when none shows); groups show it in their shadow root. */
export const errorText = (field: Element) =>
  plainText((field.shadowRoot ?? field).querySelector('.gouv-error')?.textContent);

/**
 * Waits for what a DOM change starts: mutation observers' callbacks (microtasks queued before
 * this one), then the element's update they request.
 */
export async function afterMutation(el: Element & { updateComplete: Promise<unknown> }) {
  await Promise.resolve();
  await el.updateComplete;
}

/**
 * Renders `template` inside a form that never navigates and returns the form, its first `tag`
 * element once updated, and the FormData of each submission, in order.
 */
export async function fieldInForm<K extends keyof HTMLElementTagNameMap>(
  template: unknown,
  tag: K,
  { submitButton = false } = {},
) {
  const submissions: FormData[] = [];
  const form = await fixture<HTMLFormElement>(
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        submissions.push(new FormData(form));
      }}
    >
      ${template}${submitButton ? html`<button>Envoyer</button>` : nothing}
    </form>`,
  );
  const el = form.querySelector(tag)!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { form, el, submissions };
}
