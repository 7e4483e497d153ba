import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { buildSynthCommand, SUBPATH_CONTACT, SUBPATH_PUBLISHER, SYNTH } from './tests/e2e/support/fixtures';

/**
 * End-to-end tests run in Chromium against the built site (`dist/`, with its search index), served
 * on localhost by `astro preview`. The browser is CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own download on machines that have one.
 */
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4399);
/** Where the subpath build (BASE_PATH=/kursk/) is served, for tests/e2e/subpath.spec.ts. */
export const subpathPort = port + 2;
/** Where the small synthetic archive built with small page sizes (dist-synth/) is served, for tests/e2e/pagination.spec.ts. */
export const synthPort = port + 3;
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // The machine is shared (two cores, several builds at once): axe on the longest pages and the
  // sweeps that visit every page took over the default 30 s under that load, though none failed a check.
  timeout: 60_000,
  // Playwright empties its outputDir on start, so the JSON report sits beside it, not in it.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace of every test (to keep the failing ones) made the suite about a third
    // slower, measured on the sweep and the journeys: to see a failure step by step, run it again
    // with --trace on. A failing test still leaves a screenshot and its page's ARIA snapshot.
    trace: 'off',
    screenshot: 'only-on-failure',
    // One browser tab per worker, reused from test to test: a new context's first page starts a
    // renderer process, which took longer than most of these tests' own steps (about a fifth of
    // the time of investigation.spec.ts, measured both ways). Between tests Playwright clears
    // cookies, the cache, storage, routes and init scripts, and sets the viewport and emulation
    // again; a test that needs other context options (no JavaScript) gets a context of its own.
    // The site keeps no state in the browser (every-page.spec.ts checks it sets no cookie).
    reuseContext: true,
  },
  projects: [
    // First, so that the quality suite's one long test (every query in turn) runs beside the others.
    {
      name: 'search-quality',
      testDir: 'tests/search',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same site built to live under /kursk/, served by a plain static server. Its own Astro
      // cache: a different base path is a different config, which would clear the main build's store.
      // It is also given a contact for error reports, as a deployment sets one (the real build has none).
      command: `BASE_PATH=/kursk/ KURSK_CONTACT=${SUBPATH_CONTACT} KURSK_PUBLISHER='${SUBPATH_PUBLISHER}' KURSK_CACHE_DIR=node_modules/.astro-subpath npx astro build --outDir dist-subpath && node scripts/serve-static.mjs dist-subpath /kursk/ ${subpathPort}`,
      url: `http://127.0.0.1:${subpathPort}/kursk/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // Long lists: a small synthetic archive with small page sizes shows the same windows of page
      // links as a large one (SYNTH in tests/e2e/support/fixtures.ts). Built beside the subpath
      // build: each has its own cache and outDir, and the modules both write in .astro/ are the
      // same (neither content folder has an .mdx report or an image).
      command: `${buildSynthCommand} && node scripts/serve-static.mjs ${SYNTH.dist} / ${synthPort}`,
      url: `http://127.0.0.1:${synthPort}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
