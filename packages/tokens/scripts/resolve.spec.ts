import { describe, expect, it } from 'vitest';
import { flattenTokens } from './lib/load.mjs';
import { resolveTokens } from './lib/resolve.mjs';

/** Resolves an inline token document and returns its tokens by dotted path. */
function resolve(document: unknown) {
  return Object.fromEntries(
    resolveTokens(flattenTokens(document)).map((token) => [token.path.join('.'), token]),
  );
}

const theme = (dark: unknown) => ({ 'fr.gouvkit.theme': { dark } });

describe('alias resolution', () => {
  it('follows chains of aliases', () => {
    const tokens = resolve({
      color: {
        $type: 'color',
        blue: { $value: '#000091' },
        brand: { $value: '{color.blue}' },
        link: { $value: '{color.brand}' },
      },
    });
    expect(tokens['color.link']).toMatchObject({ value: '#000091', type: 'color' });
    expect(tokens['color.link']).not.toHaveProperty('dark');
  });

  it('uses the dark value in the dark theme, through aliases too', () => {
    const tokens = resolve({
      color: {
        $type: 'color',
        navy: { $value: '#000091' },
        lilac: { $value: '#8585f6' },
        action: { $value: '{color.navy}', $extensions: theme('{color.lilac}') },
        link: { $value: '{color.action}' },
      },
    });
    expect(tokens['color.action']).toMatchObject({ value: '#000091', dark: '#8585f6' });
    expect(tokens['color.link']).toMatchObject({ value: '#000091', dark: '#8585f6' });
  });

  it('resolves aliases inside composite values', () => {
    const tokens = resolve({
      color: { $type: 'color', ink: { $value: '#000012' } },
      shadow: { $type: 'shadow', raised: { $value: { color: '{color.ink}', offsetY: '1px' } } },
    });
    expect(tokens['shadow.raised']?.value).toEqual({ color: '#000012', offsetY: '1px' });
  });

  it('fails on an unknown alias, naming the token and the theme', () => {
    const document = {
      color: { $type: 'color', text: { $value: '#000', $extensions: theme('{color.nope}') } },
    };
    expect(() => resolve(document)).toThrow(
      'Unknown alias "{color.nope}" in token "color.text" (dark value)',
    );
  });

  it('fails on an alias to a group rather than a token', () => {
    const document = {
      color: { $type: 'color', grey: { 50: { $value: '#161616' } }, text: { $value: '{color.grey}' } },
    };
    expect(() => resolve(document)).toThrow(
      'Unknown alias "{color.grey}" in token "color.text" (light value)',
    );
  });

  it('fails on a circular alias, showing the loop', () => {
    const document = {
      color: {
        $type: 'color',
        a: { $value: '{color.b}' },
        b: { $value: '{color.c}' },
        c: { $value: '{color.a}' },
      },
    };
    expect(() => resolve(document)).toThrow(
      'Circular alias in token "color.a" (light value): color.a → color.b → color.c → color.a',
    );
  });

  it('fails on a token aliasing itself', () => {
    expect(() => resolve({ space: { $type: 'dimension', x: { $value: '{space.x}' } } })).toThrow(
      'Circular alias in token "space.x" (light value): space.x → space.x',
    );
  });

  it('fails when an alias points to a token of another type', () => {
    const document = {
      space: { $type: 'dimension', s: { $value: '1rem' } },
      color: { $type: 'color', text: { $value: '{space.s}' } },
    };
    expect(() => resolve(document)).toThrow(
      'Alias "{space.s}" in token "color.text" (light value) is a dimension token, expected color',
    );
  });
});

describe('token files', () => {
  it('inherits $type from groups and requires one', () => {
    expect(flattenTokens({ a: { $type: 'color', b: { c: { $value: '#fff' } } } })[0]?.type).toBe('color');
    expect(() => flattenTokens({ a: { $value: '#fff' } }, 'x.tokens.json')).toThrow(
      'x.tokens.json: token "a" has no $type',
    );
  });

  it('rejects names that are not CSS-safe', () => {
    expect(() => flattenTokens({ color: { $type: 'color', 'Text Title': { $value: '#000' } } })).toThrow(
      '"color.Text Title" is not a CSS-safe name',
    );
  });
});
