import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSiteUrls, parseManifest, renderManifest } from '../../src/build/site-files';

const dir = mkdtempSync(join(tmpdir(), 'kursk-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const file of [
  'index.html',
  'reports/a/index.html',
  'feeds/reports.xml',
  '404.html',
  '_astro/x.js',
  'pagefind/p.js',
  '_redirects',
  '_headers',
  'SHA256SUMS',
]) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), '');
}

describe('listSiteUrls', () => {
  it('lists pages as directory URLs and files as they are, leaving out assets, search bundle and host files', () => {
    expect(listSiteUrls(dir)).toEqual(['/', '/feeds/reports.xml', '/reports/a/']);
  });
});

describe('parseManifest', () => {
  it('reads one URL a line, skipping comments and blank lines', () => {
    expect(parseManifest('# note\n/\n\n/reports/a/\n')).toEqual(['/', '/reports/a/']);
  });
});

describe('renderManifest', () => {
  it('writes a header and the URLs, which read back the same', () => {
    expect(parseManifest(renderManifest(['/', '/a/']))).toEqual(['/', '/a/']);
  });
});
