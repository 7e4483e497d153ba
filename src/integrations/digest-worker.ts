/**
 * The SHA-256 of built files, for `SHA256SUMS` (site-manifest.ts): run on a worker thread while
 * Pagefind indexes the site, or on the calling thread. Node runs this file as TypeScript directly
 * (type stripping), outside Vite. Each file's size and modification time are read before its
 * bytes, so a file written again afterwards can be told apart and digested again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/** One file's digest, with what its file looked like when it was read. */
export interface StampedDigest {
  /** Path relative to the site root, with `/` separators. */
  path: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  /** The file's size and modification time when it was read. */
  stamp: string;
}

/** What a file looks like now: its size and modification time, or `missing`. */
export function stampOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** The folder and the files (relative, `/`-separated) to digest. */
export interface DigestTask {
  dir: string;
  files: readonly string[];
}

/**
 * Digests the files one at a time and synchronously: opening the 67,530 files of a 10,000-report
 * build at once ran out of file descriptors (EMFILE), and reading them through the promise API
 * took 11.7–14.7 s against 1.7–2.2 s.
 */
export function digestFiles({ dir, files }: DigestTask): StampedDigest[] {
  return files.map((path) => {
    const file = join(dir, path);
    const stamp = stampOf(file);
    return { path, sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), stamp };
  });
}

if (workerData) parentPort!.postMessage(digestFiles(workerData as DigestTask));
