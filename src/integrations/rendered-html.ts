/**
 * Rendered report HTML is kept out of the content store: one file per report in the cache folder
 * (`kursk-html/`, beside Astro's `data-store.json`), read back when the report's page renders.
 *
 * Why: at the end of every content sync Astro serialises the whole store into one string to write
 * its file, and at 10,000 reports 175 MB of the 255 MB store was report HTML; that string, its
 * escaped copies and the buffer written from it made the build's peak memory (docs/benchmarks.md).
 * The rest of what rendering gives (headings, and what the plugins record: citations, word count,
 * entity mentions, figure links) stays in the store, where every page can read it.
 *
 * Each file is named by the report's id and the digest of its source file. An entry whose file is
 * gone (the cache folder emptied by hand) is dropped from the store before its loader runs, so the
 * loader renders it again; files of reports no longer in the store are removed after it runs. An
 * entry with images keeps its HTML in the store, since Astro rewrites image references in it.
 */
import type { Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processWide } from '../lib/process-wide';

/** The folder of the cache folder that holds the files. */
export const HTML_FOLDER = 'kursk-html';

/** The part of an entry this module reads and writes (the loader API's store entry, as far as it goes). */
export interface RenderedEntry {
  id: string;
  filePath?: string | undefined;
  digest?: number | string | undefined;
  rendered?:
    | {
        html: string;
        metadata?: { imagePaths?: string[]; htmlFile?: unknown; [key: string]: unknown } | undefined;
      }
    | undefined;
}

/** The global key of where this process keeps the files: set by the loader, read by the pages. */
export const RENDERED_HTML_KEY = 'kursk-files:rendered-html';
const htmlFolder = () => processWide(RENDERED_HTML_KEY, (): { dir?: string } => ({}));

/** The file of one report's HTML: its id (hashed, since ids may hold slashes) and its source's digest. */
export function htmlFileName(id: string, digest: number | string): string {
  return `${createHash('sha256').update(id).digest('hex').slice(0, 16)}-${digest}.html`;
}

/** The store's copy of an entry, its HTML written to `dir` (unless it has images or no digest). */
export function moveHtml<E extends RenderedEntry>(entry: E, dir: string): E {
  const { rendered, digest } = entry;
  if (!rendered || digest === undefined || rendered.metadata?.imagePaths?.length) return entry;
  const htmlFile = htmlFileName(entry.id, digest);
  writeFileSync(join(dir, htmlFile), rendered.html);
  return { ...entry, rendered: { html: '', metadata: { ...rendered.metadata, htmlFile } } };
}

const htmlFileOf = (entry: RenderedEntry): string | undefined => {
  const file = entry.rendered?.metadata?.htmlFile;
  return typeof file === 'string' ? file : undefined;
};

/** Wraps a loader that renders its entries (glob() of Markdown) so their HTML is kept apart. */
export function keepRenderedHtmlApart(loader: Loader): Loader {
  const load: Loader['load'] = async (context) => {
    const dir = fileURLToPath(new URL(`${HTML_FOLDER}/`, context.config.cacheDir));
    mkdirSync(dir, { recursive: true });
    htmlFolder().dir = dir;
    const { store } = context;
    for (const [id, entry] of store.entries()) {
      const file = htmlFileOf(entry);
      if (file && !existsSync(join(dir, file))) store.delete(id);
    }
    await loader.load({ ...context, store: { ...store, set: (entry) => store.set(moveHtml(entry, dir)) } });
    const kept = new Set(store.values().map(htmlFileOf));
    for (const name of readdirSync(dir)) if (!kept.has(name)) rmSync(join(dir, name));
  };
  return { ...loader, load };
}

/**
 * The entry as `render()` expects it: with its HTML read back from its file (unchanged if its HTML
 * is in the store). Fails, naming the report and the file, if the file cannot be read.
 */
export function withRenderedHtml<E extends RenderedEntry>(entry: E): E {
  const file = htmlFileOf(entry);
  if (!file || !entry.rendered) return entry;
  const { dir } = htmlFolder();
  const where = entry.filePath ?? entry.id;
  if (!dir)
    throw new Error(
      `${where}: its rendered HTML is kept in the cache folder's ${HTML_FOLDER}/, but its collection's loader did not run in this process to say where; render pages with astro build or astro dev, which sync the content first.`,
    );
  let html: string;
  try {
    html = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    throw new Error(
      `${where}: its rendered HTML, ${join(dir, file)}, cannot be read (${(error as Error).message}); build again, which renders any report whose file is missing.`,
      { cause: error },
    );
  }
  return { ...entry, rendered: { ...entry.rendered, html } };
}
