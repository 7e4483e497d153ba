/**
 * Builds the history fixture (tests/fixtures/history-content) from a temporary git repository
 * with a series of commits: a correction, a whitespace-only change, a rename through formerSlugs, a
 * source change, a draft published later and a side branch merged with --no-ff. Checks each
 * report's history page and header link against those commits, and that a shallow clone of the
 * same repository still builds, saying on its pages and in its log that it has no history.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kursk-history-'));
const repo = join(work, 'repo');
const content = join(repo, 'content');
const shallow = join(work, 'shallow');

/** Commit dates, one a day: what the history pages must show. */
const DAYS = {
  publish: '2026-01-10',
  correct: '2026-01-12',
  whitespace: '2026-01-13',
  rename: '2026-01-20',
  source: '2026-02-02',
  draft: '2026-02-04',
  publishDelta: '2026-02-05',
  side1: '2026-02-06',
  side2: '2026-02-07',
  merge: '2026-02-08',
} as const;

// The commit messages and the author's name are the repository's own: no page may show them.
const AUTHOR = 'Fixture Author Name';
function git(args: string[], day?: string): string {
  const date = day ? { GIT_AUTHOR_DATE: `${day}T09:30:00Z`, GIT_COMMITTER_DATE: `${day}T09:30:00Z` } : {};
  return execFileSync(
    'git',
    [
      '-c',
      `user.name=${AUTHOR}`,
      '-c',
      'user.email=fixture@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd: repo, encoding: 'utf8', env: { ...process.env, ...date } },
  );
}
const commit = (day: keyof typeof DAYS) => {
  git(['add', '-A']);
  git(['commit', '-q', '-m', `secret message ${day}`], DAYS[day]);
  return git(['rev-parse', '--short=7', 'HEAD']).trim();
};
const file = (path: string) => join(content, path);
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(file(path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain '${from}'`);
  writeFileSync(file(path), text.replace(from, to));
};

function build(contentDir: string, outDir: string): { ok: boolean; output: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      KURSK_CONTENT_DIR: contentDir,
      KURSK_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: '',
      FORCE_COLOR: '0',
    },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: (performance.now() - started) / 1000,
  };
}

const full = join(work, 'out-full');
const cut = join(work, 'out-shallow');
const page = (out: string, path: string) => readFileSync(join(out, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** Each entry of a history page's list, as text. */
const entries = (html: string) =>
  [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)]
    .map((m) => text(m[1]!))
    .filter((t) => / version [0-9a-f]{10}/.test(t));

const commits: Record<string, string> = {};
let fullBuild: ReturnType<typeof build>;
let shallowBuild: ReturnType<typeof build>;

beforeAll(() => {
  cpSync(join(root, 'tests/fixtures/history-content'), content, { recursive: true });
  git(['init', '-q', '-b', 'main']);
  commits.publish = commit('publish');
  // A correction: "50" becomes "more than 50", logged.
  edit('reports/alpha.md', 'that 50 soldiers', 'that more than 50 soldiers');
  edit(
    'reports/alpha.md',
    'draft: false',
    'corrections:\n  - date: 2026-01-12\n    kind: correction\n    text: "The first paragraph said 50 soldiers; the source says more than 50."\ndraft: false',
  );
  commits.correct = commit('correct');
  // White space and YAML quoting only: no version.
  edit('reports/alpha.md', 'more than 50 soldiers were seen', 'more than 50 soldiers\nwere seen');
  edit('reports/alpha.md', 'byline: The Kursk Files', "byline: 'The Kursk Files'");
  commits.whitespace = commit('whitespace');
  // beta renamed to gamma, its old slug kept, its dek reworded.
  cpSync(file('reports/beta.md'), file('reports/gamma.md'));
  rmSync(file('reports/beta.md'));
  edit('reports/gamma.md', 'draft: false', 'formerSlugs: [beta]\ndraft: false');
  edit(
    'reports/gamma.md',
    'A fixture report whose file is renamed',
    'A fixture report whose file was renamed',
  );
  commits.rename = commit('rename');
  // The source's title changes: a version of every report citing it.
  edit(
    'sources/leaflets.yaml',
    'over North Korean troops in Kursk"',
    'over North Korean troops in Russia’s Kursk region"',
  );
  commits.source = commit('source');
  // delta: a draft first (no version), then published.
  cpSync(file('reports/alpha.md'), file('reports/delta.md'));
  edit(
    'reports/delta.md',
    'Alpha, a fixture report with a history',
    'Delta, a fixture report published after a draft',
  );
  edit('reports/delta.md', 'draft: false', 'draft: true');
  commits.draft = commit('draft');
  edit('reports/delta.md', 'draft: true', 'draft: false');
  commits.publishDelta = commit('publishDelta');
  // A side branch edits alpha twice and is merged with --no-ff: one version, the merge.
  git(['checkout', '-q', '-b', 'side']);
  edit('reports/alpha.md', 'A second paragraph that no commit changes.', 'A second paragraph, edited once.');
  commit('side1');
  edit('reports/alpha.md', 'A second paragraph, edited once.', 'A second paragraph, edited twice.');
  commit('side2');
  git(['checkout', '-q', 'main']);
  git(['merge', '-q', '--no-ff', 'side', '-m', 'secret message merge'], DAYS.merge);
  commits.merge = git(['rev-parse', '--short=7', 'HEAD']).trim();

  fullBuild = build(content, full);
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  shallowBuild = build(join(shallow, 'content'), cut);
  // How long each fixture build takes, for the CI budget (docs/benchmarks.md records it).
  console.log(
    `history fixture builds: full ${fullBuild.seconds.toFixed(1)} s, shallow ${shallowBuild.seconds.toFixed(1)} s`,
  );
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with the full history', () => {
  it('logs how many versions it read, and from how many commits', () => {
    expect(fullBuild.ok, fullBuild.output).toBe(true);
    // alpha 4, gamma 3 (beta's included), delta 1; from the publish, correct, rename, source,
    // publishDelta and merge commits.
    expect(fullBuild.output).toMatch(
      /Report history: 8 versions of 3 reports from 6 commits \(first-parent, full clone\); read in \d+\.\d s\./,
    );
  });

  it('lists alpha’s versions newest first: dates, kinds, the correction’s text and short commit SHAs', () => {
    const html = page(full, 'reports/alpha/history/index.html');
    const listed = entries(html);
    expect(listed).toHaveLength(4);
    expect(listed[0]).toMatch(
      new RegExp(`^Wording 8 February 2026 · version [0-9a-f]{10} · commit ${commits.merge}$`),
    );
    expect(listed[1]).toMatch(
      new RegExp(
        `^Source details: \\[Ukrainian drones .*Kursk region\\] 2 February 2026 · version [0-9a-f]{10} · commit ${commits.source}$`,
      ),
    );
    expect(listed[2]).toMatch(
      new RegExp(
        `^Correction The first paragraph said 50 soldiers; the source says more than 50\\. 12 January 2026 · version [0-9a-f]{10} · commit ${commits.correct}$`,
      ),
    );
    expect(listed[3]).toMatch(
      new RegExp(`^First published 10 January 2026 · version [0-9a-f]{10} · commit ${commits.publish}$`),
    );
    // The whitespace-only commit and the side branch's own commits made no version.
    expect(html).not.toContain(commits.whitespace);
    expect(html).toContain('<time datetime="2026-02-08">');
    // Never a commit message or an author's name.
    expect(html).not.toContain('secret message');
    expect(html).not.toContain(AUTHOR);
  });

  it('keeps beta’s history on gamma, renamed through formerSlugs, and makes no version of a draft', () => {
    const gamma = entries(page(full, 'reports/gamma/history/index.html'));
    expect(gamma.map((e) => e.replace(/ \d.*$/, ''))).toEqual([
      'Source details: [Ukrainian drones drop surrender leaflets over North Korean troops in Russia’s Kursk region]',
      'Metadata (summary)',
      'First published',
    ]);
    expect(gamma[2]).toContain(`commit ${commits.publish}`);
    const delta = entries(page(full, 'reports/delta/history/index.html'));
    expect(delta).toHaveLength(1);
    expect(delta[0]).toMatch(
      new RegExp(`^First published 5 February 2026 .* commit ${commits.publishDelta}$`),
    );
  });

  it('links each report’s header to its history, saying how many versions it has', () => {
    const html = page(full, 'reports/alpha/index.html');
    const meta = html.slice(
      html.indexOf('class="report-meta"'),
      html.indexOf('</p>', html.indexOf('class="report-meta"')),
    );
    expect(meta).toContain('<a href="/reports/alpha/history/">4 versions</a>');
    expect(page(full, 'reports/delta/index.html')).toContain(
      '<a href="/reports/delta/history/">1 version</a>',
    );
  });

  it('lists the history pages in the sitemap, dated by their newest version', () => {
    const sitemap = page(full, 'sitemap.xml');
    expect(sitemap).toMatch(/<loc>[^<]*\/reports\/alpha\/history\/<\/loc><lastmod>2026-02-08/);
    expect(sitemap).toMatch(/<loc>[^<]*\/reports\/gamma\/history\/<\/loc><lastmod>2026-02-02/);
  });
});

describe('a build from a shallow clone', () => {
  it('succeeds, and its log says there is no history and why', () => {
    expect(shallowBuild.ok, shallowBuild.output).toBe(true);
    expect(shallowBuild.output).toContain(
      'Report history not available: this checkout is a shallow clone (git rev-parse --is-shallow-repository). Build from a full clone (git fetch --unshallow) to publish the history. Report and history pages say so.',
    );
    expect(shallowBuild.output).not.toMatch(/Report history: \d+ versions/);
  });

  it('says so on each report and history page, and shows the corrections log instead', () => {
    expect(text(page(cut, 'reports/alpha/index.html'))).toContain(
      'History not available in this build (shallow clone)',
    );
    const history = page(cut, 'reports/alpha/history/index.html');
    expect(text(history)).toContain(
      'This copy of the archive was built from a copy of its git repository without the history (a shallow clone), so the earlier versions of this report and what changed in each are not shown here.',
    );
    expect(history).toContain('id="corrections"');
    expect(text(history)).toContain('The first paragraph said 50 soldiers; the source says more than 50.');
    expect(entries(history)).toEqual([]);
    // Same URLs as the full build: no link or sitemap entry breaks.
    expect(page(cut, 'sitemap.xml')).toContain('/reports/gamma/history/</loc>');
  });
});
