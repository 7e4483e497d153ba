/**
 * The build's output folder (`dist/`, or `--outDir`), handled so that a build either replaces it
 * whole or leaves it as it was:
 *
 * - before anything is built, a fresh folder is made beside it (`.dist-building-XXXXXX`, in the same
 *   parent, so on the same disk): the proof that the parent can be written, and the folder the
 *   build writes into (src/integrations/output-folder.ts points Astro's `outDir` at it);
 * - once every page, the search index and the manifest are written, the old folder is set aside,
 *   the new one takes its name, and the old one is deleted;
 * - a build that fails deletes its half-written folder and leaves the old one untouched.
 *
 * Errors from the file system are put in words naming the folder and the fix, not `EACCES … mkdir`.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The operations used, so that tests can make one fail as a full or read-only disk would. */
export interface OutputFs {
  mkdir: (path: string) => void;
  mkdtemp: (prefix: string) => string;
  rename: (from: string, to: string) => void;
  remove: (path: string) => void;
  exists: (path: string) => boolean;
  isDirectory: (path: string) => boolean;
  writable: (path: string) => boolean;
}

export const nodeOutputFs: OutputFs = {
  mkdir: (path) => mkdirSync(path, { recursive: true }),
  mkdtemp: (prefix) => mkdtempSync(prefix),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  exists: (path) => existsSync(path),
  isDirectory: (path) => statSync(path).isDirectory(),
  writable: (path) => {
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/** A build-stopping problem with the output folder, its message written for the person building. */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

const codeOf = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;

/**
 * What went wrong with `folder` while `doing` (e.g. 'make the folder the build writes into'), in
 * words, with the fix. `final` is the output folder the reader asked for.
 */
export function describeOutputError(error: unknown, folder: string, final: string, doing: string): string {
  const code = codeOf(error);
  const elsewhere = `or build into another folder: 'npx astro build --outDir <folder>'`;
  const what = (() => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return `${folder} is not writable by this user; make it writable (for example 'chmod u+w ${folder}'), ${elsewhere}`;
      case 'EROFS':
        return `${folder} is on a read-only file system; ${elsewhere}`;
      case 'ENOSPC':
      case 'EDQUOT':
        return `the disk holding ${folder} is full (or the user's quota is used up); free some space (the site needs about as much as the last ${basename(final)}/ took, plus as much again while the new one is moved into place), ${elsewhere}`;
      case 'ENOTDIR':
      case 'EEXIST':
        return `part of the path ${folder} is a file, not a folder; remove or rename that file, ${elsewhere}`;
      case 'ENOENT':
        return `${folder} cannot hold a new folder (the system reports it missing: a special or unmounted file system?); check the path, ${elsewhere}`;
      default:
        return `${error instanceof Error ? error.message : String(error)}; ${elsewhere}`;
    }
  })();
  return `Could not ${doing} for ${final}: ${what}.${code ? ` (${code})` : ''}`;
}

/** The output folder as a build sees it: where it ends up, and the fresh folder written meanwhile. */
export interface OutputPlan {
  /** The folder the reader asked for: `dist/` or `--outDir`. */
  final: string;
  /** The fresh folder beside it that the build writes into. */
  staging: string;
}

/**
 * Checks that the output folder can be replaced and makes the fresh folder beside it; throws an
 * OutputFolderError in words when it cannot (a parent that is read-only, a file in the way).
 */
export function prepareOutput(final: string, fs: OutputFs = nodeOutputFs): OutputPlan {
  const parent = dirname(final);
  try {
    fs.mkdir(parent);
  } catch (error) {
    throw new OutputFolderError(
      describeOutputError(error, parent, final, 'make the folder that holds the output'),
    );
  }
  if (fs.exists(final) && !fs.isDirectory(final))
    throw new OutputFolderError(
      `Could not build into ${final}: it is a file, not a folder; remove or rename it, or build into another folder: 'npx astro build --outDir <folder>'.`,
    );
  // The old output is renamed, then deleted: that needs write access to the folder itself.
  if (fs.exists(final) && !fs.writable(final))
    throw new OutputFolderError(
      describeOutputError({ code: 'EACCES' }, final, final, 'replace the output folder'),
    );
  try {
    const staging = fs.mkdtemp(join(parent, `.${basename(final)}-building-`));
    return { final, staging };
  } catch (error) {
    throw new OutputFolderError(
      describeOutputError(error, parent, final, 'make the folder the build writes into'),
    );
  }
}

/**
 * Puts the finished build in place of the old output: the old folder is set aside under a
 * temporary name, the new one takes the output's name, and the old one is deleted. If the new one
 * cannot take its place, the old one gets its name back.
 */
export function publishOutput(plan: OutputPlan, fs: OutputFs = nodeOutputFs): void {
  const { final, staging } = plan;
  const aside = fs.exists(final)
    ? `${join(dirname(final), `.${basename(final)}-previous-`)}${basename(staging).slice(-6)}`
    : undefined;
  try {
    if (aside) fs.rename(final, aside);
  } catch (error) {
    throw new OutputFolderError(
      describeOutputError(error, dirname(final), final, 'set the previous output aside'),
    );
  }
  try {
    fs.rename(staging, final);
  } catch (error) {
    if (aside) fs.rename(aside, final);
    throw new OutputFolderError(
      describeOutputError(error, dirname(final), final, 'move the new build into place'),
    );
  }
  if (aside) fs.remove(aside);
}

/** Deletes a build's half-written folder, leaving the output as it was. */
export function discardOutput(plan: OutputPlan, fs: OutputFs = nodeOutputFs): void {
  fs.remove(plan.staging);
}

/** Free bytes on the disk holding `path`, or undefined when the system cannot say. */
export function freeBytes(path: string): number | undefined {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

/** Below this, a failed build is taken to have run out of disk, and says so. */
export const LOW_DISK_BYTES = 16 * 1024 * 1024;

/**
 * After a build failed: a sentence saying the output was left as it was, and, when the disk is
 * (nearly) full, that this is the likely cause, in words (Astro's own message is a bare ENOSPC).
 */
export function describeFailedBuild(plan: OutputPlan, free: number | undefined, hadOutput: boolean): string {
  const kept = hadOutput
    ? `The build failed, so ${plan.final} was left as it was (its half-built replacement was deleted).`
    : `The build failed, so nothing was written to ${plan.final} (the half-built site was deleted).`;
  if (free === undefined || free >= LOW_DISK_BYTES) return kept;
  return `${kept} The disk holding it has only ${Math.floor(free / 1024)} KB free: if the error above says ENOSPC, the disk is full; free some space, or build into a folder on another disk: 'npx astro build --outDir <folder>'.`;
}
