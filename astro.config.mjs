// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync } from 'node:fs';
import { contentDir } from './src/content-dir.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/integrations/remark-citations.ts';
import { rehypeAnchors } from './src/integrations/rehype-anchors.ts';
import { redirectsIntegration } from './src/integrations/redirects.ts';

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
  build: { format: 'directory' },
  markdown: {
    // The remark pipeline, for the citation plugin; MDX extends the same configuration.
    processor: unified({ remarkPlugins: [[remarkCitations, { sourceIds }]], rehypePlugins: [rehypeAnchors] }),
  },
  // A separate cache per content folder, so fixture builds in tests never mix with the real one.
  ...(process.env.KURSK_CACHE_DIR ? { cacheDir: process.env.KURSK_CACHE_DIR } : {}),
  // Scripts stay external files (no inline script), so a strict Content-Security-Policy can serve them.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    // Former slugs become redirects. The committed nginx rules are for the real content at the
    // root; fixture and subpath builds write theirs into the build output instead.
    redirectsIntegration({
      contentDir,
      nginxConf: process.env.KURSK_CONTENT_DIR || process.env.BASE_PATH ? undefined : 'deploy/nginx/redirects.conf',
    }),
    pagefindIntegration(),
  ],
});
