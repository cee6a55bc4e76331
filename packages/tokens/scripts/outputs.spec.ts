import { describe, expect, it } from 'vitest';
import { buildCss } from './lib/css.mjs';
import { formatValue } from './lib/format.mjs';

describe('CSS values', () => {
  it('quotes font names but not keywords or lower-case names', () => {
    expect(formatValue(['Marianne', 'arial', 'Segoe UI', 'system-ui', 'sans-serif'], 'fontFamily', 'f')).toBe(
      '"Marianne", arial, "Segoe UI", system-ui, sans-serif',
    );
  });

  it('writes cubic-bézier curves, shadows and both dimension forms', () => {
    expect(formatValue([0.25, 0.1, 0.25, 1], 'cubicBezier', 'e')).toBe('cubic-bezier(0.25, 0.1, 0.25, 1)');
    expect(formatValue({ color: '#000', offsetX: '0px', offsetY: '1px', blur: '3px' }, 'shadow', 's')).toBe(
      '0px 1px 3px 0px #000',
    );
    expect(formatValue({ value: 0.25, unit: 'rem' }, 'dimension', 'd')).toBe('0.25rem');
    expect(formatValue('0.25rem', 'dimension', 'd')).toBe('0.25rem');
  });

  it('fails on an unknown $type, naming the token', () => {
    expect(() => formatValue('x', 'gradient', 'a.b')).toThrow('Token "a.b": unsupported $type "gradient"');
  });
});

describe('tokens.css theming contract', () => {
  const css = buildCss([
    { name: 'space-1v', value: '0.25rem', type: 'dimension' },
    { name: 'motion-duration-short', value: '150ms', type: 'duration' },
    { name: 'color-text-title', value: '#161616', dark: '#ffffff', type: 'color' },
  ]);
  /** The declarations of the first rule whose selector starts with `selector`. */
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    expect(start, `no "${selector}" rule`).toBeGreaterThan(-1);
    return css.slice(start, css.indexOf('}', start));
  };

  it('puts everything in the gouvkit.tokens layer', () => {
    expect(css).toMatch(/^\/\*.*\*\/\n@layer gouvkit\.tokens \{\n/);
    expect(css.trimEnd().endsWith('}')).toBe(true);
  });

  it('sets unthemed tokens once on :root', () => {
    expect(css.match(/--gouv-space-1v:/g)).toHaveLength(1);
    expect(block('  :root')).toContain('--gouv-space-1v: 0.25rem;');
  });

  it('gives themed tokens a light, a system-dark and a forced-dark value', () => {
    expect(block(':root,\n  [data-gouv-theme="light"]')).toContain(
      '--gouv-color-text-title: #161616;\n    color-scheme: light;',
    );
    expect(css).toContain(
      '@media (prefers-color-scheme: dark) {\n    :root:not([data-gouv-theme="light"]) {',
    );
    expect(block(':root:not([data-gouv-theme="light"])')).toContain('--gouv-color-text-title: #ffffff;');
    expect(block('[data-gouv-theme="dark"]')).toContain(
      '--gouv-color-text-title: #ffffff;\n    color-scheme: dark;',
    );
  });

  it('stops motion under prefers-reduced-motion', () => {
    expect(css).toContain(
      '@media (prefers-reduced-motion: reduce) {\n    :root {\n      --gouv-motion-duration-short: 0s;',
    );
  });
});
