/**
 * A build replaces its output folder whole or not at all (issue 23, 11), with the real Astro build
 * on a small fixture: a build that fails after writing every page leaves the previous output as
 * it was and nothing beside it, and an output folder that cannot be made stops the build before it
 * starts, in words. Each step on its own: tests/unit/output-folder.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kursk-outdir-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      KURSK_CONTENT_DIR: join(root, 'tests/fixtures/valid-content'),
      KURSK_CAPTURES_DIR: join(root, 'tests/fixtures/captures'),
      KURSK_CACHE_DIR: join(work, 'cache'),
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the output folder', () => {
  it('is left as it was by a build that fails after writing its pages', () => {
    const out = join(work, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the previous good build');
    const { status, output } = build([
      '--config',
      'tests/fixtures/failing-build/astro.config.mjs',
      '--outDir',
      out,
    ]);
    expect(status, output).not.toBe(0);
    // The failure came late: the pages had been written, into the fresh folder beside the output.
    const written = Number(/Simulated failure after (\d+) files were written/.exec(output)?.[1]);
    expect(written, output).toBeGreaterThan(20);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous good build');
    expect(readdirSync(work).filter((name) => name !== 'cache')).toEqual(['site']);
    expect(output).toContain(
      `The build failed, so ${out} was left as it was (its half-built replacement was deleted).`,
    );
  }, 240_000);

  it('that cannot be made stops the build before it starts, naming the folder and the fix', () => {
    writeFileSync(join(work, 'a-file'), '');
    const out = join(work, 'a-file', 'dist');
    const { status, output } = build(['--outDir', out]);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Could not make the folder that holds the output for ${out}: part of the path ${join(work, 'a-file')} is a file, not a folder; remove or rename that file, or build into another folder: 'npx astro build --outDir <folder>'.`,
    );
    expect(output).not.toMatch(/Building static entrypoints/);
  }, 120_000);
});
