/**
 * Renders social cards to PNG at build time: satori lays the card out with Noto Sans (Latin,
 * Cyrillic) and Noto Sans KR (Korean) from their npm packages, resvg rasterises it. No network.
 * A card whose content, fonts and renderer version are unchanged is read from the cache in
 * node_modules/.cache/kursk-cards (or `$KURSK_CACHE_DIR/kursk-cards`) instead of being rendered
 * again; the build logs how many cards it rendered and how many it reused (build-caches.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { registerCache, storeInCache } from './build-caches';
import { buildCardTree, cardCacheKey, CARD_SIZE, charactersOutside, chooseSubsets, type CardContent } from '../lib/social-card';

const require = createRequire(import.meta.url);

/** The card cache (see build-caches.ts for where it lives and what the build logs). */
export const cardCache = registerCache('kursk-cards', 'Social cards', 'rendered');

/** Where rendered cards are kept between builds. */
export const CARD_CACHE_DIR = cardCache.dir;

interface FontFile { name: string; path: string; weight: 400 | 700 }

const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
const subsetsByPackage = new Map<string, Record<string, string>>();
// Read once per build: every card asks.
const readSubsets = (pkg: string): Record<string, string> => {
  if (!subsetsByPackage.has(pkg)) subsetsByPackage.set(pkg, JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')));
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
      files.push({ name: `Noto Sans ${subset}`, weight, path: join(packageDir('@fontsource/noto-sans'), 'files', `noto-sans-${subset}-${weight}-normal.woff`) });
    }
    // Only the numbered Korean chunks: the KR package's own Latin and Cyrillic subsets would duplicate Noto Sans.
    for (const subset of korean.filter((s) => /^\[\d+\]$/.test(s))) {
      const chunk = subset.slice(1, -1);
      files.push({ name: `Noto Sans KR ${chunk}`, weight, path: join(packageDir('@fontsource/noto-sans-kr'), 'files', `noto-sans-kr-${chunk}-${weight}-normal.woff`) });
    }
  }
  return files.filter((f) => existsSync(f.path));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A card as PNG bytes, from the cache when its inputs are unchanged. */
export async function renderCard(content: CardContent, cacheDir = CARD_CACHE_DIR): Promise<Buffer> {
  const text = [content.kicker, content.title, content.meta, content.footer, content.site].filter(Boolean).join(' ');
  const fonts = fontsFor(text);
  const key = cardCacheKey(content, fonts.map((f) => `${f.name}/${f.weight}/${f.path.split('/').at(-1)}`), sha256);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) {
    cardCache.counts.reused += 1;
    return readFileSync(cached);
  }
  const svg = await satori(buildCardTree(content) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: fonts.map((f) => ({ name: f.name, data: readFileSync(f.path), weight: f.weight, style: 'normal' as const })),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
  storeInCache({ dir: cacheDir }, `${key}.png`, png);
  cardCache.counts.made += 1;
  return png;
}
