// The framework's floor: Markdown in, pages out, nothing else. Its own cache folder, since
// node_modules is the main project's (symlinked).
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.cache',
});
