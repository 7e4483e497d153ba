#!/usr/bin/env node
// `npm run new:report -- "Headline"`: writes content/reports/<slug>.md, a draft whose unfilled
// fields are TODOs that `npm run check` and the build reject until they are filled in.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new:report -- "The headline of the report"');
  process.exit(2);
}
const { module: scaffold } = await runnerImport('/src/lib/scaffold.ts', {
  root: process.cwd(),
  logLevel: 'silent',
  configFile: false,
});
const contentDir = process.env.KURSK_CONTENT_DIR ?? 'content';
const slug = scaffold.slugify(title);
const path = join(contentDir, 'reports', `${slug}.md`);
if (!slug) {
  console.error(`"${title}" gives no usable file name; use letters or digits in the headline.`);
  process.exit(2);
}
if (existsSync(path) || existsSync(`${path}x`)) {
  console.error(`${path} already exists; choose another headline or edit that file.`);
  process.exit(1);
}
mkdirSync(join(contentDir, 'reports'), { recursive: true });
const today = new Date().toISOString().slice(0, 10);
writeFileSync(path, scaffold.renderReportScaffold({ title, today }));
console.log(
  `Wrote ${path} (address /reports/${slug}/). Fill in every TODO, set draft: false, then run npm run check.`,
);
