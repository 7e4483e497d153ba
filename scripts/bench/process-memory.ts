/**
 * Peak resident memory of a command's processes, read from `/proc` (Linux) while it runs: the
 * build's own process and Pagefind's indexing process apart, since `/usr/bin/time -v` reports only
 * the largest single process of a tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A field of a `/proc/<pid>/status` file, e.g. `PPid`. */
const statusField = (status: string, key: string): string | undefined =>
  new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(status)?.[1]?.trim();

/** One running process: its parent, name and peak resident memory so far (`VmHWM`), in bytes. */
export interface ProcessPeak {
  pid: number;
  ppid: number;
  name: string;
  peakBytes?: number;
}

/** Every process `/proc` lists now; empty where there is no `/proc`. */
export function readProcesses(procDir = '/proc'): ProcessPeak[] {
  let pids: string[];
  try {
    pids = readdirSync(procDir).filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const result: ProcessPeak[] = [];
  for (const pid of pids) {
    let status: string;
    try {
      status = readFileSync(join(procDir, pid, 'status'), 'utf8');
    } catch {
      continue; // the process ended since the folder was listed
    }
    const kilobytes = /^(\d+) kB$/.exec(statusField(status, 'VmHWM') ?? '');
    result.push({
      pid: Number(pid),
      ppid: Number(statusField(status, 'PPid')),
      name: statusField(status, 'Name') ?? '',
      ...(kilobytes ? { peakBytes: Number(kilobytes[1]) * 1024 } : {}),
    });
  }
  return result;
}

/** The processes descending from `root` (not `root` itself), children before grandchildren. */
export function descendantsOf(root: number, processes: readonly ProcessPeak[]): ProcessPeak[] {
  const found: ProcessPeak[] = [];
  let parents = new Set([root]);
  while (parents.size > 0) {
    const children = processes.filter((p) => parents.has(p.ppid));
    found.push(...children);
    parents = new Set(children.map((p) => p.pid));
  }
  return found;
}

/** Peaks by part of a site build: Pagefind's processes, and every other process (the build's Node). */
export interface BuildPeaks {
  buildBytes?: number;
  pagefindBytes?: number;
}

/** Folds one reading of a build's processes into the peaks seen so far. */
export function foldPeaks(peaks: BuildPeaks, processes: readonly ProcessPeak[]): BuildPeaks {
  const next = { ...peaks };
  for (const p of processes) {
    if (p.peakBytes === undefined) continue;
    const key = /^pagefind/.test(p.name) ? 'pagefindBytes' : 'buildBytes';
    next[key] = Math.max(next[key] ?? 0, p.peakBytes);
  }
  return next;
}
