/**
 * Astro integration: builds the Pagefind search index on `astro:build:done`, so one `astro build`
 * yields the site and its index. Only pages that opt in with `data-pagefind-body` are indexed;
 * the build fails if Pagefind reports an error or indexes a different number of pages than the
 * site marked for indexing.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir as defaultContentDir } from '../content-dir';
import { buildAliasGroups, extractIndexedText, findSearchAdditions, injectSearchAdditions, stripIds, type AliasGroup } from '../lib/search-terms';
import { readCollection } from './content-files';

/** Every `.html` file under a folder, as paths relative to it. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const BODY_MARKER = /\sdata-pagefind-body[\s>=]/;

/** How many built pages ask to be indexed (carry `data-pagefind-body`). */
export async function countPagesMarkedForIndex(dir: string, files?: readonly string[]): Promise<number> {
  let count = 0;
  for (const file of files ?? (await listHtmlFiles(dir))) {
    if (BODY_MARKER.test(await readFile(join(dir, file), 'utf8'))) count += 1;
  }
  return count;
}

/** Whether any built page asks to be indexed: reads files only until the first that does. */
export async function anyPageMarkedForIndex(dir: string, files?: readonly string[]): Promise<boolean> {
  for (const file of files ?? (await listHtmlFiles(dir))) {
    if (BODY_MARKER.test(await readFile(join(dir, file), 'utf8'))) return true;
  }
  return false;
}

/** The number of pages in a Pagefind index, from its `pagefind-entry.json`. */
export function countIndexedPages(entry: { languages?: Record<string, { page_count?: number }> }): number {
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Alias groups from the entity files in a content folder (none yet is fine: search then matches printed spellings only). */
export function readAliasGroups(contentDir: string): AliasGroup[] {
  return buildAliasGroups(readCollection(contentDir, 'entities'));
}

/**
 * Hands every page marked for indexing to Pagefind, each with its search-only additions (other
 * names of the entities it mentions, other number forms) placed inside its indexed body and
 * without element ids (see stripIds: they would double each result fragment). The files on disk
 * are left as built. Returns how many pages were added and how many got additions.
 *
 * One page is in Pagefind at a time, in file order, so the index is the same bytes on every build
 * (several at once made it differ); the next page is read and prepared while Pagefind parses the
 * current one, since the two run in separate processes.
 */
export async function addPagesWithAdditions(
  index: pagefind.PagefindIndex,
  dir: string,
  groups: AliasGroup[],
  files?: readonly string[],
): Promise<{ pages: number; enriched: number }> {
  let pages = 0;
  let enriched = 0;
  let inPagefind: Promise<void> | undefined;
  for (const file of files ?? (await listHtmlFiles(dir))) {
    const html = await readFile(join(dir, file), 'utf8');
    if (!BODY_MARKER.test(html)) continue;
    const additions = findSearchAdditions(extractIndexedText(html), groups);
    const enrichedHtml = injectSearchAdditions(html, additions);
    if (enrichedHtml !== html) enriched += 1;
    const content = stripIds(enrichedHtml);
    await inPagefind;
    inPagefind = index.addHTMLFile({ sourcePath: file, content }).then((added) => {
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${join(dir, file)}:\n${added.errors.join('\n')}`);
    });
    // Awaited above or below; until then a failure must not count as unhandled.
    inPagefind.catch(() => {});
    pages += 1;
  }
  await inPagefind;
  return { pages, enriched };
}

/** Lets Pagefind read the built folder itself (no additions); returns how many pages are marked for it. */
async function addFolder(index: pagefind.PagefindIndex, dir: string, files: readonly string[]): Promise<{ pages: number; enriched: number }> {
  const { errors } = await index.addDirectory({ path: dir });
  if (errors.length > 0) throw new Error(`Pagefind could not index ${dir}:\n${errors.join('\n')}`);
  return { pages: await countPagesMarkedForIndex(dir, files), enriched: 0 };
}

/** Options for indexing: where entity files are read from, and whether to add search-only terms. */
export interface SearchIndexOptions {
  /** The content folder whose entities/ supply alias groups. */
  contentDir: string;
  /** Add other names and number forms to pages before indexing (off only to measure what they bring). */
  additions: boolean;
}

/** Indexes the built site in `dir` and writes the bundle to `<dir>/pagefind/`. Returns the page count. */
export async function buildSearchIndex(
  dir: string,
  log: (message: string) => void,
  options: SearchIndexOptions = { contentDir: defaultContentDir, additions: true },
): Promise<number> {
  const started = performance.now();
  const files = await listHtmlFiles(dir);
  if (!(await anyPageMarkedForIndex(dir, files))) throw new Error('Pagefind: no built page carries data-pagefind-body, so search would find nothing.');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);
    const groups = options.additions ? readAliasGroups(options.contentDir) : [];
    // The pages handed over with additions are exactly the marked ones; without them Pagefind reads the folder.
    const added = options.additions ? await addPagesWithAdditions(index, dir, groups, files) : await addFolder(index, dir, files);
    const expected = added.pages;
    const outputPath = join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files:\n${written.errors.join('\n')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages in the index.
    const indexed = countIndexedPages(JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')));
    if (indexed !== expected) {
      throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages carry data-pagefind-body.`);
    }
    // The duration is read by the benchmark (scripts/bench/run.ts), which reports indexing apart from rendering.
    log(`Pagefind indexed ${indexed} pages in ${((performance.now() - started) / 1000).toFixed(2)} s; ${added.enriched} got other names or number forms from ${groups.length} entities.`);
    return indexed;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Search indexing failed, so the build fails (the site would ship without working search): ${reason}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/**
 * The integration: index after every build. `KURSK_SEARCH_ADDITIONS=off` indexes pages as printed,
 * to measure what the additions bring (docs/search.md).
 */
export function pagefindIntegration(
  options: SearchIndexOptions = { contentDir: defaultContentDir, additions: process.env.KURSK_SEARCH_ADDITIONS !== 'off' },
): AstroIntegration {
  return {
    name: 'kursk-files:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), (message) => logger.info(message), options);
      },
    },
  };
}
