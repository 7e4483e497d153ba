#!/usr/bin/env node
// `npm run repro`: proves the build is reproducible. Builds the same checkout twice from clean
// (content cache dropped), into two temporary folders, under different time zones and locales, then
// compares every file's SHA-256 and each build's published SHA256SUMS. Exits 1 naming every file
// that differs, with the first differing line of each text file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'kursk-repro-'));
const runs = [
  { dir: join(work, 'a'), env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
  { dir: join(work, 'b'), env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } },
];

function digests(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

let status = 0;
try {
  for (const [i, run] of runs.entries()) {
    console.log(`repro: build ${i + 1} of 2 into ${run.dir} (TZ=${run.env.TZ}, LC_ALL=${run.env.LC_ALL})`);
    const build = spawnSync('npx', ['astro', 'build', '--force', '--outDir', run.dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...run.env },
    });
    if (build.status !== 0) throw new Error(`build ${i + 1} failed (exit ${build.status})`);
  }
  const [a, b] = runs.map((r) => digests(r.dir));
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differ = paths.filter((p) => a.get(p) !== b.get(p));
  for (const path of differ) {
    let detail = !a.has(path) ? 'only in build 2' : !b.has(path) ? 'only in build 1' : 'contents differ';
    if (a.has(path) && b.has(path) && /\.(html|js|css|json|txt|xml|svg)$|SHA256SUMS|_headers/.test(path)) {
      const [la, lb] = runs.map((r) => readFileSync(join(r.dir, path), 'utf8').split('\n'));
      const line = la.findIndex((l, i) => l !== lb[i]);
      detail += `; first difference at line ${line + 1}:\n    1: ${la[line]?.slice(0, 200)}\n    2: ${lb[line]?.slice(0, 200)}`;
    }
    console.log(`  ${path}: ${detail}`);
  }
  const sums = runs.map((r) => readFileSync(join(r.dir, 'SHA256SUMS'), 'utf8'));
  if (differ.length > 0 || sums[0] !== sums[1]) {
    console.log(
      `repro: NOT reproducible: ${differ.length} of ${paths.length} files differ between two builds of the same commit.`,
    );
    status = 1;
  } else {
    const manifest = createHash('sha256').update(sums[0]).digest('hex');
    console.log(
      `repro: reproducible: ${paths.length} files byte-identical across two clean builds; SHA256SUMS digest ${manifest}`,
    );
  }
} catch (error) {
  console.error(`repro: ${error.message}`);
  status = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);
