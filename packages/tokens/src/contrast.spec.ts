import { describe, expect, it } from 'vitest';
import { contrastRatio, minimumRatio, parseHexColor, relativeLuminance } from './contrast.js';
import { contrastPairs } from './contrast-pairs.js';
import { tokens, type TokenName } from './index.js';

describe('WCAG contrast maths', () => {
  it('gives the extremes: black 0, white 1, black on white 21', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
  });

  it('matches known ratios', () => {
    // Computed with the WCAG formula, and the figures every contrast checker gives.
    expect(contrastRatio('#000091', '#ffffff')).toBeCloseTo(14.91, 2); // blue France on white
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the lightest grey passing AA on white
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // one step lighter fails
    expect(contrastRatio('#3a3a3a', '#ffffff')).toBeCloseTo(11.37, 2); // DSFR body text
  });

  it('is symmetric and reads #rgb like #rrggbb, in any case', () => {
    expect(contrastRatio('#fff', '#000091')).toBe(contrastRatio('#000091', '#fff'));
    expect(parseHexColor('#0aF')).toEqual([0, 170, 255]);
    expect(relativeLuminance('#abc')).toBe(relativeLuminance('#AABBCC'));
  });

  it('rejects what it cannot read, naming the value', () => {
    for (const bad of ['', '#12', '#12345', '#0000001a', 'rgb(0, 0, 0)', 'navy', '#ggg']) {
      expect(() => parseHexColor(bad)).toThrow(`Cannot read colour "${bad}"`);
    }
  });

  it('asks 4.5:1 for text and 3:1 for large text and UI parts', () => {
    expect(minimumRatio('text')).toBe(4.5);
    expect(minimumRatio('large-text')).toBe(3);
    expect(minimumRatio('ui')).toBe(3);
  });
});

/** Pairs under the WCAG AA minimum in one theme, as readable lines for the failure message. */
function failures(theme: 'light' | 'dark'): string[] {
  const valueOf = (name: TokenName): string => {
    const token: { value: string; dark?: string } = tokens[name];
    return theme === 'dark' ? (token.dark ?? token.value) : token.value;
  };
  return contrastPairs.flatMap(({ foreground, background, kind }) => {
    const ratio = contrastRatio(valueOf(foreground), valueOf(background));
    const minimum = minimumRatio(kind);
    return ratio >= minimum
      ? []
      : [`${foreground} on ${background} (${kind}): ${ratio.toFixed(2)}:1 < ${minimum}:1`];
  });
}

describe('contrast of every pair the components use', () => {
  it('meets WCAG AA in the light theme', () => {
    expect(failures('light')).toEqual([]);
  });

  it('meets WCAG AA in the dark theme', () => {
    expect(failures('dark')).toEqual([]);
  });

  it('only pairs themed colours, listed once', () => {
    const seen = new Set<string>();
    for (const { foreground, background } of contrastPairs) {
      for (const name of [foreground, background]) {
        const token: { type: string; dark?: string } = tokens[name];
        expect(token.type, name).toBe('color');
        expect(token.dark, `${name} has no dark value`).toBeDefined();
      }
      const key = `${foreground}/${background}`;
      expect(seen.has(key), `${key} is listed twice`).toBe(false);
      seen.add(key);
    }
  });

  it('leaves disabled colours out (WCAG exempts inactive controls)', () => {
    const names = contrastPairs.flatMap((pair) => [pair.foreground, pair.background]);
    expect(names.filter((name) => name.includes('disabled'))).toEqual([]);
  });
});
