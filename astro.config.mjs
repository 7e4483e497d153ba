// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync } from 'node:fs';
import { contentDir } from './src/content-dir.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/integrations/remark-citations.ts';

// Source ids are the file names in content/sources/; citations to any other id fail the build.
const sourceIds = new Set(
  readdirSync(`${contentDir}/sources`)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, '')),
);

export default defineConfig({
  // The public address; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://kursk-files.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  // A separate cache (content data store) per content folder, so benchmarks of a synthetic archive
  // neither reuse nor overwrite the real site's cache.
  ...(process.env.KURSK_CACHE_DIR ? { cacheDir: process.env.KURSK_CACHE_DIR } : {}),
  build: { format: 'directory' },
  markdown: {
    // The remark pipeline, for the citation plugin; MDX extends the same configuration.
    processor: unified({ remarkPlugins: [[remarkCitations, { sourceIds }]] }),
  },
  integrations: [mdx(), pagefindIntegration()],
});
