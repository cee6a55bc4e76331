// `validate="siret"` loads the French validators on first use, in a chunk of their own. Until
// they answer, a field is never valid: checkValidity() is false, and the form won't submit.
// (Its own file: the validators must not be loaded yet when it starts.)
import { expect, fixture, html } from '@gouvkit/testing';
import '../input.js';
import type { GouvInput } from '../input/gouv-input.js';
import { builtinValidatorsReady } from './field-element.js';

describe('named validators, before and after their code loads', () => {
  it('keeps a field invalid while its validator loads, then answers with it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <gouv-input label="SIRET valide" name="a" validate="siret" value="73282932000074"></gouv-input>
        <gouv-input label="SIRET faux" name="b" validate="siret" value="12345678901234"></gouv-input>
      </form>`,
    );
    const [valid, wrong] = [...form.querySelectorAll<GouvInput>('gouv-input')];
    // Not known yet: not valid, whatever the value (the form won't send an unchecked number).
    expect(valid!.checkValidity()).to.equal(false);
    expect(wrong!.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    await builtinValidatorsReady();
    await valid!.updateComplete;
    await wrong!.updateComplete;
    expect(valid!.checkValidity()).to.equal(true);
    expect(wrong!.checkValidity()).to.equal(false);
    expect(wrong!.validationMessage).to.contain('SIRET');
  });
});
