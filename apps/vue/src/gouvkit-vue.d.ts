// What the generated Vue types (`@gouvkit/forms/vue`, `@gouvkit/components/vue`, written by
// scripts/cem-types-plugin.mjs) don't declare yet, and this app uses: the native events the
// elements fire (only `gouv-*` custom events are listed), the global HTML attributes (`tabindex`)
// and the `type="checkbox"` that makes Vue's v-model bind `checked`. Each addition is a new member, so everything else stays checked
// as generated. To be removed once the generator writes them.
import type {} from '@gouvkit/forms/vue';
import type {} from '@gouvkit/components/vue';

declare module '@gouvkit/forms/vue' {
  interface GouvCheckboxVueProps {
    /** Not an attribute of the element: Vue's compiler reads it to pick its checkbox v-model. */
    type?: 'checkbox';
  }
  interface GouvToggleVueProps {
    /** Not an attribute of the element: Vue's compiler reads it to pick its checkbox v-model. */
    type?: 'checkbox';
  }
  interface GouvFileUploadVueProps {
    /** The native `change`, once files are chosen or one is removed (`el.files`). */
    onChange?: (event: Event) => void;
  }
}

declare module '@gouvkit/components/vue' {
  interface GouvButtonVueProps {
    onClick?: (event: MouseEvent) => void;
  }
  interface GouvAlertVueProps {
    /** `-1`: the alert takes focus from a script, so that it is read. */
    tabindex?: '-1';
  }
}
