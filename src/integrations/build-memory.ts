/**
 * Logs the build process's peak memory at the end of the build: Astro, the page build and their
 * worker threads (social cards, search copies). Pagefind's indexing process is logged apart, by the
 * Pagefind integration. The benchmark reads both lines (scripts/bench/run.ts).
 */
import type { AstroIntegration } from 'astro';
import { formatBytes } from '../lib/bench';
import { ownPeakBytes } from '../lib/process-memory';

/** The log line; the benchmark parses it with `parseBuildMemory` (src/lib/bench.ts). */
export function formatBuildPeak(bytes: number): string {
  return `Peak memory of the build process (Astro and its worker threads; Pagefind's process apart): ${formatBytes(bytes)}.`;
}

/** Last in the integrations, so the peak covers every other build step. */
export function buildMemoryIntegration(): AstroIntegration {
  return {
    name: 'kursk-files:build-memory',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info(formatBuildPeak(ownPeakBytes()));
      },
    },
  };
}
