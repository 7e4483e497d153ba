/**
 * Writes the copies of built pages that Pagefind indexes (see `writeIndexCopies` in pagefind.ts):
 * every page marked for indexing, with its search-only additions and without ids, at the same
 * path under another folder. Runs on a worker thread per core, each with its share of the files;
 * Node runs this file as TypeScript directly (type stripping), outside Vite. Posts the counts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { copyForIndex, type AliasGroup } from '../lib/search-terms.ts';

/** One share of the work: the built folder, the folder for the copies, the alias groups and the files (relative). */
export interface CopyTask {
  dir: string;
  copyDir: string;
  groups: AliasGroup[];
  files: readonly string[];
}

/** What a share did: pages marked for indexing (copied), and how many of them got additions. */
export interface CopyCounts {
  pages: number;
  enriched: number;
}

/** The attribute by which a built page asks to be indexed. */
export const BODY_MARKER = /\sdata-pagefind-body[\s>=]/;

/** Copies the marked pages of a share; pages not marked for indexing are left out. */
export function writeCopies({ dir, copyDir, groups, files }: CopyTask): CopyCounts {
  const counts: CopyCounts = { pages: 0, enriched: 0 };
  const made = new Set<string>();
  for (const file of files) {
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

if (workerData) parentPort!.postMessage(writeCopies(workerData as CopyTask));
