/**
 * Renders social cards to PNG at build time: satori lays the card out with Noto Sans (Latin,
 * Cyrillic) and Noto Sans KR (Korean) from their npm packages, resvg rasterises it. No network.
 * Cards are drawn on every core, in worker threads (card-worker.ts).
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
import { drawCard, type CardJob, type CardReply } from './card-worker';

const require = createRequire(import.meta.url);

/** The card cache (see build-caches.ts for where it lives and what the build logs). */
export const cardCache = registerCache('kursk-cards', 'Social cards', 'rendered');

/** Where rendered cards are kept between builds. */
export const CARD_CACHE_DIR = cardCache.dir;

interface FontFile { name: string; path: string; weight: 400 | 700 }

const packageDirs = new Map<string, string>();
// Resolved once per package: every card asks, and resolving took 2.8 s of a profiled 10,000-card build.
const packageDir = (pkg: string): string => {
  if (!packageDirs.has(pkg)) packageDirs.set(pkg, dirname(require.resolve(`${pkg}/package.json`)));
  return packageDirs.get(pkg)!;
};
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

/** A card waiting for or on a worker: what to draw, and how to settle the caller's promise. */
interface Job { job: CardJob; resolve: (png: Uint8Array) => void; reject: (error: Error) => void }

/**
 * Worker threads that draw cards, one per core, while the build's own thread only hands cards out
 * and writes files. A worker holds one card at a time; the others wait here, in order. Two things
 * were measured against this (600 cards, 2 cores, two in flight): the build's thread drawing
 * whenever no worker was idle (15.2 ms a card against 9.0: the workers' answers waited while it
 * drew), and several cards queued on each worker (3.9 GB resident against 0.4: resvg's images live
 * outside the JavaScript heap, and a worker that is never idle never collects them). Workers start
 * on first use and are unreferenced while they hold no card, so they never keep the build process
 * alive. Without the worker script (a build run from another folder) cards are drawn on the calling thread.
 */
class CardPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];
  private started = 0;
  private readonly size = existsSync(WORKER_FILE) ? availableParallelism() : 0;

  /** Draws one card, in a worker when there are workers; rejects naming the card if drawing fails. */
  draw(content: CardContent, fonts: FontFile[]): Promise<Uint8Array> {
    if (this.size === 0) return drawCard(content, fonts);
    return new Promise<Uint8Array>((resolve, reject) => {
      this.waiting.push({ job: { content, fonts }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (!worker) return;
      this.send(worker, this.waiting.shift()!);
    }
  }

  private send(worker: Worker, { job, resolve, reject }: Job): void {
    const failed = (reason: string) => new Error(`Social card '${job.content.title}' failed to render: ${reason}`);
    const finish = (reply: CardReply | undefined, error?: Error) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
      if (error) this.started -= 1; // a worker that failed or stopped is not reused; the next card starts another
      else this.idle.push(worker);
      if (reply?.png) resolve(reply.png);
      else reject(failed(reply?.error ?? error?.stack ?? String(error)));
      this.dispatch();
    };
    const onMessage = (reply: CardReply) => finish(reply);
    const onError = (error: Error) => finish(undefined, error);
    const onExit = (code: number) => finish(undefined, new Error(`the worker stopped (exit code ${code}) before answering`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit).ref();
    worker.postMessage(job);
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
