#!/usr/bin/env node
/**
 * A search-only copy of a synthetic archive, for measuring search at 10,000 reports when a full
 * `astro build` of it (15–40 minutes on a busy 2-core machine) is too slow to iterate on. From the
 * content `npm run synth` wrote, it writes one page per report, source and entity with the indexed
 * parts of the real pages (src/pages/reports/[slug].astro, sources/[id].astro, entities/[id].astro):
 * the same `data-pagefind-*` attributes (SearchMeta), weights, kicker and byline, a paragraph id
 * on every paragraph and heading, ignored notes. It copies the real search page and its assets
 * from a build of this site, then indexes the pages with the site's own indexing code
 * (src/build/search-index.ts: entity names and number forms added, as in a build);
 * `--pages-only` writes the pages and stops.
 *
 *   node scripts/bench/search-site.ts --content .synth/content-10000 --site dist --out .synth/search-10000
 *   node scripts/bench/search.ts --dist .synth/search-10000 --content .synth/content-10000
 *
 * Not a replacement for the full build in `npm run bench`: the markup is a faithful sketch, the
 * words are the synthetic archive's.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { SearchMetaInput } from '../../src/lib/search.ts';

// The site's modules import each other without extensions (Vite resolves them); let Node do so too.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
        return next(`${specifier}.ts`, context);
      throw error;
    }
  },
});
const { buildSearchMeta } = await import('../../src/lib/search.ts');
const { buildSearchIndex } = await import('../../src/build/search-index.ts');
const { buildAliasGroups } = await import('../../src/lib/search-terms.ts');
const { citationHtml } = await import('../../src/markdown/citations.ts');

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: '.synth/content-10000' },
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '.synth/search-10000' },
    'pages-only': { type: 'boolean', default: false },
  },
});
const content = values.content;
const out = values.out;
const esc = (t: unknown): string =>
  String(t).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const pid = (text: string): string => `p-${createHash('sha256').update(text).digest('hex').slice(0, 6)}`;

const searchMeta = (input: SearchMetaInput): string => {
  const { filters, meta, sort } = buildSearchMeta(input);
  return `<div hidden data-search-meta>${[
    ...filters.map(
      ([k, v]) => `<span data-pagefind-filter="${k}[data-value]" data-value="${esc(v)}"></span>`,
    ),
    ...meta.map(([k, v]) => `<span data-pagefind-meta="${k}[data-value]" data-value="${esc(v)}"></span>`),
    ...sort.map(([k, v]) => `<span data-pagefind-sort="${k}[data-value]" data-value="${esc(v)}"></span>`),
  ].join('')}</div>`;
};
const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><header class="site-header" data-pagefind-ignore="all"><a href="/">The Kursk Files</a><nav><a href="/reports/">Reports</a><a href="/search/">Search</a></nav></header><main id="main">${body}</main><footer class="site-footer" data-pagefind-ignore="all">The Kursk Files</footer></body></html>`;
const write = (path: string, html: string): void => {
  mkdirSync(join(out, path), { recursive: true });
  writeFileSync(join(out, path, 'index.html'), html);
};

/** Markdown body to HTML paragraphs and headings with ids and citation markers, notes dropped (they are ignored by search). */
const renderBody = (markdown: string): { html: string; notes: number } => {
  const numbers = new Map<string, number>();
  // How often each note has been cited so far: the k-th citation of note n gets the id the site gives it.
  const uses = new Map<string, number>();
  const blocks = markdown
    .split(/\n\n+/)
    .map((b) => b.trim())
    .filter((b) => b && !/^\[\^[^\]]+\]:/.test(b));
  const html = blocks.map((block) => {
    const text = block.replace(/\[\^([^\]]+)\]/g, (_, label: string) => {
      const n = numbers.get(label) ?? numbers.size + 1;
      numbers.set(label, n);
      return `\u0000${n}\u0001`;
    });
    // The two control characters are placeholders the caller put around citation numbers.
    // eslint-disable-next-line no-control-regex
    const cited = esc(text).replace(/\u0000(\d+)\u0001/g, (_, n: string) => {
      const k = (uses.get(n) ?? 0) + 1;
      uses.set(n, k);
      return citationHtml(Number(n), k);
    });
    const heading = /^(#{2,3}) (.*)$/.exec(block);
    if (heading) {
      const level = heading[1]!.length;
      return `<h${level} id="${pid(block)}">${esc(heading[2])}</h${level}>`;
    }
    return `<p id="${pid(block)}">${cited}</p>`;
  });
  return { html: html.join(''), notes: numbers.size };
};

const topicLabels = new Map(
  (parse(readFileSync(join(content, 'topics.yaml'), 'utf8')) as { id: string; label: string }[]).map((t) => [
    t.id,
    t.label,
  ]),
);
const sources = new Map<
  string,
  { title: string; outlet: { name: string } | null; authors: string[]; published: { date: string } }
>();
for (const f of readdirSync(join(content, 'sources')))
  sources.set(f.replace(/\.yaml$/, ''), parse(readFileSync(join(content, 'sources', f), 'utf8')));
const entities = new Map<string, { name: string; description: string; aliases: string[]; kind: string }>();
for (const f of readdirSync(join(content, 'entities')))
  entities.set(f.replace(/\.yaml$/, ''), parse(readFileSync(join(content, 'entities', f), 'utf8')));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
if (!values['pages-only']) {
  // The real search page and its assets, from a build of this site.
  for (const part of ['search', '_astro', 'favicon.svg'])
    cpSync(join(values.site, part), join(out, part), { recursive: true });
}

const sourceTopics = new Map<string, Set<string>>();
let reports = 0;
for (const f of readdirSync(join(content, 'reports')).sort()) {
  const slug = f.replace(/\.mdx?$/, '');
  const [, front, ...rest] = readFileSync(join(content, 'reports', f), 'utf8').split(/^---$/m);
  const r = parse(front!) as {
    title: string;
    dek: string;
    publishedAt: string | Date;
    byline: string;
    topics: string[];
    sources: string[];
    entities?: string[];
    draft?: boolean;
  };
  if (r.draft) continue;
  const primary = sources.get(r.sources[0]!);
  const topics = r.topics.map((t) => topicLabels.get(t) ?? t);
  for (const s of r.sources)
    for (const t of topics) (sourceTopics.get(s) ?? sourceTopics.set(s, new Set()).get(s)!).add(t);
  const date = new Date(r.publishedAt).toISOString().slice(0, 10);
  const body = renderBody(rest.join('---'));
  // The span of the sources' dates, as the real page's source dates (ISO text order is close
  // enough to date order for the sketch).
  const dates = r.sources.flatMap((id) => sources.get(id)?.published.date ?? []).sort();
  const meta = searchMeta({
    type: 'report',
    date,
    dated: dates.length > 0 ? { from: dates[0]!, to: dates.at(-1)! } : undefined,
    tieBreakDate: date,
    outlet: primary?.outlet?.name,
    topics,
    entities: (r.entities ?? []).map((id) => entities.get(id)?.name ?? id),
  });
  const words = rest.join(' ').split(/\s+/).length;
  write(
    `reports/${slug}`,
    page(
      r.title,
      `<article class="reading" data-pagefind-body>${meta}<header class="article-header"><p class="kicker" data-pagefind-ignore>Report</p><h1 data-pagefind-weight="10">${esc(r.title)}</h1><p class="dek" data-pagefind-weight="5">${esc(r.dek)}</p><ul class="byline" data-pagefind-ignore><li>By ${esc(r.byline)}</li><li>Published <time datetime="${date}">${date}</time></li><li>${Math.max(1, Math.round(words / 230))} min read</li><li>${body.notes} notes from ${r.sources.length === 1 ? '1 source' : `${r.sources.length} sources`}</li><li><a href="#cite">Cite</a></li></ul><p class="permalink meta" data-pagefind-ignore><a href="/reports/${slug}/">Link</a></p><ul class="tags" aria-label="Topics" data-pagefind-ignore>${topics.map((t) => `<li>${esc(t)}</li>`).join('')}</ul></header><div class="prose">${body.html}</div><section class="notes" data-pagefind-ignore><h2 id="notes-heading">Notes</h2><ol>${Array.from({ length: body.notes }, (_, i) => `<li id="note-${i + 1}">${esc(primary?.title ?? '')}</li>`).join('')}</ol></section><section class="sources" data-pagefind-ignore><h2 id="sources-heading">Sources</h2></section><section class="cite-box" id="cite" data-pagefind-ignore><h2 id="cite-heading">Cite this</h2></section></article>`,
    ),
  );
  reports += 1;
}
for (const [id, s] of sources) {
  const meta = searchMeta({
    type: 'source',
    date: s.published.date,
    dated: { from: s.published.date, to: s.published.date },
    outlet: s.outlet?.name,
    topics: [...(sourceTopics.get(id) ?? [])].sort(),
  });
  const describe = `A news report${s.outlet ? ` published by ${s.outlet.name}` : ''}, written by ${s.authors.join(', ')}, dated ${s.published.date}.`;
  write(
    `sources/${id}`,
    page(
      s.title,
      `<article data-pagefind-body>${meta}<p class="kicker" data-pagefind-ignore>Source record</p><h1 data-pagefind-weight="10">${esc(s.title)}</h1><p class="dek">${esc(describe)}</p><dl class="record" data-pagefind-ignore><dt>Outlet</dt><dd>${esc(s.outlet?.name ?? 'Unknown')}</dd></dl></article>`,
    ),
  );
}
for (const [id, e] of entities) {
  const meta = searchMeta({ type: 'entity', entities: [e.name] });
  const names =
    e.aliases.length > 0
      ? `<dt>Also written</dt><dd data-pagefind-weight="7"><ul class="aliases">${e.aliases.map((a) => `<li>${esc(a)}</li>`).join('')}</ul></dd>`
      : '';
  write(
    `entities/${id}`,
    page(
      e.name,
      `<article data-pagefind-body>${meta}<p class="kicker" data-pagefind-ignore>${esc(e.kind)}</p><h1 data-pagefind-weight="10">${esc(e.name)}</h1><p class="dek">${esc(e.description)}</p><dl class="record">${names}</dl><section data-pagefind-ignore><h2 id="reports-heading">Reports</h2></section></article>`,
    ),
  );
}
console.log(
  `search-site: ${reports} reports, ${sources.size} sources, ${entities.size} entities written to ${out}`,
);
if (!values['pages-only'])
  await buildSearchIndex(resolve(out), (message) => console.log(message), {
    aliasGroups: buildAliasGroups(
      [...entities].map(([id, e]) => ({ id, data: { name: e.name, aliases: e.aliases, searchNames: [] } })),
    ),
    additions: true,
  });
