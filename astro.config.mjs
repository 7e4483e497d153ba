// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readdirSync } from 'node:fs';
import { contentDir } from './src/content-dir.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { capturesDir, readCollection } from './src/integrations/content-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteManifestIntegration } from './src/integrations/site-manifest.ts';
import { buildCachesIntegration } from './src/integrations/build-caches.ts';
import { entityNames } from './src/lib/aliases.ts';
import { redirectsIntegration } from './src/integrations/redirects.ts';
import { satteriPipeline } from './src/markdown/pipeline.ts';
import { readFigureIndex } from './src/markdown/figure-hrefs.ts';

// Source ids are the file names in content/sources/; citations to any other id fail the build.
const sourceIds = new Set(
  readdirSync(`${contentDir}/sources`)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, '')),
);

// Entity names and aliases, for linking each entity's first mention in a report. (Every content
// file, these included, is validated once, by contentCheckIntegration below, before anything renders.)
const entities = entityNames(readCollection(contentDir, 'entities'));
const base = process.env.BASE_PATH ?? '/';
// Quantity ids and each claim's quantity: figures links in reports (/figures/#<quantity>,
// /figures/#claim-<id>) point at the quantity's page, and a link to neither fails the build.
const figures = readFigureIndex(contentDir);
const pipeline = { sourceIds, entities, base, figures };

export default defineConfig({
  // The public address; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://kursk-files.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  // No inline <style> or <script>: every stylesheet and script is a file, so the Content-Security-Policy
  // needs no 'unsafe-inline' and no per-page hashes (see src/lib/security-headers.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // A separate cache per content folder, so fixture builds in tests never mix with the real one.
  ...(process.env.KURSK_CACHE_DIR ? { cacheDir: process.env.KURSK_CACHE_DIR } : {}),
  markdown: {
    // Sätteri, Astro's native Markdown processor, with the site's mdast and hast plugins
    // (src/markdown/pipeline.ts), for `.md` and, through mdx() below, `.mdx` reports.
    processor: satteri(satteriPipeline(pipeline)),
  },
  integrations: [
    // Logs at the end what the build caches (social cards, citations) made in this build.
    buildCachesIntegration(),
    // Before anything renders: bad content fails the build, naming the file, field and fix.
    contentCheckIntegration({ contentDir, capturesDir: capturesDir(process.env, process.cwd()) }),
    // MDX reports, rendered by the processor above (mdx() inherits markdown.processor).
    mdx(),
    // Former slugs become redirects. The committed nginx rules are for the real content at the
    // root; fixture and subpath builds write theirs into the build output instead.
    redirectsIntegration({
      contentDir,
      nginxConf:
        process.env.KURSK_CONTENT_DIR || process.env.BASE_PATH ? undefined : 'deploy/nginx/redirects.conf',
    }),
    pagefindIntegration(),
    // After Pagefind: _headers, and SHA256SUMS over every file, the search index included.
    siteManifestIntegration(),
  ],
});
