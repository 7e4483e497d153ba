#!/usr/bin/env node
// Measures what the social-card cache saves: builds the site with an empty card cache, then again
// with the cache warm, and prints the time the build logs for its social cards (drawn on worker
// threads from the start of the build, src/integrations/social-cards.ts) in each build, and how
// much of it came after the pages were written, which is what the cards add to the build.
// `node scripts/bench-cards.mjs` (two full builds; run alone, not beside other builds).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const cardTimes = () => {
  const started = Date.now();
  const out = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (out.status !== 0) throw new Error(out.stderr);
  const log = stripVTControlCharacters(`${out.stdout}\n${out.stderr}`);
  const line =
    /Social cards: (\d+) in the site, ([\d.]+) s after the build started \(([\d.]+) s of them after the pages were written\)/.exec(
      log,
    );
  if (!line)
    throw new Error(
      'The build logged no line "Social cards: N in the site, S s after the build started (W s of them after the pages were written)".',
    );
  return {
    cards: Number(line[1]),
    cardMs: Math.round(Number(line[2]) * 1000),
    afterPagesMs: Math.round(Number(line[3]) * 1000),
    buildMs: Date.now() - started,
  };
};

rmSync('node_modules/.cache/kursk-cards', { recursive: true, force: true });
const cold = cardTimes();
const warm = cardTimes();
console.log(`cards: ${cold.cards}`);
console.log(
  `cold cache: cards done ${cold.cardMs} ms after the build started, ${cold.afterPagesMs} ms of them after the pages; build ${cold.buildMs} ms`,
);
console.log(
  `warm cache: cards done ${warm.cardMs} ms after the build started, ${warm.afterPagesMs} ms of them after the pages; build ${warm.buildMs} ms`,
);
