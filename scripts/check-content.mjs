#!/usr/bin/env node
// Content validation for editors (part of `npm run check`): schemas, references, citations,
// capture hashes and aliases (src/build/content-check.ts), then the own-words check of
// quotations against the captures when ../shared/tools/own-words.mjs is there. Honours
// KURSK_CONTENT_DIR and KURSK_CAPTURES_DIR. Prints one line per problem; exits 1 if any.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = process.cwd();
const { module: files } = await runnerImport('/src/build/content-files.ts', {
  root,
  logLevel: 'silent',
  configFile: false,
});
const { module: check } = await runnerImport('/src/build/content-check.ts', {
  root,
  logLevel: 'silent',
  configFile: false,
});
const contentDir = process.env.KURSK_CONTENT_DIR ?? 'content';
const captures = files.capturesDir(process.env, root);

const problems = check.checkContent({ contentDir, capturesDir: captures });
if (problems.length > 0) {
  console.error(check.formatContentProblems(problems));
  process.exit(1);
}
// `capturesDir` is undefined when KURSK_SKIP_CAPTURES=1 asks for a build without them.
const hashes =
  captures === undefined
    ? 'capture hashes NOT checked (KURSK_SKIP_CAPTURES=1)'
    : existsSync(captures)
      ? 'capture hashes'
      : 'no captures folder, hashes not checked';
console.log(`Content OK: ${contentDir} (schemas, references, citations, ${hashes}, aliases).`);

// The tool sits beside the captures: ../shared/tools/ next to ../shared/captures/.
const ownWords = captures === undefined ? undefined : join(captures, '..', 'tools', 'own-words.mjs');
if (ownWords !== undefined && existsSync(ownWords) && existsSync(captures)) {
  const run = spawnSync(process.execPath, [ownWords, '--content', contentDir, '--captures', captures], {
    encoding: 'utf8',
  });
  const flagged = run.stdout.split('\n').filter((line) => /^(NOT QUOTED|QUOTE TOO LONG)/.test(line));
  if (run.status !== 0 || flagged.length > 0) {
    console.error(
      `Quotations: text shared with a capture stands outside quotation marks or is too long:\n${run.stdout}${run.stderr}`,
    );
    process.exit(1);
  }
  console.log('Quotations OK: no run of ten words from a capture outside quotation marks.');
} else {
  console.log('Quotations not checked: ../shared/tools/own-words.mjs or the captures are missing.');
}
