import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findLangTag, matchLanguage, type Language } from './lang.js';
import { onLanguagesChange } from './registry.js';
import { translate, type Catalogs, type Message, type MessageParams } from './translate.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    strings?: Partial<Record<string, Message>>;
    /** While hydrating server markup: the language the server rendered in (`GouvElement`). */
    readonly hydrationLang?: string | null;
  };

const connected = new Set<I18nController<string>>();

/** The page's language during a server render (`renderToString(value, { lang })`). */
let serverPageLang: string | null = null;

/** For the server renderer: the language of the page being rendered. */
export function setServerPageLang(lang: string | null) {
  serverPageLang = lang;
}
let observer: MutationObserver | undefined;

function refreshAll() {
  connected.forEach((controller) => controller.refresh());
}

/**
 * One observer for the whole document: a `lang` change anywhere (the page's language switcher,
 * Storybook's toolbar) re-resolves every connected controller. Changes are rare, so the cost is nil.
 */
function watchLangChanges() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onLanguagesChange(() => connected.forEach((controller) => controller.refresh(true)));
}

/**
 * Gives an element its strings in the language of the page: the closest `lang` across shadow
 * roots, French by default, English available, and any language registered with
 * `registerLanguage()`. A host `strings` property overrides any message for that instance only
 * (`el.strings = { close: 'Fermer le message' }`).
 */
export class I18nController<K extends string> implements ReactiveController {
  #lang: Language = 'fr';
  #connected = false;

  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<K>,
  ) {
    host.addController(this);
  }

  /** The language the element speaks now. */
  get lang(): Language {
    // Hydrating: the server's language, so the first render matches its markup.
    const hydration = this.host.hydrationLang;
    if (hydration) return hydration;
    // Not connected (a server render): the element's own `lang`, or the page's given to the renderer.
    return this.#connected ? this.#lang : matchLanguage(findLangTag(this.host) ?? serverPageLang);
  }

  hostConnected() {
    this.#connected = true;
    connected.add(this as I18nController<string>);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected() {
    this.#connected = false;
    connected.delete(this as I18nController<string>);
  }

  /** Re-reads the language; asks for a render when it changed (or when `force`d: new messages). */
  refresh(force = false) {
    const lang = matchLanguage(findLangTag(this.host));
    if (lang !== this.#lang || force) {
      this.#lang = lang;
      this.host.requestUpdate();
    }
  }

  t(key: K, params?: MessageParams): string {
    return translate(
      this.catalogs,
      this.lang,
      key,
      params,
      (this.host.strings ?? {}) as Partial<Record<K, Message>>,
    );
  }
}
