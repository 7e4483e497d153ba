/**
 * The history read from plain git repositories in temporary folders (no Astro): why a checkout has
 * no history, the first-parent log and its parsing, and the versions of reports across a
 * correction, a whitespace-only commit, renames through formerSlugs, a source change, a draft, a
 * merged side branch and an uncommitted edit.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  gitEnvironment,
  parseRawLog,
  probeHistory,
  readBlobs,
  readHistoryLog,
} from '../../src/build/git-history';
import { describeHistoryForLog, readReportHistory } from '../../src/build/report-history';
import { describeChange } from '../../src/lib/versions';

const work = mkdtempSync(join(tmpdir(), 'kursk-git-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let day = 0;
/** Runs git in `cwd` as a fixed author, at a fixed date a day after the last. */
function git(cwd: string, ...args: string[]): string {
  const date = `2026-01-${String(10 + day).padStart(2, '0')}T12:00:00Z`;
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Fixture',
      '-c',
      'user.email=fixture@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { ...gitEnvironment(process.env), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
}
function commit(cwd: string, message: string): void {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '--allow-empty', '-m', message);
  day++;
}
function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
function newRepo(name: string): string {
  const root = join(work, name);
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  return root;
}

const report = (opts: {
  title?: string;
  dek?: string;
  draft?: boolean;
  corrections?: string;
  formerSlugs?: string;
  text?: string;
}) => `---
title: "${opts.title ?? 'A fixture headline for the history'}"
dek: "${opts.dek ?? 'A fixture dek long enough for the schema.'}"
publishedAt: 2026-01-10
byline: The Kursk Files
topics: [drones]
sources: [s1]
${opts.formerSlugs ? `formerSlugs: [${opts.formerSlugs}]\n` : ''}${opts.corrections ?? ''}draft: ${opts.draft ?? false}
---

${opts.text ?? 'The fixture says that 50 soldiers were seen.'}[^a]

[^a]: @s1, ¶ 1
`;
const source = (outlet: string) => `title: "A fixture source title"
outlet:
  name: ${outlet}
  basis: stated
authors: ["A Writer"]
published:
  date: "2024-12-23"
  basis: stated
capture:
  file: 000_fixture.txt
  sha256: ${'0'.repeat(64)}
retrievedAt: 2026-01-01
language: en
`;
const correction = `corrections:
  - date: 2026-01-12
    kind: correction
    text: "The figure was 50; it is more than 50."
`;

// Each test runs git several times: seconds on a busy machine.
describe('probeHistory', { timeout: 30_000 }, () => {
  it('finds the repository of the content folder, its prefix and HEAD', () => {
    const root = newRepo('probe');
    write(root, 'content/reports/a.md', 'x');
    commit(root, 'one');
    const probe = probeHistory(join(root, 'content'), {});
    expect(probe).toMatchObject({ available: true, prefix: 'content/' });
    if (probe.available) expect(probe.head).toBe(git(root, 'rev-parse', 'HEAD').trim());
  });

  it('says why there is no history: not a repository, shallow, partial, turned off, no git', () => {
    const plain = join(work, 'plain');
    mkdirSync(plain);
    expect(probeHistory(plain, {})).toEqual({ available: false, reason: 'not a git repository' });

    const origin = newRepo('origin');
    for (const n of [1, 2, 3]) {
      write(origin, 'content/reports/a.md', `version ${n}`);
      commit(origin, `c${n}`);
    }
    const shallow = join(work, 'shallow');
    git(work, 'clone', '-q', '--depth', '1', `file://${origin}`, shallow);
    expect(probeHistory(join(shallow, 'content'), {})).toEqual({ available: false, reason: 'shallow clone' });

    const partial = join(work, 'partial');
    git(work, 'clone', '-q', origin, partial);
    git(partial, 'config', 'extensions.partialclone', 'origin');
    expect(probeHistory(join(partial, 'content'), {})).toEqual({ available: false, reason: 'partial clone' });

    expect(probeHistory(join(origin, 'content'), { KURSK_HISTORY: 'off' })).toEqual({
      available: false,
      reason: 'history turned off (KURSK_HISTORY=off)',
    });
    expect(probeHistory(join(origin, 'content'), { PATH: join(work, 'no-such-folder') })).toEqual({
      available: false,
      reason: 'git not installed',
    });
  });

  it('ignores GIT_DIR and GIT_WORK_TREE set by a hook or wrapper: the content folder decides', () => {
    const other = newRepo('other');
    write(other, 'file', 'x');
    commit(other, 'other');
    const plain = join(work, 'plain-2');
    mkdirSync(plain);
    const env = { ...process.env, GIT_DIR: join(other, '.git'), GIT_WORK_TREE: other };
    expect(probeHistory(plain, env)).toEqual({ available: false, reason: 'not a git repository' });
  });
});

describe('readHistoryLog and readBlobs', { timeout: 30_000 }, () => {
  it('list first-parent commits oldest first, a merged side branch as its merge, and read any file name', () => {
    const root = newRepo('log');
    const odd = 'reports/odd\tname "quoted"\nline é.md';
    write(root, 'content/reports/a.md', 'one');
    write(root, `content/${odd}`, 'odd');
    commit(root, 'first');
    git(root, 'checkout', '-q', '-b', 'side');
    write(root, 'content/reports/a.md', 'two');
    commit(root, 'side 1');
    write(root, 'content/reports/a.md', 'three');
    commit(root, 'side 2');
    git(root, 'checkout', '-q', 'main');
    write(root, 'unrelated.txt', 'x');
    commit(root, 'unrelated');
    git(root, 'merge', '-q', '--no-ff', 'side', '-m', 'merge');
    const probe = probeHistory(join(root, 'content'), {});
    if (!probe.available) throw new Error(probe.reason);
    const commits = readHistoryLog(probe, ['reports'], {});
    expect(commits).toHaveLength(2);
    expect(commits[0]!.changes.map((c) => c.path).sort()).toEqual(['content/reports/a.md', `content/${odd}`]);
    expect(commits[1]!.sha).toBe(git(root, 'rev-parse', 'HEAD').trim());
    expect(commits[1]!.changes.map((c) => c.path)).toEqual(['content/reports/a.md']);
    // Dates are the committer's, read as UTC seconds.
    expect(commits[0]!.date.toISOString()).toMatch(/^2026-01-\d\dT12:00:00\.000Z$/);
    const blobs = [
      commits[1]!.changes[0]!.blob!,
      commits[0]!.changes.find((c) => c.path.includes('odd'))!.blob!,
      'f'.repeat(40),
    ];
    const text = readBlobs(probe, blobs, {});
    expect(text.get(blobs[0]!)).toBe('three');
    expect(text.get(blobs[1]!)).toBe('odd');
    expect(text.has(blobs[2]!)).toBe(false);
  });

  it('parses deletions as a null blob', () => {
    const sha = 'a'.repeat(40);
    const out = `${sha}\t1767000000\t\0\n:100644 000000 ${'b'.repeat(40)} ${'0'.repeat(40)} D\0content/reports/x.md\0`;
    expect(parseRawLog(out)).toEqual([
      { sha, date: new Date(1767000000 * 1000), changes: [{ path: 'content/reports/x.md', blob: null }] },
    ]);
  });
});

describe('readReportHistory', { timeout: 30_000 }, () => {
  const root = newRepo('archive');
  const content = join(root, 'content');
  // 1. alpha and beta published.
  write(content, 'sources/s1.yaml', source('First Outlet'));
  write(content, 'reports/alpha.md', report({}));
  write(content, 'reports/beta.md', report({ title: 'Beta, a second fixture headline' }));
  commit(root, 'publish');
  // 2. A correction of alpha.
  write(
    content,
    'reports/alpha.md',
    report({ text: 'The fixture says that more than 50 soldiers were seen.', corrections: correction }),
  );
  commit(root, 'correct');
  // 3. White space and YAML quoting only: no version.
  write(
    content,
    'reports/alpha.md',
    report({ text: 'The fixture says that more than 50\nsoldiers were seen.', corrections: correction })
      .replace('byline: The Kursk Files', "byline: 'The Kursk Files'")
      .replace('[^a]: @s1, ¶ 1\n', '[^a]: @s1, ¶ 1   \n\n\n'),
  );
  commit(root, 'whitespace');
  // 4. beta renamed to gamma (and its text rewritten, which git's rename detection would lose).
  rmSync(join(content, 'reports/beta.md'));
  write(
    content,
    'reports/gamma.md',
    report({
      title: 'Gamma, a renamed fixture headline',
      formerSlugs: 'beta',
      text: 'Entirely new words now.',
    }),
  );
  commit(root, 'rename');
  // 5. The source's outlet renamed: a version of both.
  write(content, 'sources/s1.yaml', source('Second Outlet'));
  commit(root, 'source');
  // 6. delta added as a draft, then published.
  write(content, 'reports/delta.md', report({ draft: true }));
  commit(root, 'draft');
  write(content, 'reports/delta.md', report({}));
  commit(root, 'publish delta');
  // 7. A side branch edits alpha twice; merged with --no-ff: one version, the merge.
  git(root, 'checkout', '-q', '-b', 'side');
  write(content, 'reports/alpha.md', report({ text: 'Side edit one.', corrections: correction }));
  commit(root, 'side 1');
  write(content, 'reports/alpha.md', report({ text: 'Side edit two.', corrections: correction }));
  commit(root, 'side 2');
  git(root, 'checkout', '-q', 'main');
  git(root, 'merge', '-q', '--no-ff', 'side', '-m', 'merge');
  const merge = git(root, 'rev-parse', 'HEAD').trim();

  const reports = [
    { slug: 'alpha', formerSlugs: [] },
    { slug: 'gamma', formerSlugs: ['beta'] },
    { slug: 'delta', formerSlugs: [] },
  ];

  it('lists the versions a reader could tell apart, with their kinds, oldest first', () => {
    const history = readReportHistory(content, reports, {});
    if (!history.available) throw new Error(history.reason);
    const alpha = history.reports.get('alpha')!;
    if (!alpha.available) throw new Error('alpha has no history');
    expect(alpha.versions.map((v) => describeChange(v.change))).toEqual([
      'First published',
      'Correction',
      'Source details: A fixture source title',
      'Wording',
    ]);
    expect(alpha.versions.at(-1)!.commit).toBe(merge);
    expect(alpha.versions.map((v) => v.date?.toISOString().slice(0, 10))).toEqual([
      '2026-01-10',
      '2026-01-11',
      '2026-01-14',
      expect.any(String),
    ]);
    expect(new Set(alpha.versions.map((v) => v.id)).size).toBe(4);
    expect(history.uncommitted).toEqual([]);
  });

  it('keeps the history of a report renamed through formerSlugs, even when its text was rewritten', () => {
    const history = readReportHistory(content, reports, {});
    if (!history.available) throw new Error(history.reason);
    const gamma = history.reports.get('gamma')!;
    if (!gamma.available) throw new Error('gamma has no history');
    expect(gamma.versions.map((v) => describeChange(v.change))).toEqual([
      'First published',
      'Wording',
      'Source details: A fixture source title',
    ]);
    const delta = history.reports.get('delta')!;
    if (!delta.available) throw new Error('delta has no history');
    // The draft commit made no version: delta's one version is the day it was published.
    expect(delta.versions).toHaveLength(1);
    expect(delta.versions[0]!.date!.toISOString().slice(0, 10)).toBe('2026-01-16');
  });

  it('warns when git sees a rename whose old slug formerSlugs does not list, and not when it does', () => {
    const history = readReportHistory(content, reports, {});
    if (!history.available) throw new Error(history.reason);
    expect(history.unlistedRenames).toEqual([]);
    const forgotten = readReportHistory(
      content,
      [reports[0]!, { slug: 'gamma', formerSlugs: [] }, reports[2]!],
      {},
    );
    if (!forgotten.available) throw new Error(forgotten.reason);
    expect(forgotten.unlistedRenames).toEqual([
      { from: 'beta', to: 'gamma', commit: expect.stringMatching(/^[0-9a-f]{7}$/) },
    ]);
    expect(describeHistoryForLog(forgotten, 'content').join('\n')).toContain(
      'git sees content/reports/beta renamed to gamma in ',
    );
    expect(describeHistoryForLog(forgotten, 'content').join('\n')).toContain("Add 'beta' to formerSlugs.");
  });

  it('turns a repository git cannot read through into a reason, never an exception', () => {
    const broken = join(work, 'broken');
    cpSync(root, broken, { recursive: true });
    // The first commit's tree, lost from the object store: git log cannot diff through it.
    const first = git(broken, 'rev-list', '--max-parents=0', 'HEAD').trim();
    const tree = git(broken, 'rev-parse', `${first}^{tree}`).trim();
    rmSync(join(broken, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    const history = readReportHistory(join(broken, 'content'), reports, {});
    expect(history).toMatchObject({
      available: false,
      reason: expect.stringMatching(/^git refused the repository: git log failed in /),
    });
  });

  it('says a report file is not tracked, and shows an uncommitted edit as the newest version, undated', () => {
    write(content, 'reports/epsilon.md', report({}));
    const before = readFileText(join(content, 'reports/alpha.md'));
    write(content, 'reports/alpha.md', before.replace('Side edit two.', 'Edited, not committed.'));
    try {
      const history = readReportHistory(content, [...reports, { slug: 'epsilon', formerSlugs: [] }], {});
      if (!history.available) throw new Error(history.reason);
      expect(history.reports.get('epsilon')).toEqual({ available: false, reason: 'file not tracked' });
      expect(history.uncommitted).toEqual(['alpha']);
      const alpha = history.reports.get('alpha');
      if (!alpha?.available) throw new Error('alpha has no history');
      expect(alpha.versions.at(-1)).toMatchObject({ commit: null, date: null, change: { kind: 'wording' } });
      // The id it will keep once committed.
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'commit the edit');
      const after = readReportHistory(content, reports, {});
      if (!after.available) throw new Error(after.reason);
      const committed = after.reports.get('alpha');
      if (!committed?.available) throw new Error('alpha has no history');
      expect(committed.versions.at(-1)!.id).toBe(alpha.versions.at(-1)!.id);
      expect(committed.versions.at(-1)!.commit).not.toBeNull();
    } finally {
      renameSync(join(content, 'reports/epsilon.md'), join(work, 'epsilon.md'));
    }
  });
});

function readFileText(path: string): string {
  return execFileSync('cat', [path], { encoding: 'utf8' });
}
