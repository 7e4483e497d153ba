/**
 * Astro integration: a build replaces its output folder whole or not at all
 * (src/build/output-folder.ts). On `astro build` only, before anything is built, it checks that
 * the output folder (`outDir`: `dist/`, or `--outDir`) can be replaced, failing in words if not,
 * and points `outDir` at a fresh folder beside it; every other integration writes into that folder
 * through the `dir` its `astro:build:done` hook is given. List it LAST: its `astro:build:done` moves
 * the finished folder into place after the others (cards, Pagefind, the manifest) have written
 * theirs. A build that fails, at any step, deletes the fresh folder when the process exits, and the
 * previous output is left as it was.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import {
  describeFailedBuild,
  discardOutput,
  freeBytes,
  prepareOutput,
  publishOutput,
  type OutputPlan,
} from '../build/output-folder';

export function outputFolderIntegration(): AstroIntegration {
  let plan: OutputPlan | undefined;
  let published = false;
  return {
    name: 'kursk-files:output-folder',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const final = fileURLToPath(config.outDir).replace(/\/+$/, '');
        plan = prepareOutput(final);
        const { staging } = plan;
        // A URL, as Astro holds `outDir` once resolved: its merge replaces a URL with a URL, while a
        // string here would reach the build unresolved.
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        logger.info(
          `Building into ${relative(process.cwd(), staging) || staging}; it replaces ${relative(process.cwd(), final) || final}/ only if the build succeeds.`,
        );
        // Runs however the build ends; after a success there is nothing left to delete.
        process.once('exit', () => {
          if (!plan || published) return;
          discardOutput(plan);
          console.error(describeFailedBuild(plan, freeBytes(dirname(plan.final)), existsSync(plan.final)));
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!plan) return;
        publishOutput(plan);
        published = true;
        logger.info(`Moved the finished build into ${relative(process.cwd(), plan.final) || plan.final}/.`);
      },
    },
  };
}
