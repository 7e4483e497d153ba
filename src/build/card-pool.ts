/**
 * The social cards of a build: which cards the site has (`cardJobs`, from the checked content) and
 * a pool of worker threads that draws them into the built site (`drawCards`). Each worker has a
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

/**
 * Draws the cards into `outDir` on `threads` worker threads (src/build/card-worker.ts), each card
 * from the card cache in `cacheDir` when its inputs are unchanged. Rejects, naming the card, if one
 * cannot be drawn.
 */
export async function drawCards(
  jobs: readonly CardJob[],
  outDir: string,
  cacheDir: string,
  threads = availableParallelism(),
): Promise<void> {
  let next = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(threads, jobs.length)) },
    () => new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { cacheDir } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: CardJob | undefined;
            const giveNext = () => {
              current = jobs[next];
              next += 1;
              if (!current) return resolve();
              const task: CardTask = { content: current.content, file: join(outDir, current.path) };
              worker.postMessage(task);
            };
            worker.on('message', (answer: CardAnswer) =>
              answer.ok ? giveNext() : reject(new Error(`Social card ${current?.path}: ${answer.message}`)),
            );
            worker.on('error', (error) =>
              reject(new Error(`Social card ${current?.path}: ${error.message}`, { cause: error })),
            );
            // After the last card this promise has settled and the exit (from terminate) changes nothing.
            worker.on('exit', (code) =>
              reject(new Error(`A card worker stopped (exit ${code}) while drawing ${current?.path}.`)),
            );
            giveNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
