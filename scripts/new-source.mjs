#!/usr/bin/env node
// `npm run new:source -- <capture file> [id]`: writes content/sources/<id>.yaml for a capture,
// with its SHA-256 and today's retrieval date filled in, and TODOs (which fail `npm run check`)
// for everything to be read from the capture itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const [capture, idArg] = process.argv.slice(2);
if (!capture) {
  console.error('Usage: npm run new:source -- ../shared/captures/<file>.txt [source-id]');
  process.exit(2);
}
if (!existsSync(capture)) {
  console.error(`${capture}: no such file. Put the capture in ../shared/captures/ first.`);
  process.exit(1);
}
const root = process.cwd();
const { module: scaffold } = await runnerImport('/src/lib/scaffold.ts', {
  root,
  logLevel: 'silent',
  configFile: false,
});
const { module: files } = await runnerImport('/src/build/content-files.ts', {
  root,
  logLevel: 'silent',
  configFile: false,
});
const captures = files.capturesDir(process.env, root);
if (captures === undefined) {
  console.error(
    'new:source records a capture kept in the captures folder: unset KURSK_SKIP_CAPTURES and try again.',
  );
  process.exit(1);
}
if (resolve(dirname(capture)) !== resolve(captures)) {
  console.warn(`Note: ${capture} is not in ${captures}, where the build looks for captures; move it there.`);
}
const bytes = readFileSync(capture);
const firstLine =
  bytes
    .toString('utf8')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';
const id = idArg ?? scaffold.slugify(firstLine, 5);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`'${id}' is not a usable id; pass one: npm run new:source -- ${capture} short-id`);
  process.exit(2);
}
const contentDir = process.env.KURSK_CONTENT_DIR ?? 'content';
const path = join(contentDir, 'sources', `${id}.yaml`);
if (existsSync(path)) {
  console.error(`${path} already exists; pass another id as the second argument.`);
  process.exit(1);
}
mkdirSync(join(contentDir, 'sources'), { recursive: true });
const sha256 = createHash('sha256').update(bytes).digest('hex');
const today = new Date().toISOString().slice(0, 10);
writeFileSync(path, scaffold.renderSourceScaffold({ file: basename(capture), sha256, today, firstLine }));
console.log(
  `Wrote ${path} (SHA-256 ${sha256}). Fill in every TODO from the capture, then run npm run check.`,
);
