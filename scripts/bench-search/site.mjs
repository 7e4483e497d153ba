#!/usr/bin/env node
// Turns a generated content folder into a search-only site: one HTML page per report and source,
// marked up as the real pages are for Pagefind (data-pagefind-body, title weight, the same
// filter/meta/sort attributes as src/components/SearchMeta.astro), plus the real built search
// page and assets from dist/, then indexes it with Pagefind's Node API exactly as the build does.
// A full `astro build` of 20,000 pages is far slower and measures the same index.
//   node scripts/bench-search/site.mjs .bench/content-10000 .bench/site-10000
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';

const [content, out] = process.argv.slice(2);
if (!content || !out) throw new Error('usage: node scripts/bench-search/site.mjs <content dir> <site dir>');
const esc = (t) => String(t).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const topicLabels = Object.fromEntries(parse(readFileSync(join(content, 'topics.yaml'), 'utf8')).map((t) => [t.id, t.label]));
const meta = (m) => `<div hidden>${[
  ...Object.entries(m.filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}[data-value]" data-value="${esc(v)}"></span>`)),
  ...Object.entries(m.meta).map(([k, v]) => `<span data-pagefind-meta="${k}[data-value]" data-value="${esc(v)}"></span>`),
  // BENCH_SORT=off leaves the date sort key out, to see what it costs in pagefind's metadata file.
  process.env.BENCH_SORT === 'off' ? '' : `<span data-pagefind-sort="date[data-value]" data-value="${esc(m.date)}"></span>`,
].join('')}</div>`;
const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><header data-pagefind-ignore="all"><a href="/">The Kursk Files</a></header><main>${body}</main></body></html>`;

if (!readdirSync('dist').includes('search')) throw new Error('build the site first (npx astro build): the real search page is copied from dist/');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('dist/search', join(out, 'search'), { recursive: true });
cpSync('dist/_astro', join(out, '_astro'), { recursive: true });
cpSync('dist/favicon.svg', join(out, 'favicon.svg'));

const sources = new Map();
for (const f of readdirSync(join(content, 'sources'))) {
  const id = f.replace(/\.yaml$/, '');
  const s = parse(readFileSync(join(content, 'sources', f), 'utf8'));
  sources.set(id, s);
  const m = { filters: { type: ['source'], year: [s.published.date.slice(0, 4)], ...(s.outlet ? { outlet: [s.outlet.name] } : {}) }, meta: { type: 'source', date: s.published.date, ...(s.outlet ? { outlet: s.outlet.name } : {}) }, date: s.published.date };
  // BENCH_SOURCES=off leaves source records out of the index, to see what they cost.
  if (process.env.BENCH_SOURCES === 'off') continue;
  mkdirSync(join(out, 'sources', id), { recursive: true });
  writeFileSync(join(out, 'sources', id, 'index.html'), page(s.title, `<article data-pagefind-body>${meta(m)}<h1 data-pagefind-weight="10">${esc(s.title)}</h1><p>A news report published by ${esc(s.outlet?.name ?? 'an unnamed outlet')}, written by ${esc(s.authors.join(', '))}, dated ${esc(s.published.date)}.</p></article>`));
}
for (const f of readdirSync(join(content, 'reports'))) {
  const slug = f.replace(/\.md$/, '');
  const [, front, body] = readFileSync(join(content, 'reports', f), 'utf8').split(/^---$/m);
  const r = parse(front);
  const src = sources.get(r.sources[0]);
  const date = new Date(r.publishedAt).toISOString().slice(0, 10);
  const m = { filters: { type: ['report'], year: [date.slice(0, 4)], topic: r.topics.map((t) => topicLabels[t]), ...(src.outlet ? { outlet: [src.outlet.name] } : {}) }, meta: { type: 'report', date, ...(src.outlet ? { outlet: src.outlet.name } : {}) }, date: `${date}/${src.published.date}` };
  const paragraphs = body.split('\n\n').map((p) => p.trim()).filter((p) => p && !p.startsWith('[^')).map((p) => `<p>${esc(p.replace(/\[\^[^\]]+\]/g, ''))}<sup><a href="#note-1">1</a></sup></p>`);
  mkdirSync(join(out, 'reports', slug), { recursive: true });
  writeFileSync(join(out, 'reports', slug, 'index.html'), page(r.title, `<article data-pagefind-body>${meta(m)}<h1 data-pagefind-weight="10">${esc(r.title)}</h1><p data-pagefind-weight="5">${esc(r.dek)}</p>${paragraphs.join('')}<ol><li id="note-1">${esc(src.title)}</li></ol></article>`));
}
const started = Date.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: out });
if (added.errors.length) throw new Error(added.errors.join('\n'));
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`indexed ${added.page_count} pages into ${out}/pagefind in ${((Date.now() - started) / 1000).toFixed(1)} s`);
