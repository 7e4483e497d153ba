/**
 * Astro integration: fails the build on any problem the content check found
 * (src/build/content-check.ts), before anything renders, naming the file, the field and the fix.
 * In the dev server the problems are logged instead, so an editor sees them while the pages that
 * are sound keep working.
 */
import type { AstroIntegration } from 'astro';
import { formatContentProblems } from '../build/content-check';

/** What the integration reports: the check's problems, and where it looked for the captures. */
export interface ContentCheckResult {
  problems: readonly string[];
  /** The captures folder the check was given; without one, hashes and spellings go unchecked. */
  capturesDir?: string | undefined;
}

export function contentCheckIntegration(result: ContentCheckResult): AstroIntegration {
  return {
    name: 'kursk-files:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (result.problems.length > 0) {
          if (command === 'build') throw new Error(formatContentProblems(result.problems));
          logger.warn(formatContentProblems(result.problems));
          return;
        }
        if (command !== 'build') return;
        const hashes = result.capturesDir
          ? 'capture hashes'
          : 'capture hashes NOT checked (KURSK_SKIP_CAPTURES=1: each source page says so)';
        logger.info(
          `Content checked: schemas, references, citations, ${hashes}, aliases, claimants and scopes.`,
        );
      },
    },
  };
}
