// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      // A build in progress writes here (src/build/output-folder.ts).
      '.*-building-*/',
      '.*-previous-*/',
      '.astro/',
      '.synth/',
      '.bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
      'scripts/bench/minimal-astro/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // `_name` marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
