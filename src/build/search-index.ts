/**
 * The Pagefind search index of a built site, through Pagefind's Node API: only pages that opt in
 * with `data-pagefind-body` are indexed, from copies that carry search-only additions (other
 * names of the entities a page mentions, other number forms); indexing fails if Pagefind reports
 * an error or indexes a different number of pages than the site marked for indexing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { copyForIndex, type AliasGroup } from '../lib/search-terms';

/** The attribute by which a built page asks to be indexed. */
export const BODY_MARKER = /\sdata-pagefind-body[\s>=]/;

/** What the copying did: pages marked for indexing (copied), and how many of them got additions. */
export interface CopyCounts {
  pages: number;
  enriched: number;
}

/** Every `.html` file under a folder, as paths relative to it. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

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

/**
 * Writes the copies of the built pages that Pagefind indexes into `copyDir`, at the same paths:
 * each page marked for indexing, with its search-only additions inside its indexed body and
 * without element ids (see `copyForIndex`). The built files are left as they are. Returns how
 * many pages were copied and how many of them got additions.
 */
export async function writeIndexCopies(
  dir: string,
  copyDir: string,
  groups: readonly AliasGroup[],
  files?: readonly string[],
): Promise<CopyCounts> {
  const counts: CopyCounts = { pages: 0, enriched: 0 };
  const made = new Set<string>();
  for (const file of files ?? (await listHtmlFiles(dir))) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (!BODY_MARKER.test(html)) continue;
    const { content, enriched } = copyForIndex(html, groups);
    const target = join(copyDir, file);
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(target, content);
    counts.pages += 1;
    if (enriched) counts.enriched += 1;
  }
  return counts;
}

/** Options for indexing: the entities' names, and whether to add search-only terms. */
export interface SearchIndexOptions {
  /** Each entity's names (`buildAliasGroups` of the checked entities); none is fine: search then matches printed spellings only. */
  aliasGroups: readonly AliasGroup[];
  /** Add other names and number forms to pages before indexing (off only to measure what they bring). */
  additions: boolean;
}

/** The build log's line on the index: pages, time and pages with other names (the benchmark reads it). */
export function formatIndexLog(r: {
  indexed: number;
  seconds: number;
  enriched: number;
  entities: number;
}): string {
  return `Pagefind indexed ${r.indexed} pages in ${r.seconds.toFixed(2)} s; ${r.enriched} got other names or number forms from ${r.entities} entities.`;
}

/**
 * Indexes the built site in `dir` and writes the bundle to `<dir>/pagefind/`. Returns the page count.
 * Pagefind reads the pages itself, from a temporary folder of copies with the search additions
 * (`writeIndexCopies`), or from `dir` without them. Reading a folder, Pagefind parses pages on
 * every core, in an order of its own that is the same on every build; handed one page at a time
 * (to keep the index the same between builds) it parsed them on one, and took half as long again
 * (docs/bench-history/benchmarks-to-run-H.md); the index is the same, its pages numbered differently.
 */
export async function buildSearchIndex(
  dir: string,
  log: (message: string) => void,
  options: SearchIndexOptions,
): Promise<number> {
  const started = performance.now();
  const files = await listHtmlFiles(dir);
  if (!(await anyPageMarkedForIndex(dir, files)))
    throw new Error('Pagefind: no built page carries data-pagefind-body, so search would find nothing.');
  const copyDir = options.additions ? await mkdtemp(join(tmpdir(), 'kursk-search-copies-')) : undefined;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);
    const groups = options.additions ? options.aliasGroups : [];
    // The copies are exactly the marked pages; without them Pagefind reads the built folder.
    const added = copyDir
      ? await writeIndexCopies(dir, copyDir, groups, files)
      : { pages: await countPagesMarkedForIndex(dir, files), enriched: 0 };
    const read = await index.addDirectory({ path: copyDir ?? dir });
    if (read.errors.length > 0)
      throw new Error(`Pagefind could not index ${dir}:\n${read.errors.join('\n')}`);
    const expected = added.pages;
    const outputPath = join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its files:\n${written.errors.join('\n')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages in the index.
    const indexed = countIndexedPages(
      JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')),
    );
    if (indexed !== expected) {
      throw new Error(
        `Pagefind indexed ${indexed} pages, but ${expected} built pages carry data-pagefind-body.`,
      );
    }
    // The benchmark (scripts/bench/run.ts) reads the duration, to report indexing apart from rendering.
    log(
      formatIndexLog({
        indexed,
        seconds: (performance.now() - started) / 1000,
        enriched: added.enriched,
        entities: groups.length,
      }),
    );
    return indexed;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Search indexing failed, so the build fails (the site would ship without working search): ${reason}`,
      { cause: error },
    );
  } finally {
    await pagefind.close();
    if (copyDir) await rm(copyDir, { recursive: true, force: true });
  }
}
