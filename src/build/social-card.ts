/**
 * Renders social cards to PNG at build time: satori lays the card out with Noto Sans (Latin,
 * Cyrillic) and Noto Sans KR (Korean) from their npm packages, resvg rasterises it, and
 * src/lib/png.ts writes it with a palette. No network. A card is kept in the card cache under a
 * key that hashes everything that decides its pixels: the satori tree, the font files, the
 * versions of satori, resvg and the font packages, and the PNG encoder's output for a probe image,
 * so an upgrade or a change of design or encoder draws every card anew and nothing else does.
 */
import { renderAsync } from '@resvg/resvg-js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { encodeOpaquePng } from '../lib/png.ts';
import {
  buildCardTree,
  CARD_SIZE,
  charactersOutside,
  chooseSubsets,
  type CardContent,
} from '../lib/social-card.ts';
import { cacheDirOf, cached, packageVersions, sha256 } from './cache.ts';

const require = createRequire(import.meta.url);

/** A font file a card needs. */
export interface FontFile {
  name: string;
  path: string;
  weight: 400 | 700;
}

const packageDirs = new Map<string, string>();
// Resolved once per package: every card asks.
const packageDir = (pkg: string): string => {
  if (!packageDirs.has(pkg)) packageDirs.set(pkg, dirname(require.resolve(`${pkg}/package.json`)));
  return packageDirs.get(pkg)!;
};
const subsetsByPackage = new Map<string, Record<string, string>>();
// Read once per build: every card asks.
const readSubsets = (pkg: string): Record<string, string> => {
  if (!subsetsByPackage.has(pkg))
    subsetsByPackage.set(pkg, JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')));
  return subsetsByPackage.get(pkg)!;
};

/** The font files (woff: satori reads woff, not woff2) that cover a card's text. */
export function fontsFor(text: string): FontFile[] {
  const files: FontFile[] = [];
  // Latin is always loaded: the masthead and dates need it. Each subset file gets its own family
  // name, since satori uses one file per name and falls back across names glyph by glyph.
  const notoSans = readSubsets('@fontsource/noto-sans');
  const latin = new Set(['latin', ...chooseSubsets(text, notoSans)]);
  const korean = chooseSubsets(charactersOutside(text, notoSans), readSubsets('@fontsource/noto-sans-kr'));
  for (const weight of [400, 700] as const) {
    for (const subset of latin) {
      files.push({
        name: `Noto Sans ${subset}`,
        weight,
        path: join(packageDir('@fontsource/noto-sans'), 'files', `noto-sans-${subset}-${weight}-normal.woff`),
      });
    }
    // Only the numbered Korean chunks: the KR package's own Latin and Cyrillic subsets would duplicate Noto Sans.
    for (const subset of korean.filter((s) => /^\[\d+\]$/.test(s))) {
      const chunk = subset.slice(1, -1);
      files.push({
        name: `Noto Sans KR ${chunk}`,
        weight,
        path: join(
          packageDir('@fontsource/noto-sans-kr'),
          'files',
          `noto-sans-kr-${chunk}-${weight}-normal.woff`,
        ),
      });
    }
  }
  return files.filter((f) => existsSync(f.path));
}

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
const fontData = new Map<string, Buffer>();
const fontSets = new Map<string, SatoriFont[]>();

// The same array of the same buffers for every card with the same fonts: satori keeps parsed
// fonts keyed by their identity, so each font file is read and parsed once per build.
function satoriFonts(files: readonly FontFile[]): SatoriFont[] {
  const key = files.map((f) => `${f.name}/${f.weight}/${f.path}`).join('|');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = files.map((f) => {
      let data = fontData.get(f.path);
      if (!data) fontData.set(f.path, (data = readFileSync(f.path)));
      return { name: f.name, data, weight: f.weight, style: 'normal' as const };
    });
    fontSets.set(key, fonts);
  }
  return fonts;
}

const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: CARD_SIZE.width },
  font: { loadSystemFonts: false },
} as const;

/**
 * Draws a card: satori's SVG, rasterised by resvg, encoded with a palette. resvg rasterises on
 * libuv's thread pool (`renderAsync`), so with several pages in flight (`build.concurrency` in
 * astro.config.mjs) one card is rasterised while the next is laid out.
 */
export async function drawCard(content: CardContent, fonts: readonly FontFile[]): Promise<Uint8Array> {
  const svg = await satori(buildCardTree(content) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: satoriFonts(fonts),
  });
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** Three flat colours: the probe image the encoder writes with a palette. */
const PROBE_COLOURS: [number, number, number][] = [
  [0, 0, 0],
  [250, 247, 240],
  [160, 30, 40],
];

let renderer: string | undefined;
/**
 * What, besides the card's tree and fonts, decides its bytes: the renderers' package versions and
 * the encoder's output for a small probe image of three colours and one of more than 256, so a
 * change to src/lib/png.ts that changes its output changes every card's key.
 */
function rendererKey(): string {
  if (renderer === undefined) {
    const probe = (w: number, h: number, colour: (i: number) => [number, number, number]) => {
      const rgba = new Uint8Array(w * h * 4);
      for (let i = 0; i < w * h; i += 1) rgba.set([...colour(i), 255], i * 4);
      return Buffer.from(encodeOpaquePng(rgba, w, h)).toString('base64');
    };
    renderer = sha256(
      JSON.stringify({
        packages: packageVersions([
          'satori',
          '@resvg/resvg-js',
          '@fontsource/noto-sans',
          '@fontsource/noto-sans-kr',
        ]),
        size: CARD_SIZE,
        resvg: RESVG_OPTIONS,
        palette: probe(4, 3, (i) => PROBE_COLOURS[i % 3]!),
        rgb: probe(24, 24, (i) => [i % 256, (i * 7) % 256, (i * 13) % 256]),
      }),
    );
  }
  return renderer;
}

/** The cache key of a card: its satori tree, its font files and the renderer (see rendererKey). */
export function cardKey(content: CardContent, fonts: readonly FontFile[]): string {
  return sha256(
    JSON.stringify({
      tree: buildCardTree(content),
      fonts: fonts.map((f) => `${f.name}/${f.weight}/${f.path.split('/').at(-1)}`),
      renderer: rendererKey(),
    }),
  );
}

/** A card as PNG bytes: from the card cache when its inputs are unchanged, else drawn and stored. */
export async function renderCard(content: CardContent, cacheDir = cacheDirOf('cards')): Promise<Uint8Array> {
  const text = [content.kicker, content.title, content.meta, content.footer, content.site]
    .filter(Boolean)
    .join(' ');
  const fonts = fontsFor(text);
  return cached(cacheDir, `${cardKey(content, fonts)}.png`, () => drawCard(content, fonts));
}
