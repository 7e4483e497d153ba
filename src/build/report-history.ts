/**
 * The versions of every published report, from the git history of the content folder: one
 * `git log` pass and one `git cat-file --batch` (src/build/git-history.ts), then the rules of
 * src/lib/versions.ts. Called from the history integration (for the build log) and from
 * src/queries/history.ts (for the pages); each computes it once per process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePartialDate } from '../lib/dates';
import { sourceShownInReport } from '../lib/sources';
import {
  SHOWN_REPORT_FIELDS,
  selectVersions,
  versionId,
  type ReportSnapshot,
  type ReportState,
  type Version,
  type VersionCorrection,
} from '../lib/versions';
import { splitFrontmatter } from './content-files';
import {
  probeHistory,
  readBlobs,
  readHistoryLog,
  readRenames,
  type HistoryAvailable,
  type HistoryUnavailableReason,
} from './git-history';

/** A report as the history needs it: its slug and the slugs it was published under before. */
export interface HistoryReport {
  slug: string;
  formerSlugs: readonly string[];
}

/** One report's history, or why this report has none. */
export type ReportHistory =
  { available: true; versions: Version[] } | { available: false; reason: 'file not tracked' };

export type ArchiveHistory =
  | {
      available: true;
      reports: Map<string, ReportHistory>;
      /** First-parent commits that made at least one version. */
      commits: number;
      /** Reports whose working copy differs from what is committed, in a way a reader would see. */
      uncommitted: string[];
      /** Renames git detects that the renamed report's `formerSlugs` does not list: its old address is no longer served. */
      unlistedRenames: { from: string; to: string; commit: string }[];
      /** Old source records whose date cannot be read, compared as their whole YAML (counted, never fatal). */
      readAsRaw: number;
      /** How long the read took, in seconds. */
      seconds: number;
    }
  | { available: false; reason: HistoryUnavailableReason };

const EXTENSIONS = ['.md', '.mdx'] as const;

/** A blob id as git computes it, for a working-copy file: the id it will have once committed. */
function blobIdOf(text: string, hexLength: number): string {
  const bytes = Buffer.from(text, 'utf8');
  const hash = createHash(hexLength === 64 ? 'sha256' : 'sha1');
  return hash.update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

interface ParsedSource {
  title: string;
  shown: unknown;
}

interface ParsedReport {
  published: boolean;
  shown: Record<string, unknown>;
  body: string;
  sourceIds: string[];
  corrections: VersionCorrection[];
}

/**
 * Reads the versions of `reports` from the history of `contentDir`. Never throws for history it
 * cannot read: a build without history says why instead (`available: false`).
 */
export function readReportHistory(
  contentDir: string,
  reports: readonly HistoryReport[],
  env: NodeJS.ProcessEnv = process.env,
): ArchiveHistory {
  const started = performance.now();
  const probe = probeHistory(contentDir, env);
  if (!probe.available) return probe;
  try {
    return readVersions(probe, reports, env, started);
  } catch (error) {
    // A repository git cannot read through (a corrupt pack, a missing object) costs the history,
    // never the build: the log and the pages say why.
    const message = (error as Error).message.split('\n')[0]!;
    return { available: false, reason: `git refused the repository: ${message}` };
  }
}

function readVersions(
  probe: HistoryAvailable,
  reports: readonly HistoryReport[],
  env: NodeJS.ProcessEnv,
  started: number,
): ArchiveHistory {
  const commits = readHistoryLog(probe, ['reports', 'sources'], env);
  const reportsPrefix = `${probe.prefix}reports/`;
  const sourcesPrefix = `${probe.prefix}sources/`;

  // Every blob a report or source path ever had, read at once.
  const blobs = new Set<string>();
  for (const commit of commits)
    for (const change of commit.changes)
      if (change.blob && /\.(mdx?|ya?ml)$/.test(change.path)) blobs.add(change.blob);
  const text = readBlobs(probe, [...blobs], env);

  let readAsRaw = 0;
  const reportCache = new Map<string, ParsedReport | null>();
  const parseReport = (blob: string, path: string, body?: string): ParsedReport | null => {
    const cached = reportCache.get(blob);
    if (cached !== undefined) return cached;
    const parsed = parseReportText(path, body ?? text.get(blob));
    if (parsed?.raw) readAsRaw++;
    reportCache.set(blob, parsed?.report ?? null);
    return parsed?.report ?? null;
  };
  const sourceCache = new Map<string, ParsedSource | null>();
  const parseSource = (blob: string, id: string, body?: string): ParsedSource | null => {
    const cached = sourceCache.get(blob);
    if (cached !== undefined) return cached;
    const parsed = parseSourceText(id, body ?? text.get(blob));
    if (parsed?.raw) readAsRaw++;
    sourceCache.set(blob, parsed?.source ?? null);
    return parsed?.source ?? null;
  };

  // The tree as it stood after each commit, for the paths read: replayed from the first commit,
  // which a full clone has.
  const tree = new Map<string, string>();
  const statesBySlug = new Map<string, ReportState[]>(reports.map((r) => [r.slug, []]));
  const lastKey = new Map<string, string>();
  const madeVersion = new Set<string>();

  const stateOf = (report: HistoryReport, blobAt: (path: string) => string | undefined) => {
    for (const slug of [report.slug, ...report.formerSlugs])
      for (const ext of EXTENSIONS) {
        const path = `${reportsPrefix}${slug}${ext}`;
        const blob = blobAt(path);
        if (blob) return { path, blob };
      }
    return undefined;
  };

  const snapshotOf = (
    report: { path: string; blob: string },
    blobAt: (path: string) => string | undefined,
    readText: (path: string) => string | undefined,
  ): { key: string; id: string; snapshot: ReportSnapshot } | undefined => {
    const parsed = parseReport(report.blob, report.path, readText(report.path));
    if (!parsed) return undefined;
    const sources = parsed.sourceIds.map((id) => {
      const path = `${sourcesPrefix}${id}.yaml`;
      const blob = blobAt(path);
      const source = blob ? parseSource(blob, id, readText(path)) : null;
      return { id, blob: blob ?? '', title: source?.title ?? id, shown: source?.shown ?? null };
    });
    const sourceBlobs = sources.map((s) => s.blob);
    return {
      key: [report.blob, ...sourceBlobs].join(' '),
      id: versionId(report.blob, sourceBlobs.filter(Boolean)),
      snapshot: {
        published: parsed.published,
        shown: parsed.shown,
        body: parsed.body,
        sources: sources.map(({ id, title, shown }) => ({ id, title, shown })),
        corrections: parsed.corrections,
      },
    };
  };

  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.blob) tree.set(change.path, change.blob);
      else tree.delete(change.path);
    }
    for (const report of reports) {
      const at = stateOf(report, (p) => tree.get(p));
      if (!at) continue;
      const state = snapshotOf(
        at,
        (p) => tree.get(p),
        () => undefined,
      );
      if (!state || state.key === lastKey.get(report.slug)) continue;
      lastKey.set(report.slug, state.key);
      statesBySlug
        .get(report.slug)!
        .push({ commit: commit.sha, date: commit.date, id: state.id, snapshot: state.snapshot });
    }
  }

  // The working copy: when it differs from what is committed, it is the newest state, not yet committed.
  const uncommitted: string[] = [];
  const histories = new Map<string, ReportHistory>();
  const hexLength = probe.head.length;
  const onDisk = (path: string) => join(probe.toplevel, path);
  const workingText = (path: string) =>
    existsSync(onDisk(path)) ? readFileSync(onDisk(path), 'utf8') : undefined;
  const workingBlob = (path: string) => {
    const content = workingText(path);
    return content === undefined ? undefined : blobIdOf(content, hexLength);
  };
  for (const report of reports) {
    const states = statesBySlug.get(report.slug)!;
    if (states.length === 0) {
      histories.set(report.slug, { available: false, reason: 'file not tracked' });
      continue;
    }
    const at = stateOf(report, workingBlob);
    const current = at ? snapshotOf(at, workingBlob, workingText) : undefined;
    if (current && current.key !== lastKey.get(report.slug))
      states.push({ commit: null, date: null, id: current.id, snapshot: current.snapshot });
    const versions = selectVersions(states);
    if (versions.at(-1)?.commit === null) uncommitted.push(report.slug);
    for (const v of versions) if (v.commit) madeVersion.add(v.commit);
    histories.set(report.slug, { available: true, versions });
  }
  // A rename formerSlugs does not list: git's rename detection says which old file the report was,
  // so the log can say which former slug to add. Only warned: the old address needs a redirect,
  // and history before the rename is not shown until the slug is listed.
  const slugOf = (path: string) =>
    path.startsWith(reportsPrefix) ? path.slice(reportsPrefix.length).replace(/\.mdx?$/, '') : undefined;
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  const unlistedRenames = readRenames(probe, 'reports', env).flatMap((rename) => {
    const from = slugOf(rename.from);
    const to = slugOf(rename.to);
    const report = to === undefined ? undefined : bySlug.get(to);
    if (!report || from === undefined || from === to || bySlug.has(from) || report.formerSlugs.includes(from))
      return [];
    return [{ from, to: report.slug, commit: rename.sha.slice(0, 7) }];
  });
  return {
    available: true,
    reports: histories,
    commits: madeVersion.size,
    uncommitted,
    unlistedRenames,
    readAsRaw,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * What a reader sees of a report file, read from its YAML as written rather than through today's
 * schema: an old file that a later rule rejects (a straight quotation mark refused since) must
 * compare equal to the same words accepted today, or the change of rule would show as a version.
 * YAML quoting and key order still change nothing.
 */
function parseReportText(
  path: string,
  text: string | undefined,
): { report: ParsedReport; raw: boolean } | null {
  if (text === undefined) return null;
  let split: { data: Record<string, unknown>; body: string };
  try {
    split = splitFrontmatter(path, text);
  } catch {
    return null;
  }
  const data: Record<string, unknown> = { type: 'report', ...split.data };
  const shown = Object.fromEntries(SHOWN_REPORT_FIELDS.map((field) => [field, data[field] ?? null]));
  const corrections = Array.isArray(data.corrections)
    ? data.corrections.filter(isRecord).map((c) => ({
        date: c.date instanceof Date ? c.date.toISOString().slice(0, 10) : String(c.date ?? ''),
        kind: String(c.kind ?? ''),
        text: String(c.text ?? ''),
      }))
    : [];
  return {
    report: {
      published: data.draft === false,
      shown,
      body: split.body,
      sourceIds: Array.isArray(data.sources) ? data.sources.map(String) : [],
      corrections,
    },
    raw: false,
  };
}

const basis = (value: unknown): 'stated' | 'inferred' => (value === 'inferred' ? 'inferred' : 'stated');

/**
 * What a report page shows of a source record (`sourceShownInReport`), read from its YAML as
 * written for the same reason as reports: a record today's schema rejects for a rule added since
 * compares by the fields a reader sees. Only a record whose date cannot be read at all counts as
 * read raw (`raw`), compared as its whole YAML.
 */
function parseSourceText(
  id: string,
  text: string | undefined,
): { source: ParsedSource; raw: boolean } | null {
  if (text === undefined) return null;
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const published = isRecord(value.published) ? value.published : {};
  const date = parsePartialDate(String(published.date ?? ''));
  if (!date.ok)
    return { source: { title: typeof value.title === 'string' ? value.title : id, shown: value }, raw: true };
  const shown = sourceShownInReport({
    title: String(value.title ?? id),
    titleSuppliedByArchive: value.titleSuppliedByArchive === true,
    outlet: isRecord(value.outlet)
      ? { name: String(value.outlet.name ?? ''), basis: basis(value.outlet.basis) }
      : null,
    authors: Array.isArray(value.authors)
      ? value.authors.map((a) =>
          isRecord(a) ? { name: String(a.name ?? ''), basis: basis(a.basis) } : String(a),
        )
      : [],
    bylineAsPrinted: typeof value.bylineAsPrinted === 'string' ? value.bylineAsPrinted : undefined,
    published: { date: date.date, basis: basis(published.basis) },
    url: typeof value.url === 'string' ? value.url : undefined,
  });
  return { source: { title: shown.title, shown }, raw: false };
}

/** Why a build has no history, for the build log: what git said, and how to get the history. */
const UNAVAILABLE_LOG: Readonly<Record<string, string>> = {
  'shallow clone':
    'this checkout is a shallow clone (git rev-parse --is-shallow-repository). Build from a full clone (git fetch --unshallow) to publish the history.',
  'not a git repository':
    'the content folder is not in a git repository (a tarball or a git archive export). Build from a git clone to publish the history.',
  'git not installed': 'git is not installed. Install git to publish the history.',
  'partial clone':
    'this checkout is a partial clone (extensions.partialclone), where reading an old file could fetch it over the network during the build. Build from a full clone to publish the history.',
  'history turned off (KURSK_HISTORY=off)':
    'KURSK_HISTORY=off turns it off. Unset it to publish the history.',
};

/**
 * The build log's lines about the history: how much was read and how fast, or why nothing was
 * (docs/design/issue-21-history.md, §6). Report and history pages say the same in readers' words.
 */
export function describeHistoryForLog(history: ArchiveHistory, contentDir: string): string[] {
  if (!history.available) {
    const why = UNAVAILABLE_LOG[history.reason] ?? `${history.reason}.`;
    return [`Report history not available: ${why} Report and history pages say so.`];
  }
  const reports = [...history.reports.entries()];
  const tracked = reports.filter(([, h]) => h.available);
  const versions = tracked.reduce((n, [, h]) => n + (h.available ? h.versions.length : 0), 0);
  const lines = [
    `Report history: ${versions} ${versions === 1 ? 'version' : 'versions'} of ${tracked.length} ${tracked.length === 1 ? 'report' : 'reports'} from ${history.commits} ${history.commits === 1 ? 'commit' : 'commits'} (first-parent, full clone); read in ${history.seconds.toFixed(1)} s.`,
  ];
  const untracked = reports.filter(([, h]) => !h.available).map(([slug]) => slug);
  if (untracked.length > 0)
    lines.push(
      `Report history not available for ${untracked.length} ${untracked.length === 1 ? 'report' : 'reports'} whose file is not tracked by git (${untracked
        .slice(0, 3)
        .map((slug) => `${contentDir}/reports/${slug}`)
        .join(
          ', ',
        )}${untracked.length > 3 ? ', …' : ''}); their pages say so. Commit the file to give it a history.`,
    );
  if (history.uncommitted.length > 0)
    lines.push(
      `Report history: uncommitted changes in ${history.uncommitted.map((slug) => `${contentDir}/reports/${slug}`).join(', ')}: the working copy is shown as a version not yet committed, without a date.`,
    );
  for (const rename of history.unlistedRenames)
    lines.push(
      `Report history: git sees ${contentDir}/reports/${rename.from} renamed to ${rename.to} in ${rename.commit}, but ${rename.to}'s formerSlugs does not list '${rename.from}': the old address /reports/${rename.from}/ is no longer served and the history before the rename is not shown. Add '${rename.from}' to formerSlugs.`,
    );
  if (history.readAsRaw > 0)
    lines.push(
      `Report history: ${history.readAsRaw} old source ${history.readAsRaw === 1 ? 'record has' : 'records have'} no date the build can read; compared as written.`,
    );
  return lines;
}
