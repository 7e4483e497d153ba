#!/usr/bin/env node
// A synthetic archive for the search benchmark: N reports, each citing its own source record,
// written from the real reports' sentences reshuffled plus made-up names, so the index holds a
// realistic spread of words. Deterministic (seeded), offline.
//   node scripts/bench-search/generate.mjs 10000 .bench/content-10000
// Build it with: KURSK_CONTENT_DIR=.bench/content-10000 npx astro build --outDir .bench/dist-10000
// (If the perf branch's `npm run synth` generator is merged, its output can be built the same way.)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 10000);
const out = process.argv[3] ?? `.bench/content-${count}`;

let seed = 20241223;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

// Sentences of the real reports, without footnote markers and headings.
const sentences = readdirSync('content/reports')
  .flatMap((f) => readFileSync(join('content/reports', f), 'utf8').split(/^---$/m).slice(2).join('').split('\n'))
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('[^'))
  .map((line) => line.replace(/\[\^[^\]]+\]/g, ''))
  .flatMap((line) => line.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/))
  .filter((s) => s.length > 30);
const syllables = ['ka', 'ri', 'mo', 'sun', 'pyo', 'dan', 'vol', 'ko', 'zha', 'lev', 'chuk', 'ny', 'ham', 'gyo', 'tar', 'shen', 'bor', 'ili'];
const name = () => {
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
  const w = word();
  return w[0].toUpperCase() + w.slice(1);
};
const topics = ['drones', 'deployment', 'casualties', 'battlefield-tactics', 'defection-and-capture', 'russia-north-korea-cooperation', 'intelligence-claims'];
const outlets = ['NPR', 'Business Insider', 'Korea Daily', 'Yonhap', 'Reuters', 'Kyiv Independent', 'NK News', 'Daily NK', 'The War Zone', null];
const pad = (n) => String(n).padStart(6, '0');
const day = (i) => {
  const d = new Date(Date.UTC(2023, 0, 1) + (i * 7919 % 1095) * 86400000);
  return d.toISOString().slice(0, 10);
};

rmSync(out, { recursive: true, force: true });
for (const dir of ['reports', 'sources', 'entities', 'events', 'claims', 'quantities']) mkdirSync(join(out, dir), { recursive: true });
cpSync('content/topics.yaml', join(out, 'topics.yaml'));

for (let i = 0; i < count; i += 1) {
  const id = `s-${pad(i)}`;
  const people = [name(), name(), name()];
  const place = name();
  const outlet = pick(outlets);
  const title = `${people[0]} ${pick(['says', 'reports', 'warns', 'denies'])} ${pick(['drone strikes', 'troop losses', 'new deployment', 'artillery shipments', 'leaflet drops'])} near ${place}`;
  writeFileSync(join(out, 'sources', `${id}.yaml`), [
    `title: ${JSON.stringify(`${title} (source ${i})`)}`,
    outlet ? `outlet:\n  name: ${JSON.stringify(outlet)}\n  basis: stated` : 'outlet: null',
    `authors: [${JSON.stringify(`${people[1]} ${people[2]}`)}]`,
    `published:\n  date: "${day(i)}"\n  basis: stated`,
    `capture:\n  file: bench_${pad(i)}.txt\n  sha256: "${'0'.repeat(64)}"`,
    'retrievedAt: 2026-11-22',
    'language: en',
    '',
  ].join('\n'));
  const paragraphs = Array.from({ length: 8 }, (_, p) => {
    const body = Array.from({ length: 3 }, () => pick(sentences)).join(' ');
    return `${p === 2 ? `${people[0]} spoke in ${place}. ` : ''}${body}[^n]`;
  });
  writeFileSync(join(out, 'reports', `r-${pad(i)}.md`), [
    '---',
    `title: ${JSON.stringify(title)}`,
    `dek: ${JSON.stringify(`${pick(sentences).slice(0, 250)}`)}`,
    `publishedAt: ${day(i * 3)}`,
    'byline: Benchmark',
    `topics: [${[pick(topics), pick(topics)].filter((t, k, a) => a.indexOf(t) === k).join(', ')}]`,
    `sources: [${id}]`,
    'draft: false',
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
    `[^n]: @${id}, ¶ 1`,
    '',
  ].join('\n'));
}
console.log(`wrote ${count} reports and ${count} sources to ${out}`);
