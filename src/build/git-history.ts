/**
 * Reads the git history of the content folder at build time: whether there is a history to read
 * (`probeHistory`), every first-parent commit that touched the content in one `git log` pass
 * (`readHistoryLog`), and the files as they stood in one `git cat-file --batch` (`readBlobs`).
 * Every git call of the history feature goes through `git()` here, so the environment scrubbing
 * and the `-c` overrides below hold for all of them (docs/design/issue-21-history.md, §1).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Why the history cannot be read in this build; the same words go into the build log and onto the pages. */
export type HistoryUnavailableReason =
  | 'git not installed'
  | 'not a git repository'
  | 'shallow clone'
  | 'partial clone'
  | 'history turned off (KURSK_HISTORY=off)'
  | `git refused the repository: ${string}`;

/** Where the content's history is: the repository's top folder, the content folder's path in it, and HEAD. */
export interface HistoryAvailable {
  available: true;
  /** The repository's top folder (absolute). */
  toplevel: string;
  /** The content folder relative to the top folder, with a trailing slash (`content/`), or empty at the top. */
  prefix: string;
  /** The commit checked out. */
  head: string;
}

export type HistoryProbe = HistoryAvailable | { available: false; reason: HistoryUnavailableReason };

/**
 * Variables that point git at another repository or index. A hook or wrapper that runs the build
 * with them set would otherwise feed that repository's history to the build (a fixture build would
 * show the main repository's commits).
 */
const REDIRECTING_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
];

/**
 * The environment of every git call: the caller's (so the user's global config, which may hold
 * `safe.directory`, still applies) without the variables above, with output fixed to C and UTC,
 * never a password prompt, no replace refs (they would change which commits the log shows), and no
 * optional index locks (a build must not block an editor's git command).
 */
export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env };
  for (const name of REDIRECTING_VARIABLES) delete clean[name];
  return {
    ...clean,
    LC_ALL: 'C',
    TZ: 'UTC',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
  };
}

/** Overrides of every configuration key that changes what `git log` prints. */
const CONFIG_OVERRIDES = [
  '-c',
  'core.quotepath=off',
  '-c',
  'log.showSignature=false',
  '-c',
  'diff.renames=false',
  '-c',
  'log.follow=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
  '-c',
  'log.showRoot=true',
];

interface GitResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  /** Set when git could not be started at all (ENOENT: not installed). */
  error?: NodeJS.ErrnoException | undefined;
}

function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv, input?: string): GitResult {
  const result = spawnSync('git', [...CONFIG_OVERRIDES, ...args], {
    cwd,
    env: gitEnvironment(env),
    input,
    // The whole log and every blob of the content's history are read at once.
    maxBuffer: 1024 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.stderr?.toString('utf8') ?? '',
    error: result.error as NodeJS.ErrnoException | undefined,
  };
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.replace(/^(fatal|error):\s*/, '').trim())
      .find((line) => line.length > 0) ?? 'no message'
  );
}

/**
 * Whether this build can read the content's history, and where it is. `KURSK_HISTORY=off` turns the
 * feature off (benchmarks, emergencies). A partial clone is refused because reading an old file
 * there may fetch it over the network in the middle of a build.
 */
export function probeHistory(contentDir: string, env: NodeJS.ProcessEnv = process.env): HistoryProbe {
  if (env.KURSK_HISTORY === 'off')
    return { available: false, reason: 'history turned off (KURSK_HISTORY=off)' };
  const dir = resolve(contentDir);
  const revParse = git(
    dir,
    ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository', 'HEAD'],
    env,
  );
  if (revParse.error?.code === 'ENOENT') return { available: false, reason: 'git not installed' };
  if (revParse.error)
    return { available: false, reason: `git refused the repository: ${revParse.error.message}` };
  if (revParse.status !== 0) {
    if (/not a git repository/i.test(revParse.stderr))
      return { available: false, reason: 'not a git repository' };
    return { available: false, reason: `git refused the repository: ${firstLine(revParse.stderr)}` };
  }
  const [toplevel, prefix, shallow, head] = revParse.stdout.toString('utf8').split('\n');
  if (shallow === 'true') return { available: false, reason: 'shallow clone' };
  const partial = git(dir, ['config', '--get', 'extensions.partialclone'], env);
  if (partial.status === 0 && partial.stdout.toString('utf8').trim() !== '')
    return { available: false, reason: 'partial clone' };
  return { available: true, toplevel: toplevel!, prefix: prefix ?? '', head: head! };
}

/** One file changed by a commit, as `git log --raw` gives it: the blob after the commit, or null when deleted. */
export interface FileChange {
  /** The path relative to the repository's top folder. */
  path: string;
  /** The blob id after the commit; null when the commit deleted the file. */
  blob: string | null;
}

/** One first-parent commit that touched the content. */
export interface HistoryCommit {
  sha: string;
  /** Committer time: when the commit landed on the branch built. */
  date: Date;
  changes: FileChange[];
}

const ZERO_BLOB = /^0+$/;

/**
 * Parses `git log -z --format=%H%x09%ct%x09%P --raw --no-abbrev`: NUL-separated tokens, a commit
 * header, then for each changed file a `:mode mode blob blob status` token followed by the path
 * token. Paths are taken whole from their own token, so any file name parses.
 */
export function parseRawLog(output: string): HistoryCommit[] {
  const tokens = output.split('\0');
  const commits: HistoryCommit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n/, '');
    if (token === '') continue;
    const raw = /^:\d{6} \d{6} [0-9a-f]+ ([0-9a-f]+) [A-Z]\d*$/.exec(token);
    if (raw) {
      const path = tokens[++i];
      const commit = commits.at(-1);
      if (path === undefined || !commit)
        throw new Error(`git log: a file change without a path or commit: '${token}'`);
      commit.changes.push({ path, blob: ZERO_BLOB.test(raw[1]!) ? null : raw[1]! });
      continue;
    }
    const header = /^([0-9a-f]{40,64})\t(\d+)\t/.exec(token);
    if (!header) throw new Error(`git log: unexpected output '${token.slice(0, 80)}'`);
    commits.push({ sha: header[1]!, date: new Date(Number(header[2]) * 1000), changes: [] });
  }
  return commits;
}

/**
 * Every commit on the first-parent line of HEAD that changed a file under `folders` (paths relative
 * to the content folder), oldest first, with the blob each changed file had after it. First parent
 * only: a version is what the branch built published, so a merged side branch counts once, as its
 * merge (compared with the first parent). Renames are not detected: `formerSlugs` says which files
 * are one report, and a rename reads as a deletion and an addition.
 */
export function readHistoryLog(
  probe: HistoryAvailable,
  folders: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): HistoryCommit[] {
  const result = git(
    probe.toplevel,
    [
      'log',
      '--first-parent',
      '--reverse',
      '-z',
      '--format=%H%x09%ct%x09%P',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '--no-ext-diff',
      '--no-textconv',
      probe.head,
      '--',
      ...folders.map((folder) => `${probe.prefix}${folder}`),
    ],
    env,
  );
  if (result.status !== 0)
    throw new Error(`git log failed in ${probe.toplevel}: ${firstLine(result.stderr)}`);
  return parseRawLog(result.stdout.toString('utf8'));
}

/**
 * The contents of the given blobs, read in one `git cat-file --batch`. A blob git does not have
 * is missing from the map.
 */
export function readBlobs(
  probe: HistoryAvailable,
  blobs: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Map<string, string> {
  const found = new Map<string, string>();
  if (blobs.length === 0) return found;
  const result = git(probe.toplevel, ['cat-file', '--batch'], env, `${blobs.join('\n')}\n`);
  if (result.status !== 0)
    throw new Error(`git cat-file failed in ${probe.toplevel}: ${firstLine(result.stderr)}`);
  // Each answer is `<id> <type> <size>\n<size bytes>\n`, or `<id> missing\n`: read by the size, so
  // the contents may hold anything.
  const out = result.stdout;
  let at = 0;
  for (const blob of blobs) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    found.set(blob, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return found;
}

/** A rename git detects on the first-parent line: the commit, the old path and the new one. */
export interface DetectedRename {
  sha: string;
  from: string;
  to: string;
}

/**
 * The renames git's own detection finds under `folder` (relative to the content folder) on the
 * first-parent line. Used only to warn when a renamed report's `formerSlugs` misses its old slug:
 * `formerSlugs` stays the authority on which files are one report.
 */
export function readRenames(
  probe: HistoryAvailable,
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): DetectedRename[] {
  const result = git(
    probe.toplevel,
    [
      'log',
      '--first-parent',
      '-z',
      '--format=%H',
      '-M',
      '--diff-filter=R',
      '--name-status',
      probe.head,
      '--',
      `${probe.prefix}${folder}`,
    ],
    env,
  );
  if (result.status !== 0)
    throw new Error(`git log -M failed in ${probe.toplevel}: ${firstLine(result.stderr)}`);
  const tokens = result.stdout.toString('utf8').split('\0');
  const renames: DetectedRename[] = [];
  let sha = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n/, '');
    if (/^R\d*$/.test(token)) {
      renames.push({ sha, from: tokens[i + 1]!, to: tokens[i + 2]! });
      i += 2;
    } else if (/^[0-9a-f]{40,64}$/.test(token)) sha = token;
  }
  return renames;
}
