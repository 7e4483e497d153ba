#!/usr/bin/env node
/**
 * `node scripts/bench/peak-memory.ts OUT.json -- COMMAND ARGS…`: runs the command and, every
 * 200 ms while it runs, reads the peak resident memory (`VmHWM`, which only grows) of each of its
 * processes from /proc; writes the largest of Pagefind's and of the others' to OUT.json and exits
 * with the command's status. A process that grows in its last 200 ms is read short by that much.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { descendantsOf, foldPeaks, readProcesses, type BuildPeaks } from './process-memory.ts';

const [out, dashes, command, ...args] = process.argv.slice(2);
if (!out || dashes !== '--' || !command) {
  console.error('usage: node scripts/bench/peak-memory.ts OUT.json -- COMMAND ARGS…');
  process.exit(2);
}
let peaks: BuildPeaks = {};
const child = spawn(command, args, { stdio: 'inherit' });
const sample = () => {
  peaks = foldPeaks(peaks, descendantsOf(process.pid, readProcesses()));
};
const timer = setInterval(sample, 200);
child.on('exit', (code, signal) => {
  clearInterval(timer);
  writeFileSync(out, `${JSON.stringify(peaks)}\n`);
  process.exit(code ?? (signal ? 128 : 1));
});
