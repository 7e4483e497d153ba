/** The site's fonts (scripts/fonts.ts): the committed stylesheet, its files, and the fallback metrics. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  FALLBACKS,
  FONTS_CSS,
  fallbackOverrides,
  fontStack,
  renderFontsCss,
  SUBSETS,
  WEB_FACES,
} from '../../scripts/fonts';

const require = createRequire(import.meta.url);
const committed = readFileSync(FONTS_CSS, 'utf8');

describe('src/styles/fonts.css', () => {
  // Reading eight woff2 files' metrics and running Prettier took 2.8 s here alone and over vitest's
  // 5 s at load 20 on the shared two cores.
  it('is what scripts/fonts.ts writes from the installed font packages (run npm run fonts after an upgrade)', async () => {
    expect(committed).toBe(await renderFontsCss());
  }, 30_000);

  it('names only woff2 files of the latin, latin-ext and cyrillic subsets, each present in its package', () => {
    const urls = [...committed.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(WEB_FACES.length * SUBSETS.length);
    for (const url of urls) {
      expect(url).toMatch(
        /^@fontsource\/[a-z0-9-]+\/files\/[a-z0-9-]+-(latin|latin-ext|cyrillic)-\d{3}-(normal|italic)\.woff2$/,
      );
      expect(() => require.resolve(url), url).not.toThrow();
    }
  });

  it('shows the fallback at once and swaps the web font in when it arrives, never hiding the text', () => {
    const faces = committed.split('@font-face').slice(1);
    const web = faces.filter((f) => f.includes('url('));
    expect(web.every((f) => /font-display: swap;/.test(f))).toBe(true);
    expect(web.every((f) => /unicode-range:/.test(f))).toBe(true);
  });

  it('sets reading text in the serif and the interface in the sans, each followed by its fallbacks', () => {
    expect(fontStack('Source Serif 4', 'serif')).toBe(
      "'Source Serif 4', 'Source Serif 4 Georgia', 'Source Serif 4 Times', 'Source Serif 4 Noto', 'Source Serif 4 DejaVu', serif",
    );
    expect(committed).toMatch(/--font-body:\s+'Source Serif 4',/);
    expect(committed).toMatch(/--font-ui: 'Source Sans 3',/);
    // Every fallback face named in a stack is declared.
    for (const f of FALLBACKS) expect(committed).toContain(`font-family: '${f.family} ${f.name}';`);
  });
});

describe('fallbackOverrides', () => {
  const web = { unitsPerEm: 1000, ascent: 1036, descent: -335, lineGap: 0, xWidthAvg: 479 };

  it('scales the fallback to the web font’s average letter width', () => {
    // Georgia: 913 / 2048 em a letter; Source Serif 4: 0.479 em.
    expect(fallbackOverrides(web, { unitsPerEm: 2048, xWidthAvg: 913 }).sizeAdjust).toBe('107.45%');
    expect(fallbackOverrides(web, { unitsPerEm: 1000, xWidthAvg: 479 }).sizeAdjust).toBe('100%');
  });

  it('gives the fallback the web font’s ascent, descent and line gap, undoing the scale', () => {
    // A fallback as wide as the web font needs no scale: the overrides are the web font's own metrics.
    expect(fallbackOverrides(web, { unitsPerEm: 1000, xWidthAvg: 479 })).toEqual({
      sizeAdjust: '100%',
      ascentOverride: '103.6%',
      descentOverride: '33.5%',
      lineGapOverride: '0%',
    });
    // Half as wide a letter: drawn twice the size, so its ascent must be half the web font's.
    expect(fallbackOverrides(web, { unitsPerEm: 1000, xWidthAvg: 239.5 })).toMatchObject({
      sizeAdjust: '200%',
      ascentOverride: '51.8%',
      descentOverride: '16.75%',
    });
  });
});
