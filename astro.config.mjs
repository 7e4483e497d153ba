// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { readdirSync } from 'node:fs';
import { contentDir } from './src/content-dir.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/integrations/remark-citations.ts';
import { satteriCitations } from './src/integrations/satteri-citations.ts';
import { remarkWordCount, satteriWordCount } from './src/integrations/word-count.ts';

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
    // Sätteri, Astro's native Markdown processor, with the citation plugin: several times faster
    // than the remark pipeline on a large archive (docs/benchmarks.md).
    processor: satteri({ mdastPlugins: [satteriCitations({ sourceIds }), satteriWordCount()] }),
  },
  // MDX reports keep the remark pipeline and its citation plugin.
  integrations: [mdx({ processor: unified({ remarkPlugins: [[remarkCitations, { sourceIds }], remarkWordCount] }) }), pagefindIntegration()],
});
