/**
 * Versions of a report: which states of its file (and of the source records it cites) a reader
 * could tell apart, what kind of change each version made, and its content-addressed id. Pure:
 * the states come from git through src/build/report-history.ts (docs/design/issue-21-history.md, §1).
 */
import { createHash } from 'node:crypto';

/** The frontmatter fields a report page shows; `entities`, `formerSlugs` and `draft` change nothing a reader sees of the text. */
export const SHOWN_REPORT_FIELDS = [
  'title',
  'dek',
  'type',
  'byline',
  'publishedAt',
  'updatedAt',
  'topics',
  'sources',
  'corrections',
] as const;

/** Names of the shown fields for readers, in the "Metadata (title, dek)" label. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'headline',
  dek: 'summary',
  type: 'kind',
  byline: 'byline',
  publishedAt: 'publication date',
  updatedAt: 'update date',
  topics: 'topics',
  sources: 'sources',
};

/** One entry of a corrections log as a version holds it. */
export interface VersionCorrection {
  date: string;
  kind: string;
  text: string;
}

/** What a reader sees of a report in one state: the inputs of the fingerprint and of the kind of change. */
export interface ReportSnapshot {
  /** `draft: false`: the state was on the site. */
  published: boolean;
  /** The shown frontmatter fields (SHOWN_REPORT_FIELDS), `corrections` included. */
  shown: Record<string, unknown>;
  /** The Markdown body as committed. */
  body: string;
  /** Each cited source, in the order the report lists them: its id and what a report page shows of its record (null when the record is missing). */
  sources: { id: string; title: string; shown: unknown }[];
  /** The corrections log, oldest first. */
  corrections: VersionCorrection[];
}

/** One state of a report on the branch built: after a commit, or the working copy (commit and date null). */
export interface ReportState {
  commit: string | null;
  date: Date | null;
  /** The content-addressed id of the state (`versionId`). */
  id: string;
  snapshot: ReportSnapshot;
}

/** What a version changed, against the version before it. */
export type ChangeKind =
  | { kind: 'first' }
  | { kind: 'correction' | 'update'; entries: VersionCorrection[] }
  | { kind: 'withdrawn'; entries: VersionCorrection[] }
  | { kind: 'reworded'; entries: VersionCorrection[] }
  | { kind: 'wording' }
  | { kind: 'notes' }
  | { kind: 'metadata'; fields: string[] }
  | { kind: 'source'; titles: string[] };

/** A published version: a state that changed what a reader sees. */
export interface Version {
  id: string;
  /** The commit that published it; null for a working copy not yet committed. */
  commit: string | null;
  /** The committer date of that commit; null when not yet committed. */
  date: Date | null;
  change: ChangeKind;
  /** The same text was published before, under the same id (a revert). */
  again: boolean;
}

/** Objects with their keys sorted, so equal data gives equal JSON whatever order it was written in. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A line that starts a Markdown block of its own, so a line break before it is not a soft break. */
const BLOCK_START = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||```|~~~|\[\^[^\]]+\]:|\s{4}|\t|<|-{3,}\s*$|={3,}\s*$)/;

/**
 * The body as Markdown renders it, as far as white space goes: line endings, trailing blanks, runs
 * of blank lines, and a soft line break inside a paragraph (rendered as a space) change nothing a
 * reader sees. A hard break (two trailing spaces or a backslash) is kept.
 */
export function normaliseBody(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(current.join(''));
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const hard = / {2,}$/.test(raw) && i + 1 < lines.length && lines[i + 1]!.trim() !== '';
    const line = raw.replace(/[ \t]+$/, '');
    if (current.length && BLOCK_START.test(raw)) current.push('\n');
    else if (current.length) current.push(/\\$/.test(current.at(-1)!) ? '\n' : ' ');
    current.push(current.length ? line.replace(/^[ \t]+/, '') : line);
    if (hard) current.push('\\');
  }
  flush();
  return blocks.join('\n\n');
}

/** A normalised body cut into its prose and its note definitions (`[^label]: …`). */
export function splitNotes(normalised: string): { prose: string; notes: string } {
  const prose: string[] = [];
  const notes: string[] = [];
  for (const block of normalised.split('\n\n'))
    for (const line of block.split('\n')) (/^\[\^[^\]]+\]:/.test(line) ? notes : prose).push(line);
  return { prose: prose.join('\n'), notes: notes.join('\n') };
}

/** The SHA-256 of what a reader sees of one state: equal fingerprints, nothing to tell apart. */
export function reportFingerprint(snapshot: ReportSnapshot): string {
  return sha256(
    JSON.stringify(
      canonical({
        shown: snapshot.shown,
        body: normaliseBody(snapshot.body),
        sources: snapshot.sources.map((s) => ({ id: s.id, shown: s.shown })),
      }),
    ),
  );
}

/**
 * The id of a version: the first 10 hex digits of the SHA-256 of the report's blob id and its cited
 * sources' blob ids, sorted. It depends on the files' bytes, not on the commit, so it survives a
 * rebase or a squash merge, and a working copy has the id it will have once committed.
 */
export function versionId(reportBlob: string, sourceBlobs: readonly string[]): string {
  return sha256([reportBlob, ...[...sourceBlobs].sort()].join('\n')).slice(0, 10);
}

const entryKey = (c: VersionCorrection) => JSON.stringify([c.date, c.kind, c.text]);

/** What changed from one published snapshot to the next, in the order a reader would care: the log first. */
export function kindOfChange(before: ReportSnapshot, after: ReportSnapshot): ChangeKind {
  const had = new Set(before.corrections.map(entryKey));
  const has = new Set(after.corrections.map(entryKey));
  const removed = before.corrections.filter((c) => !has.has(entryKey(c)));
  // An entry whose words changed under the same date and kind is the same entry reworded, not a
  // new correction beside a withdrawn one.
  const fresh: VersionCorrection[] = [];
  const reworded: VersionCorrection[] = [];
  for (const entry of after.corrections.filter((c) => !had.has(entryKey(c)))) {
    const i = removed.findIndex((r) => r.date === entry.date && r.kind === entry.kind);
    if (i >= 0) {
      removed.splice(i, 1);
      reworded.push(entry);
    } else fresh.push(entry);
  }
  if (fresh.length > 0)
    return { kind: fresh.some((c) => c.kind === 'correction') ? 'correction' : 'update', entries: fresh };
  if (removed.length > 0) return { kind: 'withdrawn', entries: removed };
  const a = splitNotes(normaliseBody(before.body));
  const b = splitNotes(normaliseBody(after.body));
  if (a.prose !== b.prose) return { kind: 'wording' };
  if (a.notes !== b.notes) return { kind: 'notes' };
  if (reworded.length > 0) return { kind: 'reworded', entries: reworded };
  const fields = SHOWN_REPORT_FIELDS.filter(
    (field) =>
      field !== 'corrections' &&
      JSON.stringify(canonical(before.shown[field])) !== JSON.stringify(canonical(after.shown[field])),
  );
  if (fields.length > 0) return { kind: 'metadata', fields: fields.map((f) => FIELD_LABELS[f] ?? f) };
  const shownBefore = new Map(before.sources.map((s) => [s.id, JSON.stringify(canonical(s.shown))]));
  const titles = after.sources
    .filter((s) => shownBefore.get(s.id) !== JSON.stringify(canonical(s.shown)))
    .map((s) => s.title);
  return { kind: 'source', titles };
}

/**
 * The published versions among a report's states, oldest first: a state is a version when the
 * report is published in it and its fingerprint differs from the last published one. A draft state
 * makes none; neither does a change only of white space or of fields no page shows.
 */
export function selectVersions(states: readonly ReportState[]): Version[] {
  const versions: Version[] = [];
  const seen = new Set<string>();
  let last: { fingerprint: string; snapshot: ReportSnapshot } | undefined;
  for (const state of states) {
    if (!state.snapshot.published) continue;
    const fingerprint = reportFingerprint(state.snapshot);
    if (last?.fingerprint === fingerprint) continue;
    versions.push({
      id: state.id,
      commit: state.commit,
      date: state.date,
      change: last ? kindOfChange(last.snapshot, state.snapshot) : { kind: 'first' },
      again: seen.has(state.id),
    });
    seen.add(state.id);
    last = { fingerprint, snapshot: state.snapshot };
  }
  return versions;
}

/** The kind of change for readers: "First published", "Correction", "Metadata (headline, summary)". */
export function describeChange(change: ChangeKind): string {
  switch (change.kind) {
    case 'first':
      return 'First published';
    case 'correction':
      return 'Correction';
    case 'update':
      return 'Update';
    case 'withdrawn':
      return change.entries.length === 1
        ? 'Corrections log entry withdrawn'
        : 'Corrections log entries withdrawn';
    case 'reworded':
      return change.entries.length === 1
        ? 'Corrections log entry reworded'
        : 'Corrections log entries reworded';
    case 'wording':
      return 'Wording';
    case 'notes':
      return 'Wording (notes)';
    case 'metadata':
      return change.fields.length ? `Metadata (${change.fields.join(', ')})` : 'Metadata';
    case 'source':
      return change.titles.length ? `Source details: ${change.titles.join('; ')}` : 'Source details';
  }
}

/** Why a build has no history, for readers: "built from a copy of its repository without the history (a shallow clone)". */
const MISSING_HISTORY: Readonly<Record<string, string>> = {
  'shallow clone': 'from a copy of its git repository without the history (a shallow clone)',
  'not a git repository':
    'from its files without their git repository (an export or an archive of the files)',
  'git not installed': 'on a machine without git, which reads the history',
  'partial clone': 'from a partial clone of its git repository, whose older files the build does not fetch',
  'history turned off (KURSK_HISTORY=off)': 'with the history turned off',
  'file not tracked': 'from a copy in which this report’s file is not yet in the git repository',
};

/**
 * The sentence a report's history page shows when this build cannot list its versions, naming the
 * reason (src/build/git-history.ts) in readers' words.
 */
export function describeMissingHistory(reason: string): string {
  const how = MISSING_HISTORY[reason] ?? 'from a git repository the build could not read';
  return `This copy of the archive was built ${how}, so the earlier versions of this report and what changed in each are not shown here.`;
}

/** The short form for a report's header: "History not available in this build (shallow clone)". */
export function missingHistoryNotice(reason: string): string {
  const short = reason.startsWith('git refused')
    ? 'git refused the repository'
    : reason.replace(/ \(KURSK_HISTORY=off\)$/, '');
  return `not available in this build (${short})`;
}
