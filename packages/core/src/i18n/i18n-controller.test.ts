import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { expect, fixture, html } from '@gouvkit/testing';
import { GouvElement, defineElement } from '../gouv-element.js';
import { I18nController } from './i18n-controller.js';
import { registerLanguage, resetLanguages } from './registry.js';
import type { Message } from './translate.js';

class TestI18n extends GouvElement {
  @property({ attribute: false }) strings: Partial<Record<'close', Message>> = {};
  readonly i18n = new I18nController(this, { id: 'test', fr: { close: 'Fermer' }, en: { close: 'Close' } });
  override render() {
    return litHtml`<button>${this.i18n.t('close')}</button>`;
  }
}
defineElement('test-i18n', TestI18n);

const label = (el: TestI18n) => el.shadowRoot!.querySelector('button')!.textContent;

describe('I18nController', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'fr'));

  it('speaks French by default', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    expect(label(el)).to.equal('Fermer');
  });

  it('follows the closest lang attribute', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><test-i18n></test-i18n></div>`);
    expect(label(wrapper.querySelector('test-i18n')!)).to.equal('Close');
  });

  it('finds lang across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><test-i18n></test-i18n></section>';
    const el = root.querySelector('test-i18n') as TestI18n;
    await el.updateComplete;
    expect(label(el)).to.equal('Close');
  });

  it('re-renders when the page language changes', async () => {
    const el = await fixture<TestI18n>(html`<test-i18n></test-i18n>`);
    document.documentElement.setAttribute('lang', 'en');
    // The observer's callback (a microtask) asks for the update.
    await Promise.resolve();
    await el.updateComplete;
    expect(label(el)).to.equal('Close');
  });

  it('lets one instance override a string', async () => {
    const el = await fixture<TestI18n>(
      html`<test-i18n .strings=${{ close: 'Fermer le message' }}></test-i18n>`,
    );
    expect(label(el)).to.equal('Fermer le message');
  });

  it('speaks a language registered while it is on the page, French filling the gaps', async () => {
    const wrapper = await fixture(html`<div lang="de"><test-i18n></test-i18n></div>`);
    const el = wrapper.querySelector('test-i18n') as TestI18n;
    expect(label(el)).to.equal('Fermer');
    try {
      registerLanguage('de', { test: { close: 'Schließen' } });
      await el.updateComplete;
      expect(label(el)).to.equal('Schließen');
    } finally {
      resetLanguages();
    }
    await el.updateComplete;
    expect(label(el)).to.equal('Fermer');
  });
});
