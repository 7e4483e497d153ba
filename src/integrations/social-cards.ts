/**
 * Astro integration: the social cards. When the build is done, draws every card the pages link to
 * (src/build/card-pool.ts) into the built site, before the search index and the manifest are
 * written; in `astro dev`, draws a card when it is asked for, from the content as the server read
 * it at start.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cardJobs, drawCards, type CardJob, type CardSite } from '../build/card-pool';
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
      // How many cards were drawn and how many came from the cache is logged by buildCachesIntegration;
      // the time is logged here for scripts/bench-cards.mjs.
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cards = allJobs();
        const threads = availableParallelism();
        await drawCards(cards, fileURLToPath(dir), cacheDirOf('cards'), threads);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Social cards: ${cards.length} in the site after ${seconds} s on ${threads} worker threads.`,
        );
      },
    },
  };
}
