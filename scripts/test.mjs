#!/usr/bin/env node
// `npm test`: type check, lint and format check, unit and content tests, the build, then end-to-end tests in Chromium
// against the built site. Runs every step it can, then prints one line with the totals of all
// test runners, `N passed, N failed`, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const failures = [];
const run = (label, command, args) => {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const status = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  }).status;
  if (status !== 0) failures.push(`${label} (exit ${status})`);
  return status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

run('type check', 'npx', ['astro', 'check']);
run('lint and format', 'npm', ['run', '--silent', 'lint']);
run('unit and content tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/unit.json`,
]);
const built = run('build', 'npx', ['astro', 'build']);
if (built) run('end-to-end tests', 'npx', ['playwright', 'test']);
else failures.push('end-to-end tests (not run: the build failed)');

const unit = readJson(`${results}/unit.json`);
const e2e = readJson(`${results}/e2e.json`);
const counts = {
  vitest: { passed: unit?.numPassedTests ?? 0, failed: unit?.numFailedTests ?? 0 },
  playwright: {
    passed: e2e?.stats?.expected ?? 0,
    failed: (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0),
  },
};
console.log('');
for (const [name, c] of Object.entries(counts))
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed`);
if (failures.length > 0) console.log(`failed steps: ${failures.join('; ')}`);
const passed = counts.vitest.passed + counts.playwright.passed;
const failed =
  counts.vitest.failed +
  counts.playwright.failed +
  (failures.length > 0 && counts.vitest.failed + counts.playwright.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 ? 1 : 0);
