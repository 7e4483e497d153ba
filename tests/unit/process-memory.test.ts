import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { descendantsOf, foldPeaks, readProcesses } from '../../scripts/bench/process-memory';

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
processEntry(50, 'node', 1, 90_000); // the wrapper that samples
processEntry(100, 'node', 50, 4_000_000); // astro build
processEntry(200, 'pagefind_extend', 100, 5_000_000);
processEntry(201, 'pagefind_extend', 100, 3_000_000);
processEntry(300, 'pagefind_extend', 999, 9_000_000); // another build's Pagefind
processEntry(500, 'pagefind', 100); // a zombie: no memory lines
mkdirSync(join(proc, 'self'));

describe('readProcesses and descendantsOf', () => {
  it("finds a command's processes at every depth, and no one else's", () => {
    const tree = descendantsOf(50, readProcesses(proc));
    expect(tree.map((p) => p.pid).sort()).toEqual([100, 200, 201, 500]);
  });

  it('is empty where there is no /proc', () => {
    expect(readProcesses(join(proc, 'missing'))).toEqual([]);
  });
});

describe('foldPeaks', () => {
  it("keeps the largest peak of Pagefind's processes apart from the build's, over several readings", () => {
    const first = foldPeaks({}, descendantsOf(50, readProcesses(proc)));
    expect(first).toEqual({ buildBytes: 4_000_000 * 1024, pagefindBytes: 5_000_000 * 1024 });
    const later = foldPeaks(first, [{ pid: 100, ppid: 50, name: 'node', peakBytes: 6e9 }]);
    expect(later).toEqual({ buildBytes: 6e9, pagefindBytes: 5_000_000 * 1024 });
    expect(foldPeaks(later, [{ pid: 100, ppid: 50, name: 'node', peakBytes: 1e9 }])).toEqual(later);
  });
});
