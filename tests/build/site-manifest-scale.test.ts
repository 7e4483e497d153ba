/**
 * The site manifest at archive scale: a 10,000-report site has over 50,000 files, more than a
 * process may hold open at once (20,000 here), so hashing them all must not open them all at once.
 * In the build project because writing 25,000 files takes seconds; the rest of the manifest's
 * tests are in tests/unit/site-manifest-integration.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestFiles, listServedFiles } from '../../src/build/site-manifest';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kursk-manifest-scale-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('digestFiles over listServedFiles', () => {
  it('hashes more files than a process may hold open at once', async () => {
    await mkdir(join(dir, 'many'));
    for (let i = 0; i < 25_000; i += 1) await writeFile(join(dir, 'many', `${i}.html`), String(i));
    const digests = digestFiles(dir, listServedFiles(dir));
    expect(digests).toHaveLength(25_000);
    expect(digests.find((d) => d.path === 'many/24999.html')!.sha256).toBe(sha('24999'));
  }, 120_000);
});
