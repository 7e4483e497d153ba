/** The document data Astro's Sätteri processor hands to plugins, and a helper to write into it. */
import type { Data } from 'satteri';

/**
 * Sets one key of the page's `remarkPluginFrontmatter` (Astro reads `data.astro.frontmatter` back
 * after rendering a `.md` or `.mdx` file), creating the objects when a caller outside Astro gave none.
 */
export function setFrontmatter(data: Data, key: string, value: unknown): void {
  const bag = data as { astro?: { frontmatter?: Record<string, unknown> } };
  bag.astro ??= {};
  bag.astro.frontmatter ??= {};
  bag.astro.frontmatter[key] = value;
}
