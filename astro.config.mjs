// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync } from 'node:fs';
import { contentDir } from './src/content-dir.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { capturesDir } from './src/integrations/content-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteManifestIntegration } from './src/integrations/site-manifest.ts';
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
  // No inline <style> or <script>: every stylesheet and script is a file, so the Content-Security-Policy
  // needs no 'unsafe-inline' and no per-page hashes (see src/lib/security-headers.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // The remark pipeline, for the citation plugin; MDX extends the same configuration.
    processor: unified({ remarkPlugins: [[remarkCitations, { sourceIds }]] }),
  },
  integrations: [
    // First: bad content fails the build before anything renders, naming the file, field and fix.
    contentCheckIntegration({ contentDir, capturesDir: capturesDir(process.env, process.cwd()) }),
    mdx(),
    pagefindIntegration(),
    // After Pagefind, so SHA256SUMS covers the search index.
    siteManifestIntegration(),
  ],
});
