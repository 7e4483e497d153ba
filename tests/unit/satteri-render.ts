/** Test helpers: Sätteri as Astro's `satteri()` processor calls it, for the plugin tests. */
import { markdownToHtml, type CompileOptions, type MarkdownToHtmlResult } from 'satteri';

/** The data Astro hands a Sätteri render: the file's frontmatter and empty heading and image lists. */
export function astroData(frontmatter: Record<string, unknown> = {}) {
  return {
    astro: {
      frontmatter,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
}

/** Renders Markdown with plugins that are all synchronous, as the site's are. */
export function renderSync(markdown: string, options: CompileOptions = {}): MarkdownToHtmlResult {
  const result = markdownToHtml(markdown, options);
  if (result instanceof Promise)
    throw new Error('a plugin ran asynchronously; the site’s plugins are synchronous');
  return result;
}
