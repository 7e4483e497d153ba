// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync } from 'node:fs';
import { contentDir } from './src/content-dir.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/integrations/remark-citations.ts';
import { assertInvestigationContent, entityNames, readInvestigationFiles } from './src/integrations/investigation-content.ts';
import { rehypeEntityLinks } from './src/integrations/rehype-entity-links.ts';
import { withBase } from './src/lib/urls.ts';

// Source ids are the file names in content/sources/; citations to any other id fail the build.
const sourceIds = new Set(
  readdirSync(`${contentDir}/sources`)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, '')),
);

// Entities, events, claims and quantities are checked before anything renders: a bad date, an
// unknown id or a name given to two entities stops the build with the file, field and fix.
const investigation = readInvestigationFiles(contentDir);
assertInvestigationContent(investigation);
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // The public address; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://kursk-files.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    // The remark pipeline, for the citation plugin; MDX extends the same configuration.
    processor: unified({
      remarkPlugins: [[remarkCitations, { sourceIds }]],
      // Links each entity's first mention in a report to its page.
      rehypePlugins: [[rehypeEntityLinks, { entities: entityNames(investigation), hrefFor: (/** @type {string} */ id) => withBase(base, `/entities/${id}/`) }]],
    }),
  },
  integrations: [mdx(), pagefindIntegration()],
});
