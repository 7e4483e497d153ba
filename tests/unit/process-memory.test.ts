import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBuildPeak } from '../../src/integrations/build-memory';
import { formatIndexLog } from '../../src/integrations/pagefind';
import { parseBuildMemory } from '../../src/lib/bench';
import { childPeakBytes, ownPeakBytes } from '../../src/lib/process-memory';

const proc = mkdtempSync(join(tmpdir(), 'kursk-proc-'));
afterAll(() => rmSync(proc, { recursive: true, force: true }));
const processEntry = (pid: number, name: string, ppid: number, hwmKb?: number) => {
  mkdirSync(join(proc, String(pid)));
  writeFileSync(
    join(proc, String(pid), 'status'),
    [
      `Name:\t${name}`,
      'State:\tS (sleeping)',
      `PPid:\t${ppid}`,
      ...(hwmKb === undefined ? [] : [`VmHWM:\t${String(hwmKb).padStart(8)} kB`, 'VmRSS:\t    1000 kB']),
    ].join('\n'),
  );
};
processEntry(100, 'node', 1, 4_000_000);
processEntry(200, 'pagefind_extend', 100, 5_000_000);
processEntry(201, 'pagefind_extend', 100, 3_000_000);
processEntry(300, 'pagefind_extend', 999, 9_000_000); // another build's Pagefind
processEntry(400, 'chromium', 100, 8_000_000);
processEntry(500, 'pagefind', 100); // a zombie: no memory lines
mkdirSync(join(proc, 'self'));

describe('childPeakBytes', () => {
  it('gives the largest peak among the parent’s children of that name, in bytes', () => {
    expect(childPeakBytes(/^pagefind/, { procDir: proc, parentPid: 100 })).toBe(5_000_000 * 1024);
  });

  it('ignores other parents’ children and other names', () => {
    expect(childPeakBytes(/^pagefind/, { procDir: proc, parentPid: 1 })).toBeUndefined();
    expect(childPeakBytes(/^chromium$/, { procDir: proc, parentPid: 100 })).toBe(8_000_000 * 1024);
  });

  it('is unknown where there is no /proc', () => {
    expect(childPeakBytes(/^pagefind/, { procDir: join(proc, 'missing'), parentPid: 100 })).toBeUndefined();
  });

  it('reads a real child process on this machine', async () => {
    const { spawn } = await import('node:child_process');
    // The child says when it holds 64 MB, then waits to be killed.
    const child = spawn(process.execPath, [
      '-e',
      'globalThis.b = Buffer.alloc(64 * 1024 * 1024, 1); console.log("ready"); setTimeout(() => {}, 10000)',
    ]);
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      // Any name: Node names its process after its main thread (`MainThread`).
      const peak = childPeakBytes(/./);
      if (process.platform === 'linux') expect(peak).toBeGreaterThan(64 * 1024 * 1024);
      else expect(peak).toBeUndefined();
    } finally {
      child.kill();
    }
  });
});

describe('ownPeakBytes', () => {
  it('is at least the memory this process holds now', () => {
    expect(ownPeakBytes()).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.99);
  });
});

describe('parseBuildMemory', () => {
  it('reads both peaks from a coloured build log, back to bytes', () => {
    const log = `\x1b[2m09:31:04\x1b[22m \x1b[34m[kursk-files:pagefind]\x1b[39m ${formatIndexLog({ indexed: 13834, seconds: 74.28, enriched: 10261, entities: 500, peakBytes: 5_050_000_000 })}
\x1b[2m09:31:18\x1b[22m \x1b[34m[kursk-files:build-memory]\x1b[39m ${formatBuildPeak(4_870_000_000)}`;
    expect(parseBuildMemory(log)).toEqual({ buildBytes: 4_870_000_000, pagefindBytes: 5_050_000_000 });
    expect(parseBuildMemory(formatBuildPeak(812_300_000))).toEqual({ buildBytes: 812_300_000 });
  });

  it('leaves out what the log does not say', () => {
    expect(parseBuildMemory('[build] Complete!')).toEqual({});
    const withoutPeak = formatIndexLog({ indexed: 2, seconds: 1, enriched: 0, entities: 0 });
    expect(withoutPeak).toBe(
      'Pagefind indexed 2 pages in 1.00 s; 0 got other names or number forms from 0 entities.',
    );
    expect(parseBuildMemory(withoutPeak)).toEqual({});
  });
});
