#!/usr/bin/env node
// `npm run urls:update`: after a build, writes urls.manifest.txt, the list of every URL the site
// serves, keeping every URL already listed (a published URL never leaves the manifest).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { listSiteUrls, parseManifest, renderManifest } from '../src/build/site-files.ts';

const dir = process.argv[2] ?? 'dist';
const manifest = 'urls.manifest.txt';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}/; run npm run build first.`);
  process.exit(1);
}
const before = existsSync(manifest) ? parseManifest(readFileSync(manifest, 'utf8')) : [];
const built = listSiteUrls(dir);
const urls = [...new Set([...before, ...built])].sort();
writeFileSync(manifest, renderManifest(urls));
const added = built.filter((u) => !before.includes(u));
const missing = before.filter((u) => !built.includes(u));
console.log(`${manifest}: ${urls.length} URLs (${added.length} new).`);
if (missing.length > 0)
  console.log(`Not served by this build (keep them working with a redirect):\n  ${missing.join('\n  ')}`);
