import { nothing } from 'lit';
import { fixture, html, plainText } from '@gouvkit/testing';

/** A field's visible error message, as plain text ('' when none shows). */
export const errorText = (field: Element) => plainText(field.querySelector('.gouv-error')?.textContent);

/** Waits one task: fields defer some work with setTimeout (after a reset, announcements). */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

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
