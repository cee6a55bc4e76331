import { describe, expect, it } from 'vitest';
import {
  afterEdit,
  collectEntries,
  concerns,
  entryHref,
  itemsFromMarkup,
  resolveEntry,
  sameItems,
  serverEntries,
  titleWith,
  type SummaryPage,
} from './summary-entries.js';

/** A page node: a gouvkit field (with its controls) or a native control, in document order. */
interface Node {
  kind: 'field' | 'control';
  order: number;
  id?: string;
  name?: string;
  type?: string;
  /** The field a control belongs to. */
  field?: Node;
  controls?: Node[];
  /** `validationMessage`. */
  message?: string;
  /** A plain control's message in the page's language. */
  native?: string;
  label?: string;
  valid?: boolean;
  value?: string;
  connected?: boolean;
}

function pageOf(nodes: Node[]): SummaryPage<Node> {
  return {
    fieldOf: (node) => (node.kind === 'field' ? node : node.field),
    isControl: (node) => node.kind === 'control',
    groupOf: (node) =>
      (node.type === 'radio' || node.type === 'checkbox') && node.name
        ? `${node.type}:${node.name}`
        : undefined,
    compare: (a, b) => a.order - b.order,
    isConnected: (node) => node.connected !== false,
    firstControl: (field) => field.controls?.find((c) => c.valid === false) ?? field.controls?.[0],
    message: (node) => node.message ?? '',
    nativeMessage: (control) => (control.valid === false ? (control.native ?? '') : ''),
    fieldLabel: (field) => field.label ?? '',
    label: (control) => control.label ?? '',
    isValid: (control) => control.valid !== false,
    value: (control) => control.value ?? '',
    find: (ref) =>
      ref.startsWith('#') ? nodes.find((n) => n.id === ref.slice(1)) : nodes.find((n) => n.name === ref),
    id: (node) => node.id ?? '',
  };
}

const compose = (label: string, message: string) => `${label} : ${message}`;

/** A gouvkit field with one control, invalid with `message`. */
function field(order: number, label: string, message: string, extra: Partial<Node> = {}): Node {
  const host: Node = { kind: 'field', order, label, message, ...extra };
  const control: Node = {
    kind: 'control',
    order: order + 0.5,
    id: `${extra.id ?? `f${order}`}-control`,
    field: host,
    valid: message === '',
    message,
  };
  host.controls = [control];
  return host;
}

function control(order: number, label: string, native: string, extra: Partial<Node> = {}): Node {
  return { kind: 'control', order, label, native, valid: native === '', ...extra };
}

describe('collectEntries', () => {
  it('lists the failed controls in document order, whatever order they fired in', () => {
    const nom = field(1, 'Nom', 'Renseignez ce champ');
    const ville = control(3, 'Ville', 'Renseignez ce champ', { id: 'ville' });
    const courriel = field(2, 'Courriel', 'Format invalide');
    const page = pageOf([nom, ville, courriel]);
    const entries = collectEntries([ville, courriel, nom], page, compose);
    expect(entries.map((e) => e.text)).toEqual([
      'Nom : Renseignez ce champ',
      'Courriel : Format invalide',
      'Ville : Renseignez ce champ',
    ]);
    expect(entries[2]).toMatchObject({ server: false, control: ville });
    expect(entries[0]).toMatchObject({ field: nom, control: nom.controls![0] });
  });

  it('makes one entry per field, whether its host or its control fired (or both)', () => {
    const nom = field(1, 'Nom', 'Renseignez ce champ');
    const entries = collectEntries([nom.controls![0]!, nom], pageOf([nom]), compose);
    expect(entries).toHaveLength(1);
    // The link goes to the control that failed.
    expect(entries[0]!.control).toBe(nom.controls![0]);
  });

  it('links a field that fired itself to its first invalid control', () => {
    const date = field(1, 'Date', 'Date invalide');
    const day: Node = { kind: 'control', order: 1.1, field: date, valid: true };
    const month: Node = { kind: 'control', order: 1.2, field: date, valid: false };
    date.controls = [day, month];
    const [entry] = collectEntries([date], pageOf([date]), compose);
    expect(entry!.control).toBe(month);
  });

  it('counts a group of radios once, with the group label', () => {
    const oui = control(1, 'Avez-vous un enfant ?', 'Choisissez une réponse', {
      type: 'radio',
      name: 'enfant',
      id: 'oui',
    });
    const non = control(2, 'Avez-vous un enfant ?', 'Choisissez une réponse', {
      type: 'radio',
      name: 'enfant',
    });
    const entries = collectEntries([non, oui], pageOf([oui, non]), compose);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ control: oui, group: 'radio:enfant' });
    expect(entries[0]!.text).toBe('Avez-vous un enfant ? : Choisissez une réponse');
  });

  it('counts checkboxes of one name once, but not a radio and a checkbox sharing it', () => {
    const a = control(1, 'Options', 'Cochez', { type: 'checkbox', name: 'o' });
    const b = control(2, 'Options', 'Cochez', { type: 'checkbox', name: 'o' });
    const c = control(3, 'Choix', 'Choisissez', { type: 'radio', name: 'o' });
    expect(collectEntries([a, b, c], pageOf([a, b, c]), compose)).toHaveLength(2);
  });

  it('takes the control’s label when the field has none, and the message alone without any', () => {
    const nom = field(1, '  ', 'Renseignez ce champ');
    nom.controls![0]!.label = 'Nom de famille';
    const bare = control(2, '', 'Valeur trop longue');
    const entries = collectEntries([nom, bare], pageOf([nom, bare]), compose);
    expect(entries.map((e) => e.text)).toEqual([
      'Nom de famille : Renseignez ce champ',
      'Valeur trop longue',
    ]);
  });

  it('leaves out controls without a message and controls no longer in the page', () => {
    const silent = control(1, 'A', '', { valid: false });
    const gone = control(2, 'B', 'Renseignez ce champ', { connected: false });
    const fixed = field(3, 'C', '');
    expect(collectEntries([silent, gone, fixed], pageOf([silent, gone, fixed]), compose)).toEqual([]);
  });

  it('reads a field’s inner control message when the field has none of its own', () => {
    const nom = field(1, 'Nom', '');
    nom.controls![0]!.message = 'Trop court';
    expect(collectEntries([nom.controls![0]!], pageOf([nom]), compose)[0]!.text).toBe('Nom : Trop court');
  });
});

describe('server errors', () => {
  it('keeps the items with a text, their href trimmed', () => {
    const entries = serverEntries([
      { href: ' #nom ', text: 'Saisissez votre nom' },
      { text: 'Service indisponible' },
      { href: '#x', text: '' },
      null,
      'texte',
      { href: 42, text: 7 },
    ]);
    expect(entries).toEqual([
      { text: 'Saisissez votre nom', server: true, ref: '#nom' },
      { text: 'Service indisponible', server: true, ref: undefined },
      { text: '7', server: true, ref: '42' },
    ]);
    expect(serverEntries('pas une liste')).toEqual([]);
  });

  it('reads markup items, text collapsed, empty ones left out', () => {
    const items = itemsFromMarkup([
      { text: '\n  Saisissez une date\n  dans le passé ', href: '#date' },
      { text: '   ', href: '#vide' },
      { text: 'Service indisponible', href: null },
    ]);
    expect(items).toEqual([
      { text: 'Saisissez une date dans le passé', href: '#date' },
      { text: 'Service indisponible', href: undefined },
    ]);
    expect(sameItems(items, [...items.map((i) => ({ ...i }))])).toBe(true);
    expect(sameItems(items, items.slice().reverse())).toBe(false);
    expect(sameItems(items, items.slice(1))).toBe(false);
  });

  it('links an #id to a field’s first control, and a name to a plain control', () => {
    const identifiant = field(1, 'Identifiant', '', { id: 'identifiant', value: 'x' });
    identifiant.controls![0]!.value = 'jdupont';
    const code = control(2, 'Code', '', { id: 'code', name: 'code', value: '12' });
    const page = pageOf([identifiant, code]);
    const [a, b, c] = serverEntries<Node>([
      { href: '#identifiant', text: 'Déjà pris' },
      { href: 'code', text: 'Code faux' },
      { href: '#absent', text: 'Ailleurs' },
    ]);
    expect(resolveEntry(a!, page)).toBe(true);
    expect(a).toMatchObject({ field: identifiant, control: identifiant.controls![0], value: 'jdupont' });
    expect(resolveEntry(b!, page)).toBe(true);
    expect(b).toMatchObject({ field: undefined, control: code, value: '12' });
    expect(resolveEntry(c!, page)).toBe(false);
    expect(entryHref(a!, page)).toBe('#identifiant');
    expect(entryHref(b!, page)).toBe('#code');
    expect(entryHref(c!, page)).toBe('#absent');
  });

  it('waits for a field that has not rendered its control yet', () => {
    const pending = field(1, 'Nom', '', { name: 'nom' });
    pending.controls = [];
    const [entry] = serverEntries<Node>([{ href: 'nom', text: 'Saisissez votre nom' }]);
    expect(resolveEntry(entry!, pageOf([pending]))).toBe(false);
    expect(entry!.control).toBe(undefined);
    expect(entryHref(entry!, pageOf([pending]))).toBe(undefined);
  });
});

describe('when entries go', () => {
  it('drops a field’s entry once its message is gone, and follows a new message', () => {
    const nom = field(1, 'Nom', 'Renseignez ce champ');
    const courriel = field(2, 'Courriel', 'Format invalide');
    const page = pageOf([nom, courriel]);
    const entries = collectEntries([nom, courriel], page, compose);
    const [, second] = entries;
    courriel.message = 'Domaine inconnu';
    const edited = afterEdit(entries, courriel.controls![0]!, page, compose);
    expect(edited).toHaveLength(2);
    expect(edited[1]).toBe(second); // the same entry, its text updated
    expect(second!.text).toBe('Courriel : Domaine inconnu');
    nom.message = '';
    expect(afterEdit(edited, nom.controls![0]!, page, compose).map((e) => e.text)).toEqual([
      'Courriel : Domaine inconnu',
    ]);
  });

  it('leaves the other entries alone', () => {
    const nom = field(1, 'Nom', 'Renseignez ce champ');
    const other = control(5, 'Autre', '');
    const page = pageOf([nom, other]);
    const entries = collectEntries([nom], page, compose);
    nom.message = '';
    expect(concerns(entries[0]!, other, page)).toBe(false);
    expect(afterEdit(entries, other, page, compose)).toEqual(entries);
  });

  it('drops a browser error on a plain control once it is valid, a radio group’s from any of its radios', () => {
    const ville = control(1, 'Ville', 'Renseignez ce champ', { id: 'ville' });
    const oui = control(2, 'Enfant', 'Choisissez', { type: 'radio', name: 'enfant' });
    const non = control(3, 'Enfant', 'Choisissez', { type: 'radio', name: 'enfant' });
    const page = pageOf([ville, oui, non]);
    let entries = collectEntries([ville, oui, non], page, compose);
    expect(entries).toHaveLength(2);
    ville.native = 'Trop court';
    entries = afterEdit(entries, ville, page, compose);
    expect(entries[0]!.text).toBe('Ville : Trop court');
    ville.valid = false;
    oui.valid = true;
    non.valid = true;
    entries = afterEdit(entries, non, page, compose);
    expect(entries.map((e) => e.text)).toEqual(['Ville : Trop court']);
    ville.valid = true;
    expect(afterEdit(entries, ville, page, compose)).toEqual([]);
  });

  it('keeps a server error on a plain control until its value changes', () => {
    const code = control(1, 'Code', '', { id: 'code', value: '12' });
    const page = pageOf([code]);
    const entries = serverEntries<Node>([{ href: '#code', text: 'Code faux' }]);
    resolveEntry(entries[0]!, page);
    expect(afterEdit(entries, code, page, compose)).toHaveLength(1);
    code.value = '123456';
    expect(afterEdit(entries, code, page, compose)).toEqual([]);
  });

  it('keeps a server error on a field while the field says it, then follows the field', () => {
    const nom = field(1, 'Nom', 'Déjà pris', { id: 'nom' });
    const page = pageOf([nom]);
    const entries = serverEntries<Node>([{ href: '#nom', text: 'Déjà pris' }]);
    resolveEntry(entries[0]!, page);
    expect(afterEdit(entries, nom.controls![0]!, page, compose)[0]).toMatchObject({
      text: 'Déjà pris',
      server: true,
    });
    nom.message = 'Trop court';
    expect(afterEdit(entries, nom.controls![0]!, page, compose)[0]).toMatchObject({
      text: 'Nom : Trop court',
      server: false,
    });
  });
});

describe('titleWith', () => {
  const known = ['Erreur\u00a0:', 'Error:'];
  it('prefixes the title while errors show, once', () => {
    expect(titleWith('Inscription – Service', true, 'Erreur\u00a0:', known)).toBe(
      'Erreur\u00a0: Inscription – Service',
    );
    expect(titleWith('Erreur : Inscription – Service', true, 'Erreur\u00a0:', known)).toBe(
      'Erreur\u00a0: Inscription – Service',
    );
  });
  it('gives the title back, also when the prefix was in another language', () => {
    expect(titleWith('Erreur\u00a0: Inscription', false, 'Erreur\u00a0:', known)).toBe('Inscription');
    expect(titleWith('Error: Sign up', false, 'Erreur\u00a0:', known)).toBe('Sign up');
    expect(titleWith('Inscription', false, 'Erreur\u00a0:', known)).toBe('Inscription');
  });
});
