// Checked by `tsc --noEmit` (the typecheck script), never run: each line below must fail to
// type-check, or the `@ts-expect-error` above it is itself an error and the typecheck fails.
import '../src/gouvkit-jsx.js';
import type { RefObject } from 'react';
import { GouvAlert, GouvCombobox, GouvInput, type GouvInputElement } from '@gouvkit/react';

export const typos = [
  // @ts-expect-error: a typo in a component's prop
  <GouvInput lable="Nom" />,
  // @ts-expect-error: a value of the wrong type (the class says number)
  <GouvInput maxlength="10" />,
  // @ts-expect-error: not one of the alert's types
  <GouvAlert type="succes" />,
  // @ts-expect-error: `onGouvResults` gives the detail typed: `count` is a number
  <GouvCombobox onGouvResults={(event) => event.detail.count.toUpperCase()} />,
  // @ts-expect-error: the element of a text field has no `checked`
  <GouvInput onInput={(event) => event.currentTarget.checked} />,
  // @ts-expect-error: a typo in an attribute of the tag itself
  <gouv-input lable="Nom"></gouv-input>,
];

// What is right type-checks: the same props, and the ref is the element.
export function Right({ inputRef }: { inputRef: RefObject<GouvInputElement | null> }) {
  return (
    <>
      <GouvInput
        ref={inputRef}
        label="Nom"
        maxlength={10}
        onInput={(event) => event.currentTarget.value.trim()}
      />
      <GouvCombobox onGouvResults={(event) => event.detail.count.toFixed()} />
      <gouv-input label="Nom"></gouv-input>
    </>
  );
}
