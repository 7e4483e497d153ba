/**
 * The social cards of a build: which cards the site has (`cardJobs`, from the checked content) and
 * a pool of worker threads that draws them (`startCardPool`, `drawCards`). Each worker has a
 * heap of its own, so drawing a card does not wait on the collector of a build that holds every
 * page of a large archive; one worker per core, each holding one card at a time.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleKind } from '../lib/reports';
import { reportCardContent, siteCardContent, type CardContent } from '../lib/social-card';
import { listOutlets } from '../lib/sources';
import { linkPaths } from '../lib/urls';
import type { CardAnswer, CardTask } from './card-worker';
import type { ReportEntry, SourceEntry } from './content-check';

/** A card of the site: its path in the built site (no base path) and what it shows. */
export interface CardJob {
  path: string;
  content: CardContent;
}

/** What the cards read of the site: its name and tagline (src/config/site.ts). */
export interface CardSite {
  name: string;
  tagline: string;
}

/**
 * Every card the site links to: the site's own (for pages without one) and one per published
 * report, showing its kind, headline, day of publication and its sources' outlets.
 */
export function cardJobs(
  site: CardSite,
  reports: readonly Pick<ReportEntry, 'id' | 'path' | 'data'>[],
  sources: readonly Pick<SourceEntry, 'id' | 'data'>[],
): CardJob[] {
  const sourcesById = new Map(sources.map((source) => [source.id, source.data]));
  const jobs: CardJob[] = [
    { path: linkPaths.card('site', 'default'), content: siteCardContent(site.name, site.tagline) },
  ];
  for (const report of reports) {
    if (report.data.draft) continue;
    const outlets = listOutlets(
      report.data.sources.map((id) => {
        const source = sourcesById.get(id);
        // The content check fails the build on an unknown source before cards are drawn.
        if (!source)
          throw new Error(`${report.path}: 'sources' names '${id}', which is not in content/sources/.`);
        return source;
      }),
    );
    jobs.push({
      path: linkPaths.card('reports', report.id),
      content: reportCardContent(
        site.name,
        {
          kind: articleKind(report.data.type),
          title: report.data.title,
          publishedAt: report.data.publishedAt,
        },
        outlets,
      ),
    });
  }
  return jobs;
}

/** A pool of card workers drawing into one folder, which can be started early and grown later. */
export interface CardPool {
  /** Starts up to `count` more workers, never more than there are cards not yet handed out. */
  addWorkers(count: number): void;
  /**
   * Settles when every card is drawn, rejecting with the first card that could not be; the
   * workers are stopped either way. Until it is called the workers do not keep the process alive,
   * so a build that fails before its end is not held up by cards nobody will use.
   */
  finished(): Promise<void>;
}

/**
 * A pool that draws the cards into `outDir` on worker threads (src/build/card-worker.ts), each
 * card from the card cache in `cacheDir` when its inputs are unchanged, one card at a time per
 * worker. It starts with no worker: `addWorkers` starts them.
 */
export function startCardPool(jobs: readonly CardJob[], outDir: string, cacheDir: string): CardPool {
  let next = 0;
  let drawn = 0;
  let failure: Error | undefined;
  const workers: Worker[] = [];
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Read by finished(); a failure before it is called must not be an unhandled rejection.
  done.catch(() => undefined);
  const fail = (error: Error) => {
    failure ??= error;
    settle.reject(failure);
  };
  if (jobs.length === 0) settle.resolve();

  const start = () => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { cacheDir } });
    worker.unref();
    workers.push(worker);
    let current: CardJob | undefined;
    const giveNext = () => {
      current = failure ? undefined : jobs[next];
      if (!current) return;
      next += 1;
      const task: CardTask = { content: current.content, file: join(outDir, current.path) };
      worker.postMessage(task);
    };
    worker.on('message', (answer: CardAnswer) => {
      if (!answer.ok) return fail(new Error(`Social card ${current?.path}: ${answer.message}`));
      drawn += 1;
      if (drawn === jobs.length) settle.resolve();
      giveNext();
    });
    worker.on('error', (error) =>
      fail(new Error(`Social card ${current?.path}: ${error.message}`, { cause: error })),
    );
    // After the last card the pool has settled, and the exit (from terminate) changes nothing.
    worker.on('exit', (code) => {
      if (drawn < jobs.length)
        fail(new Error(`A card worker stopped (exit ${code}) while drawing ${current?.path}.`));
    });
    giveNext();
  };

  return {
    addWorkers(count) {
      const room = Math.min(count, jobs.length - next);
      for (let i = 0; i < room; i += 1) start();
    },
    async finished() {
      for (const worker of workers) worker.ref();
      try {
        await done;
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

/**
 * Draws the cards into `outDir` on `threads` worker threads, each card from the card cache in
 * `cacheDir` when its inputs are unchanged. Rejects, naming the card, if one cannot be drawn.
 */
export async function drawCards(
  jobs: readonly CardJob[],
  outDir: string,
  cacheDir: string,
  threads = availableParallelism(),
): Promise<void> {
  const pool = startCardPool(jobs, outDir, cacheDir);
  pool.addWorkers(Math.max(1, threads));
  await pool.finished();
}
