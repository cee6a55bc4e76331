import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { breakpoints, cssVar, tokens, tokensCss } from './index.js';
import { loadTokens } from '../scripts/lib/load.mjs';
import { minifyCss } from '../scripts/lib/outputs.mjs';

const packageRoot = new URL('../', import.meta.url);

describe('@gouvkit/tokens', () => {
  it('exports the rules of dist/tokens.css, minified', () => {
    const css = readFileSync(new URL('dist/tokens.css', packageRoot), 'utf8');
    expect(tokensCss).toBe(minifyCss(css));
    expect(tokensCss.length).toBeLessThan(css.length);
    expect(tokensCss).not.toContain('/*');
    expect(tokensCss).toContain('--gouv-color-text-title:#161616');
    expect(tokensCss).toContain('@layer gouvkit.tokens{');
  });

  it('names custom properties --gouv- plus the token path', () => {
    expect(cssVar('color-text-title')).toBe('var(--gouv-color-text-title)');
    expect(cssVar('space-0-5v')).toBe('var(--gouv-space-0-5v)');
  });

  it("exports DSFR's breakpoints", () => {
    expect(breakpoints).toEqual({ sm: '36em', md: '48em', lg: '62em', xl: '78em' });
  });

  it('keeps the DSFR reference values', () => {
    expect(tokens['color-text-title']).toMatchObject({ value: '#161616', dark: '#ffffff' });
    expect(tokens['color-text-default']).toMatchObject({ value: '#3a3a3a', dark: '#cecece' });
    expect(tokens['color-text-action-high']).toMatchObject({ value: '#000091', dark: '#8585f6' });
    expect(tokens['color-background-default']).toMatchObject({ value: '#ffffff', dark: '#161616' });
    expect(tokens['color-focus']).toMatchObject({ value: '#0a76f6', dark: '#0a76f6' });
    expect(tokens['font-family-base'].value).toMatch(/^"Marianne", arial, /);
    expect(tokens['font-weight-medium'].value).toBe('500');
    expect(tokens['size-control-md'].value).toBe('2.5rem');
  });

  it('gives every decision colour a dark value', () => {
    const decisions = loadTokens(fileURLToPath(new URL('tokens', packageRoot))).filter(
      (token) => token.file === 'color-decision.tokens.json',
    );
    expect(decisions.length).toBeGreaterThan(30);
    const withoutDark = decisions.filter((token) => token.dark === undefined).map((t) => t.path.join('.'));
    expect(withoutDark).toEqual([]);
  });

  it('themes only colours and shadows', () => {
    const themedTypes = new Set(
      Object.values(tokens).flatMap((token) => ('dark' in token ? [token.type] : [])),
    );
    expect([...themedTypes].sort()).toEqual(['color', 'shadow']);
  });
});
