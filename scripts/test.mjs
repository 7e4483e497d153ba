#!/usr/bin/env node
// `npm test`: type check, lint and format check, unit and content tests, the tests that build
// fixture sites, the build, and end-to-end tests in Chromium against the built site (started once
// it is built and the unit tests are done, beside the fixture-build tests).
// `npm run test:fast` (`--fast`): type check, lint and format check, unit and content tests; no
// site is built and no browser started.
// Steps that do not depend on each other run at the same time (most of them use one core, or wait
// on child processes); each step's output is printed whole when it ends, with its time. Runs every
// step it can, then prints one line with the totals of all test runners, `N passed, N failed`, and
// exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const fast = process.argv.includes('--fast');
const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const started = performance.now();
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const failures = [];

/**
 * Runs one step, its output collected and printed whole when it ends; resolves to whether it passed.
 * `watch`, if given, is called with the step's standard output so far each time more arrives.
 */
function run(label, command, args, watch) {
  const from = performance.now();
  console.log(`=== ${label}: started (${command} ${args.join(' ')})`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    const output = [];
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output.push(chunk);
      if (watch) watch((stdout += chunk));
    });
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const passed = status === 0;
      console.log(`\n=== ${label}: ${passed ? 'passed' : `failed (exit ${status})`} in ${seconds(from)}`);
      process.stdout.write(Buffer.concat(output));
      if (!passed) failures.push(`${label} (exit ${status})`);
      resolve(passed);
    });
  });
}
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/vitest-${project}.json`,
];

// Two chains side by side. Astro's steps run one after another: every Astro build (and astro
// check's sync) writes the generated content modules and types in the project's .astro/, which
// another build or the type check would read half-written. The other chain runs no Astro.
// The end-to-end tests start once the site is built and the other chain is done (its unit tests
// have time limits of a few seconds, which a busy machine already strains). Before its tests,
// Playwright builds its own fixture sites (playwright.config.ts: the /kursk/ build and the
// synthetic archive), which are Astro builds too; once it announces its tests (`Running N tests`,
// printed only when its web servers answer) it builds nothing more, and the fixture-build tests
// run beside its tests. (When the end-to-end tests waited for the fixture-build tests, those, the
// fixture sites' builds and the end-to-end tests ran one after another.)
const checks = (async () => {
  // The checks of `npm run lint`, with ESLint's and Prettier's caches: a file unchanged since the
  // last run is not read again (an edit, or a change of either tool's config, invalidates it).
  await run('lint and format', 'sh', [
    '-c',
    'npx eslint --cache --cache-location node_modules/.cache/eslint/ . && npx prettier --check --cache .',
  ]);
  await run('unit and content tests', 'npx', vitest('fast'));
})();
let endToEnd;
await Promise.all([
  (async () => {
    // astro check also checks the .astro files, which tsc cannot read, and costs no more than
    // tsc --noEmit after the astro sync that tsc needs for the astro:content types.
    await run('type check', 'npx', ['astro', 'check']);
    if (fast) return;
    const built = await run('build', 'npx', ['astro', 'build']);
    await checks;
    if (built) {
      let testing;
      const announced = new Promise((resolve) => (testing = resolve));
      endToEnd = run('end-to-end tests', 'npx', ['playwright', 'test'], (stdout) => {
        if (/^Running \d+ tests? using/m.test(stdout)) testing();
      });
      // Should Playwright end without announcing its tests (a fixture site failed to build), its
      // builds are over all the same.
      await Promise.race([announced, endToEnd]);
    }
    await run('fixture-build tests', 'npx', vitest('build'));
  })(),
  checks,
]);
if (!fast) {
  if (endToEnd) await endToEnd;
  else failures.push('end-to-end tests (not run: the build failed)');
}

const units = ['fast', 'build'].map((project) => readJson(`${results}/vitest-${project}.json`));
const e2e = readJson(`${results}/e2e.json`);
const counts = {
  vitest: {
    passed: units.reduce((n, u) => n + (u?.numPassedTests ?? 0), 0),
    failed: units.reduce((n, u) => n + (u?.numFailedTests ?? 0), 0),
  },
  ...(fast
    ? {}
    : {
        playwright: {
          passed: e2e?.stats?.expected ?? 0,
          failed: (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0),
        },
      }),
};
console.log(`\nall steps done in ${seconds(started)}`);
for (const [name, c] of Object.entries(counts))
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed`);
if (failures.length > 0) console.log(`failed steps: ${failures.join('; ')}`);
const passed = Object.values(counts).reduce((n, c) => n + c.passed, 0);
const failedTests = Object.values(counts).reduce((n, c) => n + c.failed, 0);
const failed = failedTests + (failures.length > 0 && failedTests === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
// exitCode, not process.exit(): a step's output can be more than a pipe holds, and exiting at once
// would drop what is still queued for it, the totals line with it.
process.exitCode = failures.length > 0 ? 1 : 0;
