import { describe, expect, it } from 'vitest';
import { foldQuery, foldText, queryVariants } from './normalize.js';

describe('foldText', () => {
  it('lowers the case and removes accents, cedillas and diaereses', () => {
    expect(foldText('SAINT-ÉTIENNE')).toBe('saint etienne');
    expect(foldText('Besançon')).toBe('besancon');
    expect(foldText('L’Haÿ-les-Roses')).toBe('l hay les roses');
    expect(foldText('Île-de-Batz')).toBe('ile de batz');
  });

  it('spells ligatures out', () => {
    expect(foldText('Œuilly')).toBe('oeuilly');
    expect(foldText('Vœuil-et-Giget')).toBe('voeuil et giget');
    expect(foldText('Lætitia')).toBe('laetitia');
  });

  it('folds hyphens, straight and typographic apostrophes and spaces to one space', () => {
    const forms = [
      "L'Abergement-Clémenciat",
      'L’Abergement Clémenciat',
      'l abergement  clemenciat',
      ' L-Abergement–Clémenciat ',
    ];
    for (const form of forms) expect(foldText(form)).toBe('l abergement clemenciat');
  });

  it('folds brackets and dots, so a label « Lyon (69) » reads « lyon 69 »', () => {
    expect(foldText('Lyon (69)')).toBe('lyon 69');
    expect(foldText('St. Malo')).toBe('st malo');
  });
});

describe('foldQuery', () => {
  it('keeps one trailing space when the user typed a separator at the end', () => {
    expect(foldQuery('Saint-')).toBe('saint ');
    expect(foldQuery('saint ')).toBe('saint ');
    expect(foldQuery('saint')).toBe('saint');
    expect(foldQuery('   ')).toBe('');
  });
});

describe('queryVariants', () => {
  it('reads « St » and « Ste » written as whole words as « Saint » and « Sainte »', () => {
    expect(queryVariants('st etienne')).toEqual(['saint etienne']);
    expect(queryVariants('ste marie')).toEqual(['sainte marie']);
    expect(queryVariants('st ')).toEqual(['saint ']);
  });

  it('searches a last word still being typed both as written and expanded', () => {
    expect(queryVariants('st')).toEqual(['st', 'saint']);
    expect(queryVariants('ste')).toEqual(['ste', 'sainte']);
    expect(queryVariants('mont st')).toEqual(['mont st', 'mont saint']);
  });

  it('leaves other words alone', () => {
    expect(queryVariants('strasbourg')).toEqual(['strasbourg']);
    expect(queryVariants('')).toEqual([]);
  });
});
