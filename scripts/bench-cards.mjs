#!/usr/bin/env node
// Measures what the social-card cache saves: builds the site with an empty card cache, then again
// with the cache warm, and prints the time Astro reports for the card routes in each build.
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
  const ms = [...log.matchAll(/\/cards\/\S+\.png \(\+([\d.]+)(ms|s)\)/g)].map(
    (m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1),
  );
  return { cards: ms.length, cardMs: ms.reduce((a, b) => a + b, 0), buildMs: Date.now() - started };
};

rmSync('node_modules/.cache/kursk-cards', { recursive: true, force: true });
const cold = cardTimes();
const warm = cardTimes();
console.log(`cards: ${cold.cards}`);
console.log(
  `cold cache: ${cold.cardMs} ms rendering cards (${Math.round(cold.cardMs / cold.cards)} ms each), build ${cold.buildMs} ms`,
);
console.log(
  `warm cache: ${warm.cardMs} ms for the same cards (${Math.round(warm.cardMs / warm.cards)} ms each), build ${warm.buildMs} ms`,
);
