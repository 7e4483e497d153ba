/**
 * Renders social cards to PNG at build time: satori lays the card out with Noto Sans (Latin,
 * Cyrillic) and Noto Sans KR (Korean) from their npm packages, resvg rasterises it. No network.
 * A card whose content, fonts and renderer version are unchanged is read from the cache in
 * node_modules/.cache/kursk-cards (or `$KURSK_CACHE_DIR/kursk-cards`) instead of being rendered
 * again; the integration logs how many cards a build rendered and how many it reused.
 */
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { buildCardTree, cardCacheKey, CARD_SIZE, charactersOutside, chooseSubsets, type CardContent } from '../lib/social-card';

const require = createRequire(import.meta.url);

/**
 * Where rendered cards are kept between builds: beside Astro's own cache when `KURSK_CACHE_DIR`
 * gives a content folder its own cache (fixture and benchmark builds), else in
 * node_modules/.cache/kursk-cards (git-ignored with node_modules).
 */
export function cardCacheDir(env: Record<string, string | undefined>, projectRoot: string): string {
  return env.KURSK_CACHE_DIR ? join(env.KURSK_CACHE_DIR, 'kursk-cards') : join(projectRoot, 'node_modules', '.cache', 'kursk-cards');
}

/** This build's card cache folder. */
export const CARD_CACHE_DIR = cardCacheDir(process.env, process.cwd());

interface FontFile { name: string; path: string; weight: 400 | 700 }

const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
const readSubsets = (pkg: string): Record<string, string> => JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8'));

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

/**
 * How many cards this process rendered and how many it read from the cache, for the build log and
 * tests. Kept on globalThis because the page bundle and astro.config.mjs load this module as two
 * separate instances in one process.
 */
export const cardStats: { rendered: number; cached: number } = ((globalThis as { [key: symbol]: unknown })[Symbol.for('kursk-files:card-stats')] ??= { rendered: 0, cached: 0 }) as { rendered: number; cached: number };

/** The build log line: how many cards were rendered and how many reused. The benchmark reads it. */
export function formatCardStats(stats: { rendered: number; cached: number }, cacheDir: string): string {
  return `Social cards: ${stats.rendered} rendered, ${stats.cached} reused from the cache in ${cacheDir}.`;
}

/** The integration: counts each build's cards from zero and logs the counts when the build is done. */
export function socialCardIntegration(): AstroIntegration {
  return {
    name: 'kursk-files:social-cards',
    hooks: {
      'astro:build:start': () => {
        cardStats.rendered = 0;
        cardStats.cached = 0;
      },
      'astro:build:done': ({ logger }) => {
        logger.info(formatCardStats(cardStats, CARD_CACHE_DIR));
      },
    },
  };
}

/** A card as PNG bytes, from the cache when its inputs are unchanged. */
export async function renderCard(content: CardContent, cacheDir = CARD_CACHE_DIR): Promise<Buffer> {
  const text = [content.kicker, content.title, content.meta, content.footer, content.site].filter(Boolean).join(' ');
  const fonts = fontsFor(text);
  const key = cardCacheKey(content, fonts.map((f) => `${f.name}/${f.weight}/${f.path.split('/').at(-1)}`), sha256);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) {
    cardStats.cached += 1;
    return readFileSync(cached);
  }
  const svg = await satori(buildCardTree(content) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: fonts.map((f) => ({ name: f.name, data: readFileSync(f.path), weight: f.weight, style: 'normal' as const })),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  cardStats.rendered += 1;
  return png;
}
