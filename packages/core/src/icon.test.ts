import { html as litHtml, LitElement, render } from 'lit';
import { captureWarnings, expect, fixture, html } from '@gouvkit/testing';
import { closeLine } from '@gouvkit/icons';
import { icon, iconsReady, namedIcon } from './icon.js';
import { resetWarnings } from './dev/warnings.js';

/** An element that draws the icon named by its `name`, as `gouv-button icon="…"` does. */
class TestNamedIcon extends LitElement {
  static override properties = { name: {} };
  name = 'close-line';
  override render() {
    return namedIcon(this, this.name);
  }
}
customElements.define('test-named-icon', TestNamedIcon);

describe('icons', () => {
  it('draws a decorative SVG from path data, in the text colour', async () => {
    const host = await fixture<HTMLElement>(html`<p style="color: rgb(0, 0, 145)">${icon(closeLine)}</p>`);
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('path')).to.have.length(closeLine.length);
    expect(getComputedStyle(svg).fill).to.equal('rgb(0, 0, 145)');
  });

  it('keeps the same markup before and after the set loads: the path is filled in, the element re-renders', async () => {
    const el = await fixture<TestNamedIcon>(html`<test-named-icon></test-named-icon>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    await iconsReady();
    await el.updateComplete;
    // The same <svg> node: its box was there from the first render (no layout shift).
    expect(el.shadowRoot!.querySelector('svg')).to.equal(svg);
    expect(svg.querySelector('path')?.getAttribute('d')).to.equal(closeLine.join(' '));
  });

  it('draws nothing for an unknown name and warns once', async () => {
    resetWarnings();
    await iconsReady();
    const capture = captureWarnings();
    const host = document.createElement('div');
    const el = document.createElement('test-named-icon') as TestNamedIcon;
    try {
      render(litHtml`${namedIcon(el, 'toString')}${namedIcon(el, 'toString')}`, host);
    } finally {
      capture.restore();
    }
    const { messages } = capture;
    expect([...host.querySelectorAll('svg')].every((svg) => svg.hasAttribute('data-missing'))).to.equal(true);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('icon="toString"');
  });
});
