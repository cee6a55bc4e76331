import { describe, expect, it } from 'vitest';
import { closeLine, iconSvg } from './index.js';
import { iconNames, iconPaths, isIconName } from './icon-paths.js';

describe('@gouvkit/icons', () => {
  it('ships the icons the components need, each with path data on a 24×24 grid', () => {
    for (const name of [
      'close-line',
      'information-fill',
      'checkbox-circle-fill',
      'alert-fill',
      'external-link-line',
    ])
      expect(iconNames()).toContain(name);
    for (const name of iconNames()) {
      expect(iconPaths[name].length).toBeGreaterThan(0);
      for (const d of iconPaths[name]) expect(d).toMatch(/^M[\d.\s\-MLHVCSQTAZmlhvcsqtaz,]+$/);
    }
  });

  it('renders decorative SVG that follows the text colour', () => {
    const svg = iconSvg(closeLine);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('fill="currentColor"');
    expect(svg).toContain('viewBox="0 0 24 24"');
  });

  it('exports each icon by a camel-case name, the same data as the map', () => {
    expect(closeLine).toEqual(iconPaths['close-line']);
  });

  it('tells known names from unknown ones', () => {
    expect(isIconName('close-line')).toBe(true);
    expect(isIconName('toString')).toBe(false);
    expect(isIconName('<script>')).toBe(false);
  });
});
