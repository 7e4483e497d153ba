#!/usr/bin/env node
// `npm run verify:quotes [-- --captures DIR] [--content DIR]`: checks that every quotation in the
// reports appears verbatim in the capture of a source its paragraph cites. Captures default to
// KURSK_CAPTURES_DIR, else ../shared/captures; a missing folder fails unless KURSK_SKIP_CAPTURES=1.
// The rules live in src/lib/quotes.ts; vite loads the TypeScript. The content must pass the
// content check first (src/build/content-check.ts): its problems are printed instead.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({ options: { captures: { type: 'string' }, content: { type: 'string' } } });
const root = process.cwd();
const { module: files } = await runnerImport(resolve(root, 'src/build/content-files.ts'), {
  configFile: false,
  logLevel: 'error',
});
const { module: contentCheck } = await runnerImport(resolve(root, 'src/build/content-check.ts'), {
  configFile: false,
  logLevel: 'error',
});
const { module: check } = await runnerImport(resolve(root, 'src/build/quote-check.ts'), {
  configFile: false,
  logLevel: 'error',
});
const captures = values.captures ?? files.capturesDir(process.env, root);
const contentDir = values.content ?? process.env.KURSK_CONTENT_DIR ?? 'content';
const { problems, content } = contentCheck.readContent({ contentDir, capturesDir: captures });
if (problems.length > 0) {
  console.error(contentCheck.formatContentProblems(problems));
  process.exit(1);
}
const result = check.verifyQuotes(content, captures);
for (const line of check.formatQuoteCheck(result)) console.log(line);
process.exit(result.ok ? 0 : 1);
