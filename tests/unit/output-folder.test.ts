/**
 * The output folder is replaced whole or not at all, and a folder that cannot be written is named
 * in words with the fix (issue 23, 11). The real build is run in tests/build/output-folder.test.ts;
 * here each step, on real temporary folders, and with a file system that fails as a read-only or
 * full disk would (this runs as root in CI, where a chmod-ed folder stays writable).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeFailedBuild,
  discardOutput,
  LOW_DISK_BYTES,
  nodeOutputFs,
  OutputFolderError,
  prepareOutput,
  publishOutput,
  type OutputFs,
} from '../../src/build/output-folder';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kursk-output-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The real file system, but `op` fails with `code`, as the kernel would report it. */
function failing(op: keyof OutputFs, code: string): OutputFs {
  return {
    ...nodeOutputFs,
    [op]: () => {
      throw Object.assign(new Error(`${code}: simulated, ${op}`), { code });
    },
  };
}

describe('prepareOutput', () => {
  it('makes a fresh hidden folder beside the output, leaving the output as it is', () => {
    const final = join(work, 'dist');
    mkdirSync(final);
    writeFileSync(join(final, 'index.html'), 'old');
    const plan = prepareOutput(final);
    expect(plan.final).toBe(final);
    expect(plan.staging).toMatch(new RegExp(`^${work}/\\.dist-building-\\w{6}$`));
    expect(readdirSync(plan.staging)).toEqual([]);
    expect(readFileSync(join(final, 'index.html'), 'utf8')).toBe('old');
  });

  it('makes missing parent folders', () => {
    const plan = prepareOutput(join(work, 'a', 'b', 'dist'));
    expect(existsSync(plan.staging)).toBe(true);
  });

  it('names a read-only parent folder and the fix, not EACCES … mkdir', () => {
    const final = join(work, 'dist');
    expect(() => prepareOutput(final, failing('mkdtemp', 'EACCES'))).toThrow(OutputFolderError);
    expect(() => prepareOutput(final, failing('mkdtemp', 'EACCES'))).toThrow(
      `Could not make the folder the build writes into for ${final}: ${work} is not writable by this user; make it writable (for example 'chmod u+w ${work}'), or build into another folder: 'npx astro build --outDir <folder>'. (EACCES)`,
    );
    expect(() => prepareOutput(final, failing('mkdtemp', 'EROFS'))).toThrow(
      `${work} is on a read-only file system; or build into another folder`,
    );
    expect(() => prepareOutput(join(work, 'x', 'dist'), failing('mkdir', 'EACCES'))).toThrow(
      `Could not make the folder that holds the output for ${join(work, 'x', 'dist')}: ${join(work, 'x')} is not writable`,
    );
  });

  it('names an output folder it could not replace', () => {
    const final = join(work, 'dist');
    mkdirSync(final);
    expect(() => prepareOutput(final, { ...nodeOutputFs, writable: () => false })).toThrow(
      `Could not replace the output folder for ${final}: ${final} is not writable by this user`,
    );
  });

  it('says when a file stands where a folder should be', () => {
    writeFileSync(join(work, 'dist'), '');
    expect(() => prepareOutput(join(work, 'dist'))).toThrow(
      `Could not build into ${join(work, 'dist')}: it is a file, not a folder`,
    );
    writeFileSync(join(work, 'file'), '');
    expect(() => prepareOutput(join(work, 'file', 'dist'))).toThrow(
      /^Could not make the folder that holds the output for .*\/file\/dist: part of the path .*\/file is a file, not a folder; remove or rename that file/,
    );
  });

  it('puts a full disk in words', () => {
    expect(() => prepareOutput(join(work, 'dist'), failing('mkdtemp', 'ENOSPC'))).toThrow(
      `the disk holding ${work} is full (or the user's quota is used up); free some space`,
    );
  });
});

describe('publishOutput and discardOutput', () => {
  it('replace the old output with the new whole, leaving nothing beside it', () => {
    const final = join(work, 'dist');
    mkdirSync(join(final, 'gone'), { recursive: true });
    writeFileSync(join(final, 'gone', 'index.html'), 'old');
    const plan = prepareOutput(final);
    writeFileSync(join(plan.staging, 'index.html'), 'new');
    publishOutput(plan);
    expect(readdirSync(final)).toEqual(['index.html']);
    expect(readFileSync(join(final, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('put the new output in place when there was none', () => {
    const plan = prepareOutput(join(work, 'dist'));
    writeFileSync(join(plan.staging, 'index.html'), 'new');
    publishOutput(plan);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('give the old output its name back if the new one cannot take it', () => {
    const final = join(work, 'dist');
    mkdirSync(final);
    writeFileSync(join(final, 'index.html'), 'old');
    const plan = prepareOutput(final);
    let renames = 0;
    const fs: OutputFs = {
      ...nodeOutputFs,
      rename: (from, to) => {
        if (++renames === 2) throw Object.assign(new Error('simulated'), { code: 'EXDEV' });
        nodeOutputFs.rename(from, to);
      },
    };
    expect(() => publishOutput(plan, fs)).toThrow(/Could not move the new build into place for/);
    expect(readFileSync(join(final, 'index.html'), 'utf8')).toBe('old');
  });

  it('discard a failed build and leave the old output as it was', () => {
    const final = join(work, 'dist');
    mkdirSync(final);
    writeFileSync(join(final, 'index.html'), 'old');
    const plan = prepareOutput(final);
    writeFileSync(join(plan.staging, 'half.html'), 'half');
    discardOutput(plan);
    expect(readdirSync(work)).toEqual(['dist']);
    expect(readFileSync(join(final, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('describeFailedBuild', () => {
  const plan = { final: '/srv/site/dist', staging: '/srv/site/.dist-building-abcdef' };

  it('says the output was kept, or that nothing was written', () => {
    expect(describeFailedBuild(plan, LOW_DISK_BYTES, true)).toBe(
      'The build failed, so /srv/site/dist was left as it was (its half-built replacement was deleted).',
    );
    expect(describeFailedBuild(plan, undefined, false)).toBe(
      'The build failed, so nothing was written to /srv/site/dist (the half-built site was deleted).',
    );
  });

  it('puts a (nearly) full disk in words', () => {
    expect(describeFailedBuild(plan, 200 * 1024, true)).toMatch(
      /The disk holding it has only 200 KB free: if the error above says ENOSPC, the disk is full; free some space, or build into a folder on another disk/,
    );
  });
});
