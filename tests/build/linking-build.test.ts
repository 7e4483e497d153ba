/**
 * Builds the small fixture archive in tests/fixtures/linking-content (a temporary copy) with the
 * real Astro build, twice with an edit in between, and checks what the real content cannot show
 * honestly: paragraph ids that survive an edit above them, social cards rendered again only when
 * what they show changed, a renamed report's redirects, a corrections log, and the build error for
 * a former slug that collides with a live one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kursk-linking-'));
const content = join(work, 'content');
const report = join(content, 'reports', 'renamed-report.md');
const plainReport = join(content, 'reports', 'plain-report.md');

function build(outDir: string): { ok: boolean; output: string } {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      KURSK_CONTENT_DIR: content,
      KURSK_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: '',
      FORCE_COLOR: '0',
    },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** The text and id of every paragraph and heading in a built report's body, in order. */
function passages(html: string): { id: string; text: string }[] {
  const body = html.slice(html.indexOf('class="prose"'), html.indexOf('class="notes"'));
  return [...body.matchAll(/<(p|h[2-6]) id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
    id: m[2]!,
    text: m[3]!
      .replace(/<sup[\s\S]*?<\/sup>/g, '')
      .replace(/<a class="anchor-link"[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, '')
      .trim(),
  }));
}

const page = (out: string, path: string) => readFileSync(join(out, path), 'utf8');
const first = join(work, 'out-1');
const second = join(work, 'out-2');
let firstBuild: { ok: boolean; output: string };
let secondBuild: { ok: boolean; output: string };

beforeAll(() => {
  cpSync(join(root, 'tests/fixtures/linking-content'), content, { recursive: true });
  firstBuild = build(first);
  // The edits between the two builds. In renamed-report, the first paragraph is reworded and a
  // new, cited paragraph goes above it (note numbers shift too); what its card shows is unchanged.
  // plain-report gets a new title, which its card shows.
  const original = readFileSync(report, 'utf8');
  writeFileSync(
    report,
    original.replace(
      'The first paragraph of the fixture says what the report is about.[^one]',
      'A new opening paragraph, added later.[^two]\n\nThe first paragraph, now reworded by an editor.[^one]',
    ),
  );
  const plain = readFileSync(plainReport, 'utf8');
  writeFileSync(
    plainReport,
    plain.replace(
      'title: "Fixture report with nothing unusual about it"',
      'title: "Fixture report retitled between two builds"',
    ),
  );
  secondBuild = build(second);
}, 360_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('paragraph ids', () => {
  it('keep the ids of later paragraphs when an earlier paragraph is edited and a new one added', () => {
    expect(firstBuild.ok, firstBuild.output).toBe(true);
    const before = passages(page(first, 'reports/renamed-report/index.html'));
    expect(before.map((p) => p.text)).toContain(
      'The third paragraph stays the same in every build of the test.',
    );
    expect(secondBuild.ok, secondBuild.output).toBe(true);
    const after = passages(page(second, 'reports/renamed-report/index.html'));

    const idOf = (list: typeof before, text: string) => list.find((p) => p.text === text)?.id;
    for (const text of [
      'Middle section',
      'The second paragraph gives the day of the video as December 19.',
      'The third paragraph stays the same in every build of the test.',
      'The fourth paragraph carries an authored id.',
    ]) {
      expect(idOf(before, text), text).toBeDefined();
      expect(idOf(after, text), text).toBe(idOf(before, text));
    }
    expect(idOf(before, 'The fourth paragraph carries an authored id.')).toBe('authored-passage');
    // The edited paragraph is a different passage now, so it has a different id.
    expect(idOf(after, 'The first paragraph, now reworded by an editor.')).not.toBe(
      idOf(before, 'The first paragraph of the fixture says what the report is about.'),
    );
    // And the citation numbers did change, which the ids ignore.
    const citesOfThird = (html: string) =>
      /The third paragraph[^<]*<sup class="cite"[^>]*><a [^>]*data-cite="(\d+)"/.exec(html)?.[1];
    expect(citesOfThird(page(first, 'reports/renamed-report/index.html'))).toBe('1');
    expect(citesOfThird(page(second, 'reports/renamed-report/index.html'))).toBe('2');
  });
});

describe('social cards and citations cached between builds', () => {
  const card = (out: string, slug: string) => readFileSync(join(out, 'cards', 'reports', `${slug}.png`));
  const stats = (output: string) =>
    /Social cards: (\d+) rendered, (\d+) reused from the cache/.exec(output)?.slice(1).map(Number);
  const citations = (output: string) =>
    /Citations \(Citation\.js\): (\d+) formatted, (\d+) earlier ones kept in the cache/
      .exec(output)
      ?.slice(1)
      .map(Number);

  it('are all rendered by a build with an empty cache: one per report and the site card', () => {
    expect(firstBuild.ok, firstBuild.output).toBe(true);
    expect(stats(firstBuild.output)).toEqual([3, 0]);
  });

  it('are rendered again after an edit only where what the card shows changed, and reused elsewhere', () => {
    expect(secondBuild.ok, secondBuild.output).toBe(true);
    // plain-report's new title: rendered again. renamed-report (body edited) and the site card: reused.
    expect(stats(secondBuild.output)).toEqual([1, 2]);
    expect(card(second, 'plain-report').equals(card(first, 'plain-report'))).toBe(false);
    expect(card(second, 'renamed-report').equals(card(first, 'renamed-report'))).toBe(true);
    expect(
      readFileSync(join(second, 'cards', 'site', 'default.png')).equals(
        readFileSync(join(first, 'cards', 'site', 'default.png')),
      ),
    ).toBe(true);
    // The cache holds both versions of plain-report's card and the two unchanged cards.
    expect(readdirSync(join(work, 'cache', 'kursk-cards')).filter((f) => f.endsWith('.png'))).toHaveLength(4);
  });

  it("format each report's APA entry and BibTeX record once, and again only for the retitled report", () => {
    // First build: APA and BibTeX of two reports (the .bib download reads the cite box's BibTeX).
    expect(citations(firstBuild.output)).toEqual([4, 0]);
    expect(citations(secondBuild.output)).toEqual([2, 4]);
    expect(page(second, 'reports/plain-report/citation.bib')).toContain(
      'Fixture report retitled between two builds',
    );
    expect(page(second, 'reports/plain-report/index.html')).toContain(
      'Fixture report retitled between two builds. Retrieved',
    );
  });
});

describe('a renamed report', () => {
  it('leaves a redirect page at its former address: canonical, refresh, a visible link, not indexed', () => {
    const html = page(first, 'reports/original-report-slug/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/reports/renamed-report/">');
    expect(html).toContain(
      '<link rel="canonical" href="https://kursk-files.example/reports/renamed-report/">',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<a href="\/reports\/renamed-report\/">/);
    expect(html).not.toContain('data-pagefind-body');
  });

  it('lists a permanent redirect in _redirects and in the nginx rules', () => {
    expect(page(first, '_redirects')).toContain(
      '/reports/original-report-slug/ /reports/renamed-report/ 301',
    );
    expect(page(first, 'nginx-redirects.conf')).toContain(
      'location = /reports/original-report-slug/ { return 301 /reports/renamed-report/; }',
    );
  });
});

describe('corrections', () => {
  it('says before the text that the report was corrected and updated, and when, linking to the whole log after the text; moves its updated date', () => {
    const html = page(first, 'reports/renamed-report/index.html');
    const text = html.indexOf('class="prose"');
    const notice = html.indexOf('<a href="#corrections">');
    expect(notice).toBeGreaterThan(-1);
    expect(notice).toBeLessThan(text);
    expect(html.slice(notice)).toMatch(
      /^<a href="#corrections">Corrected <time datetime="2026-02-01">1 February 2026<\/time>, updated <time datetime="2026-03-05">5 March 2026<\/time><\/a>/,
    );
    const log = html.indexOf('id="corrections"');
    expect(log).toBeGreaterThan(text);
    expect(html.slice(log)).toContain('The second paragraph first gave the wrong day for the video');
    expect(html.slice(log)).toContain('Added a paragraph on the leaflets');
    expect(html).toContain('"dateModified":"2026-03-05T00:00:00.000Z"');
  });

  it('collects every entry on /corrections/ and in the corrections feed', () => {
    const html = page(first, 'corrections/index.html');
    expect(html).toContain('Added a paragraph on the leaflets');
    expect(html).not.toContain('No corrections have been published');
    const feed = JSON.parse(page(first, 'feeds/corrections.json')) as {
      items: { title: string; date_published: string }[];
    };
    expect(feed.items.map((i) => i.date_published)).toEqual([
      '2026-03-05T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
  });
});

describe('a former slug that is a live slug', () => {
  it('fails the build, naming both files', () => {
    const original = readFileSync(report, 'utf8');
    writeFileSync(
      report,
      original.replace(
        'formerSlugs: [original-report-slug]',
        'formerSlugs: [original-report-slug, plain-report]',
      ),
    );
    const result = build(join(work, 'out-3'));
    writeFileSync(report, original);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /renamed-report\.md: 'formerSlugs' lists 'plain-report', but \S*plain-report\.md is published at that slug/,
    );
    expect(existsSync(join(work, 'out-3', 'index.html'))).toBe(false);
  }, 120_000);
});

describe('a report edited between two builds with warm caches', () => {
  it('is rendered again: its page shows the new wording', () => {
    expect(secondBuild.ok, secondBuild.output).toBe(true);
    expect(page(second, 'reports/renamed-report/index.html')).toContain(
      'The first paragraph, now reworded by an editor.',
    );
    expect(page(second, 'reports/renamed-report/index.html')).not.toContain(
      'The first paragraph of the fixture says what the report is about.',
    );
  });
});
