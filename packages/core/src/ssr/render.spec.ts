import { describe, expect, it } from 'vitest';
import { renderToString } from './render.js';
import { html } from 'lit';
import { GouvElement, defineElement } from '../gouv-element.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { defineStrings } from '../i18n/translate.js';

const strings = defineStrings<'greeting'>('test-ssr', {
  fr: { greeting: 'Bonjour' },
  en: { greeting: 'Hello' },
});

class SsrLight extends GouvElement {
  static override lightDom = true;
  static override properties = { label: {} };
  label = '';
  readonly i18n = new I18nController(this, strings);
  override render() {
    return html`<label for=${`${this.uid}-c`}>${this.label} ${this.i18n.t('greeting')}</label
      ><input id=${`${this.uid}-c`} name="n" /><ssr-shadow label=${this.label}></ssr-shadow>`;
  }
}
class SsrShadow extends GouvElement {
  static override properties = { label: {} };
  label = '';
  override render() {
    return html`<p>${this.label}</p>
      <slot></slot>`;
  }
}
defineElement('ssr-light', SsrLight);
defineElement('ssr-shadow', SsrShadow);

const parts = (out: string) => [...out.matchAll(/data-gouv-part="([^"]+)"/g)].map((m) => m[1]);

describe('server rendering', () => {
  it('writes a light-DOM element’s template as its first children, not in a shadow root', async () => {
    const out = await renderToString(
      html`<form>
        <ssr-light label="Nom"><span>enfant</span></ssr-light>
      </form>`,
    );
    // No template around the part (Lit's shadow-root hook carries it; a browser would log it).
    expect(out).toMatch(/<ssr-light[^>]*><div data-gouv-part="main"/);
    expect(out).not.toContain('gouv-light');
    expect(out).not.toContain('data-gouv-end');
    expect(parts(out)).toEqual(['main']);
    // Before the page's own children, which stay where the page wrote them.
    expect(out.indexOf('data-gouv-part')).toBeLessThan(out.indexOf('<span>enfant'));
    expect(out).toContain('<input id="');
    expect(out).toContain('data-gouv-lang="fr"');
  });

  it('gives ids a server segment, written on the part so the browser takes them over', async () => {
    const out = await renderToString(html`<ssr-light label="A"></ssr-light>`);
    const uid = /data-gouv-uid="([^"]+)"/.exec(out)![1]!;
    expect(uid).toMatch(/^gouv-s[0-9a-z]+-[0-9a-z]+$/);
    expect(out).toContain(`for="${uid}-c"`);
    expect(out).toContain(`id="${uid}-c"`);
  });

  it('prefixes the light part’s hydration markers, but not those of a shadow root inside it', async () => {
    const out = await renderToString(html`<ssr-light label="A"></ssr-light>`);
    const uid = /data-gouv-uid="([^"]+)"/.exec(out)![1]!;
    const light = out.slice(out.indexOf('data-gouv-part'), out.indexOf('<ssr-shadow'));
    const shadow = out.slice(out.indexOf('shadowrootmode="open"'), out.indexOf('</ssr-shadow>'));
    expect(light).toContain(`<!--gouv:${uid} lit-part`);
    expect(light).not.toMatch(/<!--lit-part/);
    expect(shadow).toMatch(/<!--lit-part/);
    expect(shadow).not.toContain('gouv:');
  });

  it('starts a shadow root with the language it was rendered in, the page’s or the element’s own', async () => {
    expect(await renderToString(html`<ssr-shadow label="x"></ssr-shadow>`)).toContain(
      '<template shadowroot="open" shadowrootmode="open"><!--gouv-lang:fr-->',
    );
    const english = await renderToString(html`<ssr-light label="x"></ssr-light>`, { lang: 'en' });
    expect(english).toContain('Hello');
    expect(english).toContain('data-gouv-lang="en"');
    expect(await renderToString(html`<ssr-light lang="en" label="x"></ssr-light>`)).toContain('Hello');
  });

  it('renders text as text', async () => {
    const out = await renderToString(html`<ssr-light label=${'<img src=x onerror=alert(1)>'}></ssr-light>`);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img');
  });
});
