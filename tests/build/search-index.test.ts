/**
 * The search index built with the real Pagefind binary from a generated site of 600 pages, twice:
 * Pagefind reads the folder of copies on every core, so the test checks that the index is still
 * the same bytes from one build to the next, and that the copies' additions are in it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/build/search-index';
import { buildAliasGroups } from '../../src/lib/search-terms';

const work = mkdtempSync(join(tmpdir(), 'kursk-search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WORDS = [
  'drones',
  'artillery',
  'Kursk',
  'soldiers',
  'leaflets',
  'casualties',
  'brigade',
  'winter',
  'offensive',
  'intelligence',
];

/** A built site: 600 report pages of different lengths (a third mention Kim Jong-un), and a list page that is not indexed. */
function writeSite(dir: string): void {
  for (let i = 0; i < 600; i += 1) {
    const words = Array.from(
      { length: 40 + (i % 7) * 30 },
      (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length],
    ).join(' ');
    const html = `<!doctype html><html lang="en"><head><title>Report ${i}</title></head><body><main data-pagefind-body><h1>Report ${i}</h1><p id="p-${i}">${words}${i % 3 === 0 ? ', said Kim Jong-un' : ''}.</p></main></body></html>`;
    mkdirSync(join(dir, 'reports', `r${i}`), { recursive: true });
    writeFileSync(join(dir, 'reports', `r${i}`, 'index.html'), html);
  }
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><p>Home</p></body></html>');
}

/** Every file of a folder with its SHA-256. */
function digests(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files
      .map((e) => [
        relative(dir, join(e.parentPath, e.name)),
        createHash('sha256')
          .update(readFileSync(join(e.parentPath, e.name)))
          .digest('hex'),
      ])
      .sort(),
  );
}

describe('buildSearchIndex with Pagefind', () => {
  const aliasGroups = buildAliasGroups([
    { id: 'kim-jong-un', data: { name: 'Kim Jong Un', aliases: ['Kim Jong-un', '김정은'], searchNames: [] } },
  ]);

  it('writes the same index, byte for byte, from the same pages in two builds', async () => {
    const indexes: Record<string, string>[] = [];
    for (const name of ['a', 'b']) {
      const dir = join(work, name);
      writeSite(dir);
      await expect(buildSearchIndex(dir, () => {}, { aliasGroups, additions: true })).resolves.toBe(600);
      indexes.push(digests(join(dir, 'pagefind')));
    }
    expect(Object.keys(indexes[0]!).length).toBeGreaterThan(600);
    expect(indexes[1]).toEqual(indexes[0]);
  }, 120_000);

  it('indexes the other names the pages do not print, and leaves the built pages as they were', () => {
    const folder = join(work, 'a', 'pagefind', 'fragment');
    // A fragment is gzip: Pagefind's signature, then the page's JSON (its URL and indexed text).
    const pages = readdirSync(folder).map(
      (file) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, file)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    );
    expect(pages).toHaveLength(600);
    const withKim = pages.filter((p) => p.content.includes('Kim Jong-un'));
    expect(withKim).toHaveLength(200);
    expect(withKim.every((p) => p.content.includes('김정은'))).toBe(true);
    expect(pages.filter((p) => p.content.includes('김정은'))).toHaveLength(200);
    expect(readFileSync(join(work, 'a', 'reports', 'r3', 'index.html'), 'utf8')).not.toContain('김정은');
  });
});
