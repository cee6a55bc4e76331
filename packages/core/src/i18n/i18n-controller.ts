import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findLangTag, matchLanguage, type Language } from './lang.js';
import { translate, type Catalogs, type Message, type MessageParams } from './translate.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: Partial<Record<string, Message>> };

const connected = new Set<I18nController<string>>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole document: a `lang` change anywhere (the page's language switcher,
 * Storybook's toolbar) re-resolves every connected controller. Changes are rare, so the cost is nil.
 */
function watchLangChanges() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its strings in the language of the page: the closest `lang` across shadow
 * roots, French by default, English available. A host `strings` property overrides any message
 * for that instance only (`el.strings = { close: 'Fermer le message' }`).
 */
export class I18nController<K extends string> implements ReactiveController {
  #lang: Language = 'fr';

  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<K>,
  ) {
    host.addController(this);
  }

  /** The language the element speaks now. */
  get lang(): Language {
    return this.#lang;
  }

  hostConnected() {
    connected.add(this as I18nController<string>);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected() {
    connected.delete(this as I18nController<string>);
  }

  /** Re-reads the language; asks for a render only when it changed. */
  refresh() {
    const lang = matchLanguage(findLangTag(this.host));
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.host.requestUpdate();
    }
  }

  t(key: K, params?: MessageParams): string {
    return translate(
      this.catalogs,
      this.#lang,
      key,
      params,
      this.host.strings as Partial<Record<K, Message>>,
    );
  }
}
