/**
 * Astro integration: turns each report's `formerSlugs` (from the checked content) into redirects.
 * It checks them when the build starts (a former slug that is a live slug fails the build, naming
 * both files) and, when the build is done, writes a redirect page at every old address, a `_redirects` file, and the
 * nginx rules (into deploy/ for the real content, so changes are reviewed like code).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collectRedirects,
  renderNginxRedirects,
  renderRedirectPage,
  renderRedirectsFile,
  type Redirect,
} from '../lib/redirects';
import { paths } from '../lib/urls';

/** What the redirects read of a checked report (src/build/content-check.ts). */
export interface RedirectSource {
  id: string;
  path: string;
  data: { draft: boolean; formerSlugs: readonly string[] };
}

/** Options: the checked reports, and where to write the nginx rules (none: into the build output). */
export interface RedirectsOptions {
  reports: readonly RedirectSource[];
  nginxConf?: string | undefined;
}

/** The redirects from the published reports' former slugs, or throws naming the files. */
export function reportRedirects(reports: readonly RedirectSource[]): Redirect[] {
  return collectRedirects(
    reports
      .filter((report) => !report.data.draft)
      .map((report) => ({ slug: report.id, path: report.path, formerSlugs: [...report.data.formerSlugs] })),
    paths.report,
  );
}

/** Writes a file only when its content changed, so a build leaves an unchanged file untouched. */
function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function redirectsIntegration(options: RedirectsOptions): AstroIntegration {
  let redirects: Redirect[] = [];
  let site = 'https://example.invalid';
  let base = '/';
  return {
    name: 'kursk-files:redirects',
    hooks: {
      'astro:config:setup': ({ config }) => {
        redirects = reportRedirects(options.reports);
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const redirect of redirects) {
          const file = join(out, redirect.from, 'index.html');
          if (existsSync(file))
            throw new Error(
              `Redirect from ${redirect.from} would overwrite a page built there; remove it from 'formerSlugs'.`,
            );
          writeIfChanged(file, renderRedirectPage(redirect, { site, base }));
        }
        writeIfChanged(join(out, '_redirects'), renderRedirectsFile(redirects, base));
        writeIfChanged(
          options.nginxConf ?? join(out, 'nginx-redirects.conf'),
          renderNginxRedirects(redirects, base),
        );
        logger.info(`${redirects.length} redirect(s) from former slugs.`);
      },
    },
  };
}
