import { html as litHtml, render } from 'lit';
import { captureWarnings, expect, fixture, html } from '@gouvkit/testing';
import { closeLine } from '@gouvkit/icons';
import { icon, iconsReady, namedIcon } from './icon.js';
import { resetWarnings } from './a11y/dev-warnings.js';

describe('icons', () => {
  it('draws a decorative SVG from path data, in the text colour', async () => {
    const host = await fixture<HTMLElement>(html`<p style="color: rgb(0, 0, 145)">${icon(closeLine)}</p>`);
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('path')).to.have.length(closeLine.length);
    expect(getComputedStyle(svg).fill).to.equal('rgb(0, 0, 145)');
  });

  it('draws an icon chosen by name once the set is loaded, without flashing on later renders', async () => {
    const host = document.createElement('div');
    render(litHtml`${namedIcon('close-line', 'test-el')}`, host);
    await iconsReady();
    await new Promise((r) => setTimeout(r));
    expect(host.querySelector('path')?.getAttribute('d')).to.equal(closeLine[0]);
    render(litHtml`${namedIcon('close-line', 'test-el')}`, host);
    expect(host.querySelector('path')?.getAttribute('d')).to.equal(closeLine[0]);
  });

  it('draws nothing for an unknown name and warns once', async () => {
    resetWarnings();
    await iconsReady();
    const capture = captureWarnings();
    const host = document.createElement('div');
    try {
      render(litHtml`${namedIcon('toString', 'test-el')}${namedIcon('toString', 'test-el')}`, host);
    } finally {
      capture.restore();
    }
    const { messages } = capture;
    expect(host.querySelector('svg')).to.equal(null);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('icon="toString"');
  });
});
