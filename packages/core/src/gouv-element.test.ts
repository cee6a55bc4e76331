import { css, html as litHtml } from 'lit';
import { expect, fixture, html } from '@gouvkit/testing';
import { GouvElement, defineElement } from './gouv-element.js';

class TestShadow extends GouvElement {
  override render() {
    return litHtml`<p part="text">ombre</p>`;
  }
}
class TestLight extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [
    css`
      test-light p {
        margin-inline-start: 13px;
      }
    `,
  ];
  override render() {
    return litHtml`<p>lumière</p>`;
  }
}
defineElement('test-shadow', TestShadow);
defineElement('test-light', TestLight);

describe('GouvElement', () => {
  it('adopts the design tokens on the document once, so no stylesheet is needed', async () => {
    await fixture(html`<div><test-shadow></test-shadow><test-shadow></test-shadow></div>`);
    const titleColour = getComputedStyle(document.documentElement).getPropertyValue(
      '--gouv-color-text-title',
    );
    expect(titleColour.trim()).to.not.equal('');
    const tokenSheets = document.adoptedStyleSheets.filter((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('--gouv-color-text-title')),
    );
    expect(tokenSheets).to.have.length(1);
  });

  it('renders in a shadow root by default', async () => {
    const el = await fixture<TestShadow>(html`<test-shadow></test-shadow>`);
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('ombre');
  });

  it('renders a light-DOM element in its own children and styles it once per root', async () => {
    const el = await fixture<TestLight>(html`<div><test-light></test-light><test-light></test-light></div>`);
    const p = el.querySelector('test-light p')!;
    expect(el.querySelector('test-light')!.shadowRoot).to.equal(null);
    expect(getComputedStyle(p).marginInlineStart).to.equal('13px');
    const sheets = document.adoptedStyleSheets.filter((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('test-light p')),
    );
    expect(sheets).to.have.length(1);
  });

  it('styles a light-DOM element that lives inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-light></test-light>';
    await (root.querySelector('test-light') as TestLight).updateComplete;
    expect(getComputedStyle(root.querySelector('test-light p')!).marginInlineStart).to.equal('13px');
  });

  it('defineElement ignores a second definition instead of throwing', () => {
    expect(() => defineElement('test-shadow', class extends TestShadow {})).not.to.throw();
  });
});
