#!/usr/bin/env node
/**
 * `npm run synth -- --reports 10000 [--seed N] [--out DIR]`: writes a synthetic archive (see
 * scripts/bench/synth.ts) into a git-ignored folder, by default `.synth/content-<reports>/`. Build it with
 * `KURSK_CONTENT_DIR=.synth/content-10000 npx astro build`. The folder is emptied first, so the
 * result depends only on the options, the real reports' text (the Markov corpus) and the word list.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractProse, generateArchive } from './bench/synth.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    corpus: { type: 'string', default: 'content/reports' },
    quiet: { type: 'boolean', default: false },
  },
});
const reports = Number(values.reports);
const seed = Number(values.seed);
if (!Number.isInteger(reports) || reports < 1)
  throw new Error(`--reports must be a positive whole number, not '${values.reports}'`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not '${values.seed}'`);
const out = values.out ?? `.synth/content-${reports}`;

const corpus = readdirSync(values.corpus)
  .filter((name) => /\.mdx?$/.test(name))
  .sort()
  .map((name) => extractProse(readFileSync(join(values.corpus, name), 'utf8')))
  .join('\n');
const dictionary = createRequire(import.meta.url)('an-array-of-english-words') as string[];

rmSync(out, { recursive: true, force: true });
const started = performance.now();
let files = 0;
let bytes = 0;
const made = new Set<string>();
const progress = (done: number, total: number) => {
  if (values.quiet) return;
  if (done % 500 === 0 || done === total) process.stderr.write(`\rsynth: ${done}/${total} reports`);
};
for (const file of generateArchive({ reports, seed, corpus, dictionary }, progress)) {
  const path = join(out, file.path);
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(path, file.text);
  files += 1;
  bytes += Buffer.byteLength(file.text);
}
if (!values.quiet) process.stderr.write('\n');
console.log(
  `synth: wrote ${files} files (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})`,
);
