/**
 * Renders social cards to PNG at build time: satori lays the card out with Noto Sans (Latin,
 * Cyrillic) and Noto Sans KR (Korean) from their npm packages, resvg rasterises it. No network.
 * Cards are drawn on every core, in worker threads (card-worker.ts).
 * A card whose content, fonts and renderer version are unchanged is read from the cache in
 * node_modules/.cache/kursk-cards (or `$KURSK_CACHE_DIR/kursk-cards`) instead of being rendered
 * again; the build logs how many cards it rendered and how many it reused (build-caches.ts).
 * Report cards are drawn ahead of their pages, from the build's start (`drawCardsAhead`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardCacheKey, charactersOutside, chooseSubsets, type CardContent } from '../lib/social-card';
import { processWide } from '../lib/process-wide';
import { registerCache, storeInCache } from './build-caches';
import {
  AHEAD_CONTROL as CONTROL,
  AHEAD_STATE as STATE,
  drawCard,
  type AheadData,
  type AheadJob,
  type AheadReply,
  type CardJob,
  type CardReply,
} from './card-worker';

const require = createRequire(import.meta.url);

/** The card cache (see build-caches.ts for where it lives and what the build logs). */
export const cardCache = registerCache('kursk-cards', 'Social cards', 'rendered');

/** Where rendered cards are kept between builds. */
export const CARD_CACHE_DIR = cardCache.dir;

interface FontFile {
  name: string;
  path: string;
  weight: 400 | 700;
}

const packageDirs = new Map<string, string>();
// Resolved once per package: every card asks, and resolving took 2.8 s of a profiled 10,000-card build.
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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The worker script; a path from the project root, since Vite bundles this module but not the worker. */
const WORKER_FILE = join(process.cwd(), 'src', 'integrations', 'card-worker.ts');

/** A card waiting for or on a worker: what to draw, and how to settle the caller's promise. */
interface Job {
  job: CardJob;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

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
  /** How many workers the pool may start; 0 when cards are drawn on the calling thread. */
  readonly size = existsSync(WORKER_FILE) ? availableParallelism() : 0;

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
    const failed = (reason: string) =>
      new Error(`Social card '${job.content.title}' failed to render: ${reason}`);
    const finish = (reply: CardReply | undefined, error?: Error) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
      if (error)
        this.started -= 1; // a worker that failed or stopped is not reused; the next card starts another
      else this.idle.push(worker);
      if (reply?.png) resolve(reply.png);
      else reject(failed(reply?.error ?? error?.stack ?? String(error)));
      this.dispatch();
    };
    const onMessage = (reply: CardReply) => finish(reply);
    const onError = (error: Error) => finish(undefined, error);
    const onExit = (code: number) =>
      finish(undefined, new Error(`the worker stopped (exit code ${code}) before answering`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit).ref();
    worker.postMessage(job);
  }

  private start(): Worker {
    this.started += 1;
    return new Worker(WORKER_FILE);
  }
}

/** What drawing ahead did in one build (see `finishCardsAhead`). */
export interface AheadCounts {
  /** Cards drawn ahead of their pages and stored in the cache. */
  drawn: number;
  /** Of those, cards no page asked for: their content differed from what the pages showed. */
  unused: number;
  /** Cards queued ahead that the build ended before drawing. */
  dropped: number;
}

/**
 * A list of cards drawn ahead by workers of their own: each worker takes the next card from the
 * list itself (a shared counter) and stores it in the cache, so the cards get drawn while the
 * build's thread is busy for seconds at a time (the content sync): a pool that hands out one card
 * at a time drew 23 cards a second there against 40, its worker waiting for the build's thread to
 * give it the next (10,000 reports, 2 cores). One core is left to the build's thread until a page asks for a card; then
 * the last worker starts too. A page asking for a card finds it drawn, or waits for the message
 * saying it is. Workers are unreferenced except while a page waits, so they never keep a failed
 * build's process alive.
 */
class AheadBatch {
  private readonly control: Int32Array;
  private readonly states: Int32Array;
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }[]>();
  private readonly errors = new Map<number, string>();
  private readonly asked = new Set<number>();
  private broken: Error | undefined;
  private readonly jobs: readonly AheadJob[];

  constructor(jobs: readonly AheadJob[], workers: number, holdBack: number) {
    this.jobs = jobs;
    const data: AheadData = {
      jobs,
      control: new SharedArrayBuffer(Object.keys(CONTROL).length * 4),
      states: new SharedArrayBuffer(jobs.length * 4),
      holdBack: false,
    };
    this.control = new Int32Array(data.control);
    this.states = new Int32Array(data.states);
    for (let k = 0; k < workers; k += 1) {
      const worker = new Worker(WORKER_FILE, { workerData: { ...data, holdBack: k >= workers - holdBack } });
      worker.on('message', (reply: AheadReply) => this.settle(reply.index, reply.error));
      worker.on('error', (error) => this.fail(error));
      worker.on(
        'exit',
        (code) => code !== 0 && this.fail(new Error(`a card worker stopped (exit code ${code})`)),
      );
      worker.unref();
      this.workers.push(worker);
    }
  }

  /**
   * Waits until the card at `index` is drawn and stored; rejects naming the card if it could not be
   * drawn. True for the first page to ask (the one that counts it as rendered).
   */
  async drawn(index: number): Promise<boolean> {
    const first = !this.asked.has(index);
    this.asked.add(index);
    if (Atomics.compareExchange(this.control, CONTROL.go, 0, 1) === 0)
      Atomics.notify(this.control, CONTROL.go); // a page asks: every worker draws
    if (Atomics.load(this.states, index) === STATE.done) return first;
    if (this.errors.has(index)) throw this.error(index);
    if (this.broken) throw this.broken;
    if (this.waiting.size === 0) for (const worker of this.workers) worker.ref();
    await new Promise<void>((resolve, reject) =>
      this.waiting.set(index, [...(this.waiting.get(index) ?? []), { resolve, reject }]),
    );
    return first;
  }

  /** Stops the workers taking more cards; what was drawn, asked for and left undrawn. */
  finish(): AheadCounts {
    const dropped = Math.max(
      0,
      this.jobs.length - Atomics.exchange(this.control, CONTROL.next, this.jobs.length),
    );
    this.stop();
    let drawn = 0;
    let unused = 0;
    for (let i = 0; i < this.jobs.length; i += 1) {
      if (Atomics.load(this.states, i) !== STATE.done) continue;
      drawn += 1;
      if (!this.asked.has(i)) unused += 1;
    }
    return { drawn, unused, dropped };
  }

  // The workers take no more cards; one held back until the pages ask is let go, to end.
  private stop(): void {
    Atomics.store(this.control, CONTROL.stop, 1);
    Atomics.store(this.control, CONTROL.go, 1);
    Atomics.notify(this.control, CONTROL.go);
  }

  private error(index: number): Error {
    return new Error(
      `Social card '${this.jobs[index]!.content.title}' failed to render: ${this.errors.get(index)}`,
    );
  }

  private settle(index: number, error?: string): void {
    if (error !== undefined) this.errors.set(index, error);
    const waiters = this.waiting.get(index);
    if (!waiters) return;
    this.waiting.delete(index);
    for (const { resolve, reject } of waiters) {
      if (error === undefined) resolve();
      else reject(this.error(index));
    }
    if (this.waiting.size === 0) for (const worker of this.workers) worker.unref();
  }

  // A worker that dies takes its card with it: the pages waiting are told, and the rest stop.
  private fail(error: Error): void {
    this.broken ??= new Error(`Social cards drawn ahead: ${error.message}`, { cause: error });
    this.stop();
    for (const [index, waiters] of this.waiting) {
      if (Atomics.load(this.states, index) === STATE.done) waiters.forEach((w) => w.resolve());
      else waiters.forEach((w) => w.reject(this.broken!));
    }
    this.waiting.clear();
  }
}

// One pool, and the cards drawn ahead, per process, on globalThis: astro.config.mjs (which draws
// ahead) and the page bundle (whose pages ask) load this module as separate instances.
const shared = processWide('kursk-files:social-cards', () => ({
  pool: new CardPool(),
  batches: [] as AheadBatch[],
  ahead: new Map<string, { batch: AheadBatch; index: number }>(),
}));

/** A card's font files and its file name in the cache. */
function prepare(content: CardContent): { fonts: FontFile[]; name: string } {
  const text = [content.kicker, content.title, content.meta, content.footer, content.site]
    .filter(Boolean)
    .join(' ');
  const fonts = fontsFor(text);
  const key = cardCacheKey(
    content,
    fonts.map((f) => `${f.name}/${f.weight}/${f.path.split('/').at(-1)}`),
    sha256,
  );
  return { fonts, name: `${key}.png` };
}

/** A card as PNG bytes: drawn ahead in this build, from the cache when its inputs are unchanged, or drawn now. */
export async function renderCard(content: CardContent, cacheDir = CARD_CACHE_DIR): Promise<Buffer> {
  const { fonts, name } = prepare(content);
  const file = join(cacheDir, name);
  const ahead = shared.ahead.get(file);
  if (ahead) {
    if (await ahead.batch.drawn(ahead.index)) cardCache.counts.made += 1;
    return readFileSync(file);
  }
  if (existsSync(file)) {
    cardCache.counts.reused += 1;
    return readFileSync(file);
  }
  const png = Buffer.from(await shared.pool.draw(content, fonts));
  storeInCache({ dir: cacheDir }, name, png);
  cardCache.counts.made += 1;
  return png;
}

/**
 * Starts drawing cards before their pages are built (see AheadBatch), in the order given, which
 * should be the order in which the pages ask. Cards already in the cache or already queued are
 * skipped; `renderCard` waits for a card drawn ahead instead of drawing it again, and counts it as
 * rendered. Returns how many cards were queued; none when cards are drawn on the build's own thread.
 */
export function drawCardsAhead(contents: readonly CardContent[], cacheDir = CARD_CACHE_DIR): number {
  if (shared.pool.size === 0) return 0;
  const jobs: AheadJob[] = [];
  const files = new Set<string>();
  for (const content of contents) {
    const { fonts, name } = prepare(content);
    const file = join(cacheDir, name);
    if (shared.ahead.has(file) || files.has(file) || existsSync(file)) continue;
    jobs.push({ content, fonts, dir: cacheDir, name });
    files.add(file);
  }
  if (jobs.length === 0) return 0;
  const size = shared.pool.size;
  const batch = new AheadBatch(jobs, Math.min(size, jobs.length), size > 1 && jobs.length >= size ? 1 : 0);
  shared.batches.push(batch);
  [...files].forEach((file, index) => shared.ahead.set(file, { batch, index }));
  return jobs.length;
}

/**
 * Ends drawing ahead for this build: the workers take no more cards, and the counts say what was
 * drawn, what no page asked for (counted as rendered here) and what was left undrawn.
 */
export function finishCardsAhead(): AheadCounts {
  const total: AheadCounts = { drawn: 0, unused: 0, dropped: 0 };
  for (const batch of shared.batches.splice(0)) {
    const counts = batch.finish();
    total.drawn += counts.drawn;
    total.unused += counts.unused;
    total.dropped += counts.dropped;
  }
  shared.ahead.clear();
  cardCache.counts.made += total.unused;
  return total;
}
