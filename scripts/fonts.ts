#!/usr/bin/env node
/**
 * Writes src/styles/fonts.css: the site's two typefaces, self-hosted from their npm packages, and
 * size-adjusted fallback faces, so the swap from a system font to the web font barely moves a line.
 *
 *   npm run fonts            # write src/styles/fonts.css
 *   npm run fonts -- --check # exit 1 if the committed file is not what this script writes
 *
 * Source Serif 4 sets reading text, Source Sans 3 the interface (navigation, headings, meta lines,
 * buttons, notes): Adobe drew them as companions, with close x-heights (0.475 and 0.486 em), and
 * Source Sans 3 is narrow enough (0.418 em a letter on average, Noto Sans 0.474) for a meta line on a
 * phone. Only woff2 files of the latin, latin-ext and cyrillic subsets are referenced, so only these
 * reach dist/ (Vite emits what the stylesheet's url()s name, with a content hash, into _astro/);
 * each face carries its subset's unicode-range, so a browser downloads a file only when the page
 * has a character in it. Hangul and other scripts fall through to the reader's system fonts.
 *
 * Why generated: the unicode-ranges and file names come from the packages, and each fallback's
 * size-adjust and metric overrides from the web font's own metrics (read with @capsizecss/unpack),
 * so an upgrade of a font package cannot leave the stylesheet describing other files. A unit test
 * (tests/unit/fonts.test.ts) fails when the committed file differs from what this script writes.
 */
import { fromFile } from '@capsizecss/unpack/fs';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FONTS_CSS = join(root, 'src/styles/fonts.css');
const require = createRequire(join(root, 'package.json'));

/** The scripts the site ships glyphs for; anything else uses the reader's system fonts. */
export const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

interface WebFace {
  family: string;
  /** The fontsource package, e.g. `@fontsource/source-serif-4`. */
  pkg: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

/**
 * The faces the pages use: reading text in regular, italic and bold; the interface in regular and
 * bold (headings, the site name, labels: a 600 or 800 asks for the nearest, the bold, without
 * synthesis). Interface italics are rare (a chart's note) and the browser slants the regular.
 */
export const WEB_FACES: readonly WebFace[] = [
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', weight: 700, style: 'normal' },
  { family: 'Source Sans 3', pkg: '@fontsource/source-sans-3', weight: 400, style: 'normal' },
  { family: 'Source Sans 3', pkg: '@fontsource/source-sans-3', weight: 700, style: 'normal' },
];

/** A font's average width of a lowercase letter in running English text, as capsize computes it. */
export interface WidthMetrics {
  unitsPerEm: number;
  xWidthAvg: number;
}

/** A system font installed on readers' devices, to stand in while a web font loads. */
interface LocalFont {
  /** Names for local(): full names and PostScript names, of one design or metric-compatible ones. */
  names: string[];
  metrics: WidthMetrics;
}

/**
 * Fallback faces, per web family and weight: on each platform the first local font found is drawn
 * scaled to the web font's average letter width, with the web font's ascent and descent, so lines
 * break and stack nearly where they will after the swap. Widths are capsize's (@capsizecss/metrics
 * 4.3: Georgia, Times New Roman, Arial, Noto Serif) or read from Debian's fonts-dejavu-core and
 * fonts-liberation files with @capsizecss/unpack (DejaVu, Liberation Sans Bold, metric-compatible
 * with Arial Bold). Metric-compatible fonts share a face: Liberation and Tinos/Arimo match Times New
 * Roman and Arial; Helvetica and Roboto are within 0.5 % of Arial's width.
 */
export const FALLBACKS: readonly { family: string; weight: 400 | 700; name: string; local: LocalFont }[] = [
  {
    family: 'Source Serif 4',
    weight: 400,
    name: 'Georgia',
    local: { names: ['Georgia'], metrics: { unitsPerEm: 2048, xWidthAvg: 913 } },
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    name: 'Times',
    local: {
      names: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'Tinos'],
      metrics: { unitsPerEm: 2048, xWidthAvg: 832 },
    },
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    name: 'Noto',
    local: { names: ['Noto Serif', 'NotoSerif'], metrics: { unitsPerEm: 1000, xWidthAvg: 481 } },
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    name: 'DejaVu',
    local: { names: ['DejaVu Serif', 'DejaVuSerif'], metrics: { unitsPerEm: 2048, xWidthAvg: 1058 } },
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    name: 'Arial',
    local: {
      names: ['Arial', 'ArialMT', 'Helvetica', 'Liberation Sans', 'Arimo', 'Roboto'],
      metrics: { unitsPerEm: 2048, xWidthAvg: 913 },
    },
  },
  {
    family: 'Source Sans 3',
    weight: 700,
    name: 'Arial',
    local: {
      names: [
        'Arial Bold',
        'Arial-BoldMT',
        'Helvetica Bold',
        'Liberation Sans Bold',
        'Arimo Bold',
        'Roboto Bold',
      ],
      metrics: { unitsPerEm: 2048, xWidthAvg: 983 },
    },
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    name: 'DejaVu',
    local: { names: ['DejaVu Sans', 'DejaVuSans'], metrics: { unitsPerEm: 2048, xWidthAvg: 1041 } },
  },
  {
    family: 'Source Sans 3',
    weight: 700,
    name: 'DejaVu',
    local: { names: ['DejaVu Sans Bold', 'DejaVuSans-Bold'], metrics: { unitsPerEm: 2048, xWidthAvg: 1176 } },
  },
];

/** The vertical metrics of a web font, in font units. */
export interface VerticalMetrics extends WidthMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
}

/** A percentage with at most two decimals, as CSS wants it (`104.7%`). */
const percent = (ratio: number): string => `${Number((ratio * 100).toFixed(2))}%`;

/**
 * The descriptors that make `fallback` take the room `web` will: size-adjust scales the fallback to
 * the web font's average letter width, and the ascent, descent and line gap are the web font's,
 * divided by that scale because size-adjust scales the overrides too (capsize's createFontStack).
 */
export function fallbackOverrides(web: VerticalMetrics, fallback: WidthMetrics) {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = web.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: percent(web.ascent / em),
    descentOverride: percent(Math.abs(web.descent) / em),
    lineGapOverride: percent(web.lineGap / em),
  };
}

/** The family name a fallback face is declared under, e.g. `Source Serif 4 Georgia`. */
export const fallbackFamily = (family: string, name: string): string => `${family} ${name}`;

/** A font stack: the web family, then its fallback faces in order, then the generic family. */
export function fontStack(family: string, generic: string): string {
  const names = [...new Set(FALLBACKS.filter((f) => f.family === family).map((f) => f.name))];
  return (
    [family, ...names.map((n) => fallbackFamily(family, n))].map((f) => `'${f}'`).join(', ') + `, ${generic}`
  );
}

const fileBase = (face: WebFace, subset: string): string =>
  `${face.pkg.split('/')[1]}-${subset}-${face.weight}-${face.style}`;

/** The unicode-range fontsource gives a subset, from the package's stylesheet of the face's weight. */
function unicodeRange(face: WebFace, subset: string): string {
  const css = readFileSync(
    require.resolve(`${face.pkg}/${face.weight}${face.style === 'italic' ? '-italic' : ''}.css`),
    'utf8',
  );
  // Each rule follows a comment naming its file: `/* source-serif-4-latin-400-normal */`.
  const rule = css.split(`/* ${fileBase(face, subset)} */`)[1]?.split('}')[0];
  const range = rule && /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
  if (!range) throw new Error(`${face.pkg}: no unicode-range for the ${subset} subset`);
  return range.trim();
}

/** The woff2 file of a face's subset, as a package path for the stylesheet and a file path here. */
function fontFile(face: WebFace, subset: string): { specifier: string; path: string } {
  const specifier = `${face.pkg}/files/${fileBase(face, subset)}.woff2`;
  return { specifier, path: require.resolve(specifier) };
}

/** The stylesheet, formatted as Prettier formats the repository's CSS. */
export async function renderFontsCss(): Promise<string> {
  const rules: string[] = [];
  for (const face of WEB_FACES)
    for (const subset of SUBSETS)
      rules.push(`/* ${fileBase(face, subset)} */
@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: swap;
  src: url('${fontFile(face, subset).specifier}') format('woff2');
  unicode-range: ${unicodeRange(face, subset)};
}`);
  for (const fallback of FALLBACKS) {
    const web = WEB_FACES.find((f) => f.family === fallback.family && f.weight === fallback.weight)!;
    const metrics = await fromFile(fontFile(web, 'latin').path);
    const o = fallbackOverrides(metrics, fallback.local.metrics);
    rules.push(`@font-face {
  font-family: '${fallbackFamily(fallback.family, fallback.name)}';
  font-weight: ${fallback.weight};
  src: ${fallback.local.names.map((n) => `local('${n}')`).join(', ')};
  size-adjust: ${o.sizeAdjust};
  ascent-override: ${o.ascentOverride};
  descent-override: ${o.descentOverride};
  line-gap-override: ${o.lineGapOverride};
}`);
  }
  const css = `/*
 * The site's fonts: written by scripts/fonts.ts (npm run fonts), do not edit by hand.
 * Source Serif 4 for reading, Source Sans 3 for the interface; woff2 files of the latin, latin-ext
 * and cyrillic subsets, served from the site itself, shown with font-display: swap. While they
 * load, a local font scaled to the same letter width and line height stands in.
 */
:root {
  --font-body: ${fontStack('Source Serif 4', 'serif')};
  --font-ui: ${fontStack('Source Sans 3', 'sans-serif')};
}

${rules.join('\n\n')}
`;
  const options = (await prettier.resolveConfig(FONTS_CSS)) ?? {};
  return prettier.format(css, { ...options, parser: 'css' });
}

if (import.meta.main) {
  const css = await renderFontsCss();
  if (process.argv.includes('--check')) {
    if (readFileSync(FONTS_CSS, 'utf8') !== css) {
      console.error(`${FONTS_CSS} is not what scripts/fonts.ts writes: run npm run fonts`);
      process.exit(1);
    }
  } else {
    writeFileSync(FONTS_CSS, css);
    console.log(`Wrote ${FONTS_CSS}`);
  }
}
