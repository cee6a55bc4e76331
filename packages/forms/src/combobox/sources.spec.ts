import { describe, expect, it, vi } from 'vitest';
import type { ComboboxSource } from './combobox-option.js';
import {
  comboboxSourceNames,
  loadNamedSource,
  namedSourceInfo,
  registerComboboxSource,
  sourceFunction,
  sourceNotInListMessage,
} from './sources.js';
import { COMMUNE_NOT_IN_LIST } from '../communes/commune-messages.js';
import '../communes/register.js';

describe('named combobox sources', () => {
  it('loads a registered source once, on first use', async () => {
    const source: ComboboxSource = () => Promise.resolve([]);
    const load = vi.fn(() => Promise.resolve(source));
    registerComboboxSource('test-once', { load });
    expect(load).not.toHaveBeenCalled();
    expect(await loadNamedSource('test-once')).toBe(source);
    expect(await sourceFunction('test-once')).toBe(source);
    expect(load).toHaveBeenCalledTimes(1);
    expect(comboboxSourceNames()).toContain('test-once');
  });

  it('tries a failed load again next time', async () => {
    const source: ComboboxSource = () => Promise.resolve([]);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(source);
    registerComboboxSource('test-retry', { load });
    await expect(loadNamedSource('test-retry')).rejects.toThrow('offline');
    expect(await loadNamedSource('test-retry')).toBe(source);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('takes a function as is, and nothing for an unknown name', async () => {
    const fn: ComboboxSource = () => Promise.resolve([]);
    expect(await sourceFunction(fn)).toBe(fn);
    expect(await sourceFunction('nope')).toBe(undefined);
    expect(await sourceFunction(undefined)).toBe(undefined);
    expect(loadNamedSource('nope')).toBe(undefined);
  });

  it('gives a source’s own « not in the list » message in the languages it has', () => {
    const fn: ComboboxSource = Object.assign(() => Promise.resolve([]), {
      notInListMessage: { fr: 'Sélectionnez un pays dans la liste', de: 'Wählen Sie ein Land' },
    });
    expect(sourceNotInListMessage(fn, 'fr')).toBe('Sélectionnez un pays dans la liste');
    expect(sourceNotInListMessage(fn, 'de')).toBe('Wählen Sie ein Land');
    expect(sourceNotInListMessage(fn, 'en')).toBe(undefined);
    expect(sourceNotInListMessage('nope', 'fr')).toBe(undefined);
  });

  it('has `communes` registered by its module, with its message known before it loads', () => {
    expect(namedSourceInfo('communes')?.notInListMessage).toBe(COMMUNE_NOT_IN_LIST);
    expect(sourceNotInListMessage('communes', 'fr')).toBe('Sélectionnez une commune dans la liste');
    expect(sourceNotInListMessage('communes', 'en')).toBe('Select a municipality from the list');
  });
});
