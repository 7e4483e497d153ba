#!/usr/bin/env node
// Builds the site the search quality suite runs against: the archive's own content plus the
// fixture entities in tests/search/fixture-entities/ (names with spelling and script variants),
// into dist-search/. Used by `npm test` after the main build; the fixture content sits in
// .search-fixture/ (not committed).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const content = join('.search-fixture', 'content');
rmSync('.search-fixture', { recursive: true, force: true });
cpSync('content', content, { recursive: true });
for (const name of readdirSync('tests/search/fixture-entities').filter((n) => n.endsWith('.yaml'))) {
  cpSync(join('tests/search/fixture-entities', name), join(content, 'entities', name));
}
const status = spawnSync('npx', ['astro', 'build', '--outDir', 'dist-search'], {
  stdio: 'inherit',
  env: { ...process.env, KURSK_CONTENT_DIR: content },
}).status;
process.exit(status ?? 1);
