import { defineConfig } from 'vitest/config';

// Unit tests for src/lib and src/integrations, and content tests over the real content/ files.
// Plain Vitest (no Astro runtime): the code under test imports no astro:* modules.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
