import { defineConfig } from 'vitest/config';

// Plain Vitest (no Astro runtime): the code under test imports no astro:* modules. Two projects:
// - fast: unit tests for src/ and scripts/, and content tests over the real content/ files; no site
//   is built (`npm run test:fast` runs these, `vitest run --project fast`);
// - build: tests that run the real Astro build or Pagefind on a fixture (tests/build/), which
//   take most of the time. `npm test` runs both.
export default defineConfig({
  test: {
    environment: 'node',
    // One worker per core (Vitest's default leaves one core free): many tests wait on a child
    // process or the disk, so on two cores the suite takes about a fifth less time.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // One file at a time: every Astro build writes its generated content modules in the
          // project's .astro/, and bundles a build whose outDir lies outside the project (these
          // fixtures build into temporary folders) in .astro/.prerender/, so two builds at once
          // overwrite each other's modules.
          fileParallelism: false,
        },
      },
    ],
  },
});
