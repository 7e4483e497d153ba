import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSha256Sums } from '../../src/lib/checksums';
import {
  digestFiles,
  isServed,
  listServedFiles,
  MANIFEST_NAME,
  writeSiteManifest,
} from '../../src/build/site-manifest';
import { siteManifestIntegration } from '../../src/integrations/site-manifest';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kursk-manifest-'));
  await mkdir(join(dir, 'reports', 'a'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<p>home</p>');
  await writeFile(join(dir, 'reports', 'a', 'index.html'), '<p>a</p>');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every built file's digest, as the manifest step makes them. */
const digestDirectory = (root: string) => digestFiles(root, listServedFiles(root));

describe('digestFiles over listServedFiles', () => {
  it('hashes every file with a /-separated relative path, leaving out an old manifest', async () => {
    await writeFile(join(dir, MANIFEST_NAME), 'stale');
    const digests = digestDirectory(dir);
    expect(digests.map((d) => d.path).sort()).toEqual(['index.html', 'reports/a/index.html']);
    expect(digests.find((d) => d.path === 'index.html')!.sha256).toBe(sha('<p>home</p>'));
  });
});

describe('listServedFiles', () => {
  it("leaves out the hosts' instruction files and dotfiles, which no reader can fetch, and keeps /.well-known/", async () => {
    await writeFile(join(dir, '_redirects'), '# none');
    await writeFile(join(dir, 'nginx-redirects.conf'), '# none');
    await writeFile(join(dir, '.env'), 'X=1');
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'config'), '[core]');
    await writeFile(join(dir, 'reports', 'a', '.DS_Store'), '');
    await mkdir(join(dir, '.well-known'));
    await writeFile(join(dir, '.well-known', 'security.txt'), 'Contact: x');
    await mkdir(join(dir, 'reports', '.well-known'));
    await writeFile(join(dir, 'reports', '.well-known', 'x'), 'x');
    expect(listServedFiles(dir).sort()).toEqual([
      '.well-known/security.txt',
      'index.html',
      'reports/a/index.html',
    ]);
  });
});

describe('isServed', () => {
  it('names the same files deploy/nginx refuses', () => {
    for (const path of [
      '_headers',
      '_redirects',
      'nginx-redirects.conf',
      '.env',
      'a/.git/config',
      '.well-known/.x',
    ])
      expect(isServed(path), path).toBe(false);
    for (const path of ['404.html', '_astro/a.1b2c.css', '.well-known/security.txt', 'data/claims.csv'])
      expect(isServed(path), path).toBe(true);
  });
});

describe('writeSiteManifest', () => {
  it('writes _headers for the base path, then SHA256SUMS covering every page but not _headers', async () => {
    expect(writeSiteManifest(dir, '/repo/')).toBe(2);
    const headers = await readFile(join(dir, '_headers'), 'utf8');
    expect(headers.startsWith('/repo/*\n  Content-Security-Policy:')).toBe(true);
    const sums = parseSha256Sums(await readFile(join(dir, MANIFEST_NAME), 'utf8'));
    expect(sums.map((s) => s.path)).toEqual(['index.html', 'reports/a/index.html']);
    expect(sums[0]!.sha256).toBe(sha('<p>home</p>'));
  });
});

describe('MANIFEST_NAME', () => {
  it('is the name sha256sum users expect', () => {
    expect(MANIFEST_NAME).toBe('SHA256SUMS');
  });
});

describe('siteManifestIntegration', () => {
  it('runs on astro:build:done with the configured base', async () => {
    const integration = siteManifestIntegration();
    const hooks = integration.hooks as Record<string, (arg: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { base: '/sub/' } });
    const logged: string[] = [];
    await hooks['astro:build:done']!({
      dir: new URL(`file://${dir}/`),
      logger: { info: (m: string) => logged.push(m) },
    });
    expect((await readFile(join(dir, '_headers'), 'utf8')).startsWith('/sub/*')).toBe(true);
    expect(logged).toEqual(['Wrote _headers and SHA256SUMS (2 files).']);
  });
});
