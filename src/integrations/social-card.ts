/**
 * Renders social cards to PNG at build time: satori lays the card out with Noto Sans (Latin,
 * Cyrillic) and Noto Sans KR (Korean) from their npm packages, resvg rasterises it. No network.
 * Cards are drawn on every core: in worker threads (card-worker.ts) and on the build's own thread.
 * A card whose content, fonts and renderer version are unchanged is read from the cache in
 * node_modules/.cache/kursk-cards (or `$KURSK_CACHE_DIR/kursk-cards`) instead of being rendered
 * again; the build logs how many cards it rendered and how many it reused (build-caches.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardCacheKey, charactersOutside, chooseSubsets, type CardContent } from '../lib/social-card';
import { registerCache, storeInCache } from './build-caches';
import { drawCard, type CardJob } from './card-worker';

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

/** The worker script; a path from the project root, since Vite bundles this module but not the worker. */
const WORKER_FILE = join(process.cwd(), 'src', 'integrations', 'card-worker.ts');

type Reply = { png?: Uint8Array; error?: string };

/**
 * Worker threads that draw cards, one card at a time each: one per core but the one Astro renders
 * pages on. A card goes to an idle worker if there is one, else it is drawn on the calling thread,
 * so with `build.concurrency` above one every core draws cards. Workers start on first use and are
 * unreferenced while idle, so they never keep the build process alive after the last card.
 */
class CardPool {
  private readonly idle: Worker[] = [];
  private started = 0;
  // No workers when the worker script is not where the project root says (a build run from elsewhere).
  private readonly size = existsSync(WORKER_FILE) ? availableParallelism() - 1 : 0;

  /** Draws one card, in a worker when one is free; rejects naming the card if drawing fails. */
  async draw(content: CardContent, fonts: FontFile[]): Promise<Uint8Array> {
    const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
    if (!worker) return drawCard(content, fonts);
    const reply = await new Promise<Reply>((resolve) => {
      const finish = (answer: Reply, alive: boolean) => {
        worker.off('message', onMessage).off('error', onError).unref();
        if (alive) this.idle.push(worker);
        else this.started -= 1;
        resolve(answer);
      };
      const onMessage = (answer: Reply) => finish(answer, true);
      const onError = (error: Error) => finish({ error: error.stack ?? error.message }, false);
      worker.on('message', onMessage).on('error', onError).ref();
      worker.postMessage({ content, fonts } satisfies CardJob);
    });
    if (!reply.png) throw new Error(`Social card '${content.title}' failed to render: ${reply.error}`);
    return reply.png;
  }

  private start(): Worker {
    this.started += 1;
    return new Worker(WORKER_FILE);
  }
}

const cardPool = new CardPool();

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
  const png = Buffer.from(await cardPool.draw(content, fonts));
  storeInCache({ dir: cacheDir }, `${key}.png`, png);
  cardCache.counts.made += 1;
  return png;
}
