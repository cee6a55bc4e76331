import { expect } from '@gouvkit/testing';
import { announce, liveRegion } from './announcer.js';
import { findA11yNode } from '@gouvkit/testing';

describe('announce', () => {
  it('writes into one shared polite status region in the document', async () => {
    await announce('3 résultats');
    await announce('4 résultats');
    const regions = document.querySelectorAll('[data-gouv-live-region="polite"]');
    expect(regions).to.have.length(1);
    expect(regions[0]!.getAttribute('role')).to.equal('status');
    expect(regions[0]!.textContent).to.equal('4 résultats');
  });

  it('uses an assertive alert region for urgent messages, with the message language', async () => {
    await announce('Session expired', { politeness: 'assertive', lang: 'en' });
    const region = liveRegion('assertive');
    expect(region.getAttribute('role')).to.equal('alert');
    expect(region.getAttribute('lang')).to.equal('en');
    const node = await findA11yNode((n) => n.role === 'alert');
    expect(node?.name ?? '').to.not.equal(undefined);
  });

  it('is visually hidden but stays in the accessibility tree', async () => {
    await announce('Enregistré');
    const region = liveRegion('polite');
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    const node = await findA11yNode((n) => n.role === 'status');
    expect(node).to.not.equal(null);
  });
});
