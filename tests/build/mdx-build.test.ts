/**
 * Builds the fixture in tests/fixtures/mdx-content with the real Astro build, under a subpath, and
 * checks that its `.mdx` report went through the same Markdown plugins as `.md` reports: a
 * component rendered beside numbered citations and their notes, a paragraph with its own id
 * (written `\{#id}` in MDX), the first mention of an entity linked, and root-relative links given
 * the base path.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kursk-mdx-'));
const out = join(work, 'out');
let build: { ok: boolean; output: string };

beforeAll(() => {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      KURSK_CONTENT_DIR: join(root, 'tests/fixtures/mdx-content'),
      KURSK_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: '/kursk/',
      FORCE_COLOR: '0',
    },
  });
  build = { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, path), 'utf8');
/** The report's body, as the page shows it: between the prose container and the notes. */
const body = () => {
  const html = page('reports/mdx-report/index.html');
  return html.slice(html.indexOf('<div class="prose">'), html.indexOf('<section class="notes"'));
};
/** The report's notes section. */
const notes = () => {
  const html = page('reports/mdx-report/index.html');
  return html.slice(html.indexOf('<section class="notes"'), html.indexOf('<section class="sources"'));
};

describe('an .mdx report', () => {
  it('builds, and renders the component it imports', () => {
    expect(build.ok, build.output).toBe(true);
    expect(body()).toContain(
      '<aside class="fixture-aside" aria-label="Fixture aside">Text inside a component stays as the component writes it.</aside>',
    );
  });

  it('numbers its citations in the order the text first cites them, each linking to its note', () => {
    expect(build.ok, build.output).toBe(true);
    const cites = [
      ...body().matchAll(/<sup class="cite"[^>]*><a href="#(note-\d+)" id="([^"]+)"[^>]*>(\d+)<\/a><\/sup>/g),
    ];
    expect(cites.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['note-1', 'cite-1', '1'],
      ['note-2', 'cite-2', '2'],
      ['note-3', 'cite-3', '3'],
      ['note-1', 'cite-1-2', '1'],
    ]);
    expect(body()).not.toContain('[^');
    expect(body()).not.toContain('@leaflets');
  });

  it('lists its notes with the source and locator, each linking back to every citation', () => {
    expect(build.ok, build.output).toBe(true);
    const items = [
      ...notes().matchAll(
        // The ¶ sign is joined to its number by a no-break space, so a line never ends between them.
        // Each links to the source page at the paragraph it cites.
        /<li id="(note-\d+)"[^>]*><a href="[^"]*\/sources\/([^/"]+)\/#(p-\d+)"[^>]*>[^<]*<\/a>, (¶\u00a0\d+)\./g,
      ),
    ];
    expect(items.map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ['note-1', 'leaflets', 'p-2', '¶\u00a02'],
      ['note-2', 'leaflets', 'p-4', '¶\u00a04'],
      ['note-3', 'leaflets', 'p-6', '¶\u00a06'],
    ]);
    expect(notes()).toContain('href="#cite-1-2"');
  });

  it('gives the paragraph written with \\{#the-promise} that id and its link, without the braces', () => {
    expect(build.ok, build.output).toBe(true);
    expect(body()).toMatch(
      /<p id="the-promise">One leaflet urged the soldiers to surrender for a new future\.<sup class="cite"[^>]*>.*?<\/sup>\u00a0<a class="anchor-link" href="#the-promise" aria-label="Link to this paragraph"/,
    );
    expect(body()).not.toContain('{#');
    // The other paragraphs get ids from their words.
    expect(body().match(/<p id="p-[a-z0-9]{6}">/g)).toHaveLength(2);
  });

  it('links the first mention of an entity to its page under the base path, and only the first', () => {
    expect(build.ok, build.output).toBe(true);
    expect(body()).toContain(
      'a video that <a href="/kursk/entities/informnapalm/" class="entity-link" data-entity="informnapalm">InformNapalm</a> shared.',
    );
    expect(body().match(/class="entity-link"/g)).toHaveLength(1);
    expect(body()).toContain('It came from InformNapalm.<sup');
  });

  it('is listed on the page of the entity it mentions', () => {
    expect(build.ok, build.output).toBe(true);
    expect(page('entities/informnapalm/index.html')).toMatch(/<h3><a href="[^"]*\/reports\/mdx-report\/">/);
  });

  it('gives a root-relative link written in the report the base path', () => {
    expect(build.ok, build.output).toBe(true);
    expect(body()).toContain('<a href="/kursk/sources/leaflets/">source record</a>');
  });
});
