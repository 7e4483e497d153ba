/**
 * Peak resident memory of the build's processes, for the build log (the benchmark reads it there):
 * the build's own process, and Pagefind's indexing process apart from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** This process's peak resident memory, in bytes: its main thread and worker threads, not its child processes. */
export function ownPeakBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** A field of a `/proc/<pid>/status` file, e.g. `PPid`. */
const statusField = (status: string, key: string): string | undefined =>
  new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(status)?.[1]?.trim();

/**
 * The largest peak resident memory (`VmHWM`) among the running child processes of `parentPid` whose
 * name matches `name`, in bytes, read from `/proc` (Linux). Undefined where there is no `/proc` or
 * no such child; read it while the child still runs.
 */
export function childPeakBytes(
  name: RegExp,
  options: { procDir?: string; parentPid?: number } = {},
): number | undefined {
  const procDir = options.procDir ?? '/proc';
  const parentPid = options.parentPid ?? process.pid;
  let pids: string[];
  try {
    pids = readdirSync(procDir).filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  let peak: number | undefined;
  for (const pid of pids) {
    let status: string;
    try {
      status = readFileSync(join(procDir, pid, 'status'), 'utf8');
    } catch {
      continue; // the process ended since the folder was listed
    }
    if (Number(statusField(status, 'PPid')) !== parentPid || !name.test(statusField(status, 'Name') ?? ''))
      continue;
    const kilobytes = /^(\d+) kB$/.exec(statusField(status, 'VmHWM') ?? '');
    if (kilobytes) peak = Math.max(peak ?? 0, Number(kilobytes[1]) * 1024);
  }
  return peak;
}
