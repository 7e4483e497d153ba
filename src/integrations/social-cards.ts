/**
 * Astro integration: the social cards. Every card the pages link to (src/build/card-pool.ts) is
 * drawn on worker threads: from the start of the build, on every core but the one generating
 * pages, into a folder of its own (Astro owns the output folder until the pages are written); when
 * the pages are done, on every core, then moved into the built site before the search index and
 * the manifest are written. In `astro dev`, a card is drawn when it is asked for, from the content
 * as the server read it at start.
 */
import type { AstroIntegration } from 'astro';
import { cp, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardJobs, startCardPool, type CardJob, type CardPool, type CardSite } from '../build/card-pool';
import type { ReportEntry, SourceEntry } from '../build/content-check';
import { cacheDirOf } from '../build/cache';
import { renderCard } from '../build/social-card';

/** Options: the site's name and tagline, and the checked reports and sources the cards show. */
export interface SocialCardsOptions {
  site: CardSite;
  reports: readonly ReportEntry[];
  sources: readonly SourceEntry[];
}

export function socialCardsIntegration(options: SocialCardsOptions): AstroIntegration {
  // Made when first needed: after the content check, which fails the build on a report whose
  // sources are unknown, has run.
  let jobs: CardJob[] | undefined;
  const allJobs = () => (jobs ??= cardJobs(options.site, options.reports, options.sources));
  let base = '/';
  let early: { pool: CardPool; folder: string; started: number } | undefined;
  const threads = availableParallelism();
  const earlyWorkers = Math.max(0, threads - 1);
  return {
    name: 'kursk-files:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
          const job = allJobs().find((j) => `${base.replace(/\/$/, '')}${j.path}` === path);
          if (!job) return next();
          renderCard(job.content).then(
            (bytes) => {
              response.setHeader('Content-Type', 'image/png');
              response.end(Buffer.from(bytes));
            },
            (error: unknown) => next(error),
          );
        });
      },
      // Page generation keeps one core busy, so the cards start on the others at once.
      'astro:build:start': async () => {
        const folder = await mkdtemp(join(tmpdir(), 'kursk-cards-'));
        const pool = startCardPool(allJobs(), folder, cacheDirOf('cards'));
        pool.addWorkers(earlyWorkers);
        early = { pool, folder, started: performance.now() };
      },
      // How many cards were drawn and how many came from the cache is logged by buildCachesIntegration;
      // the time is logged here for scripts/bench-cards.mjs.
      'astro:build:done': async ({ dir, logger }) => {
        if (!early) throw new Error('The social cards were not started: astro:build:start did not run.');
        const { pool, folder, started } = early;
        const pagesDone = performance.now();
        pool.addWorkers(threads - earlyWorkers);
        try {
          await pool.finished();
          await moveInto(folder, fileURLToPath(dir));
        } finally {
          await rm(folder, { recursive: true, force: true });
        }
        const since = (t: number) => ((performance.now() - t) / 1000).toFixed(1);
        logger.info(
          `Social cards: ${allJobs().length} in the site, ${since(started)} s after the build started (${since(pagesDone)} s of them after the pages were written), on ${threads} worker threads.`,
        );
      },
    },
  };
}

/** Moves each top-level entry of `from` into `to`: a rename, or a copy where they are on different disks or `to` already has it. */
async function moveInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from)) {
    try {
      await rename(join(from, entry), join(to, entry));
    } catch (error) {
      if (!['EXDEV', 'ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? ''))
        throw error;
      await cp(join(from, entry), join(to, entry), { recursive: true });
    }
  }
}
