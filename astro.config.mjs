// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { availableParallelism } from 'node:os';
import { contentDir } from './src/content-dir.ts';
import { readContent } from './src/build/content-check.ts';
import { captureReader, capturesDir as findCapturesDir } from './src/build/content-files.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteManifestIntegration } from './src/integrations/site-manifest.ts';
import { outputFolderIntegration } from './src/integrations/output-folder.ts';
import { buildCachesIntegration } from './src/integrations/build-caches.ts';
import { socialCardsIntegration } from './src/integrations/social-cards.ts';
import { SITE } from './src/config/site.ts';
import { entityNames } from './src/lib/aliases.ts';
import { buildAliasGroups } from './src/lib/search-terms.ts';
import { redirectsIntegration } from './src/integrations/redirects.ts';
import { historyIntegration } from './src/integrations/history.ts';
import { satteriPipeline } from './src/markdown/pipeline.ts';
import { figureIndex } from './src/markdown/figure-hrefs.ts';

// Every content file, read and checked against its schema once; build-time code below gets the
// typed entries from here. Any problem fails the build (contentCheckIntegration) before anything renders.
const capturesDir = findCapturesDir(process.env, process.cwd());
const { problems, content } = readContent({ contentDir, capturesDir });

const base = process.env.BASE_PATH ?? '/';
const pipeline = {
  // Citations to any other source id fail the build.
  sourceIds: new Set(content.sources.map((source) => source.id)),
  // Each note's passage is held to its capture, and the note links to the paragraph it is in.
  captureOf: captureReader(capturesDir, content.sources),
  // Entity names and aliases, for linking each entity's first mention in a report.
  entities: entityNames(content.entities),
  base,
  // Figures links in reports (/figures/#<quantity>, /figures/#claim-<id>) point at the
  // quantity's page, and a link to neither fails the build.
  figures: figureIndex(content),
};

export default defineConfig({
  // The public address; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://kursk-files.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  // No inline <style> or <script>: every stylesheet and script is a file, so the Content-Security-Policy
  // needs no 'unsafe-inline' and no per-page hashes (see src/lib/security-headers.ts).
  // A page in flight per core.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: availableParallelism() },
  vite: { build: { assetsInlineLimit: 0 } },
  // A separate cache per content folder, so fixture builds in tests never mix with the real one.
  ...(process.env.KURSK_CACHE_DIR ? { cacheDir: process.env.KURSK_CACHE_DIR } : {}),
  markdown: {
    // Sätteri, Astro's native Markdown processor, with the site's mdast and hast plugins
    // (src/markdown/pipeline.ts), for `.md` and, through mdx() below, `.mdx` reports.
    processor: satteri(satteriPipeline(pipeline)),
  },
  integrations: [
    // Before anything renders: bad content fails the build, naming the file, field and fix.
    contentCheckIntegration({ problems, capturesDir }),
    // MDX reports, rendered by the processor above (mdx() inherits markdown.processor).
    mdx(),
    // Former slugs become redirects. The committed nginx rules are for the real content at the
    // root; fixture and subpath builds write theirs into the build output instead.
    redirectsIntegration({
      reports: content.reports,
      nginxConf:
        process.env.KURSK_CONTENT_DIR || process.env.BASE_PATH ? undefined : 'deploy/nginx/redirects.conf',
    }),
    // The report history from git: logs what the build publishes, or why it has none (a shallow clone).
    historyIntegration({ contentDir, reports: content.reports }),
    // When the pages are built: the social cards they link to, drawn on worker threads.
    socialCardsIntegration({ site: SITE, reports: content.reports, sources: content.sources }),
    // After the cards: logs what the build caches (social cards, citations) made in this build.
    buildCachesIntegration(),
    // `KURSK_SEARCH_ADDITIONS=off` indexes pages as printed, to measure what the additions bring (docs/search.md).
    pagefindIntegration({
      aliasGroups: buildAliasGroups(content.entities),
      additions: process.env.KURSK_SEARCH_ADDITIONS !== 'off',
    }),
    // After Pagefind: _headers, and SHA256SUMS over every file, the search index included.
    siteManifestIntegration(),
    // Last: checks before the build that the output folder can be replaced, has the build write
    // into a fresh folder beside it, and moves that into place only when everything above succeeded,
    // so a failed build never leaves half a site in dist/ (src/build/output-folder.ts).
    outputFolderIntegration(),
  ],
});
