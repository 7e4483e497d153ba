/**
 * Gates over every file of the built site, without a browser: valid HTML, no broken link or
 * #fragment, external links marked and sent without a referrer, no inline script or style (so the
 * strict CSP holds), a complete SHA256SUMS, and nothing from content/ lost on the way.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parseSha256Sums } from '../../src/lib/checksums';
import { formatHeadersFile, listHeaderRules } from '../../src/lib/security-headers';
import { isExternalHref } from '../../src/lib/site-links';
import { readCollection, readYamlList } from '../../src/build/content-files';
import {
  DIST,
  findBuiltLinkProblems,
  listBuiltFiles,
  listBuiltPages,
  readBuiltPage,
  readSiteOrigin,
} from './support/built-site';

const pages = listBuiltPages();
const contentDir = process.env.KURSK_CONTENT_DIR ?? 'content';

test('every built page is valid HTML', async () => {
  // One validator reads every page on one thread; on a busy two-core machine that takes longer
  // than the default minute, and the check is worth its time.
  test.setTimeout(180_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readBuiltPage(page.file), join(DIST, page.file));
    for (const result of report.results) {
      for (const m of result.messages)
        errors.push(`dist/${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(pages.length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

test('no internal link or #fragment is broken, and external links are https', () => {
  const { problems, links } = findBuiltLinkProblems();
  expect(links).toBeGreaterThan(pages.length * 10);
  expect(problems).toEqual([]);
});

test('every external link is marked ↗ with text for screen readers, rel="external noopener noreferrer"', () => {
  const origin = readSiteOrigin();
  const problems: string[] = [];
  let count = 0;
  for (const page of pages) {
    const html = readBuiltPage(page.file);
    for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
      const href = /\shref="([^"]*)"/.exec(match[1]!)?.[1] ?? '';
      if (!isExternalHref(href, origin)) continue;
      count += 1;
      const rel = (/\srel="([^"]*)"/.exec(match[1]!)?.[1] ?? '').split(/\s+/);
      for (const token of ['external', 'noopener', 'noreferrer'])
        if (!rel.includes(token)) problems.push(`${page.path}: ${href} lacks rel ${token}`);
      if (!/<span class="external-mark"[^>]* aria-hidden="true"[^>]*>↗<\/span>/.test(match[2]!))
        problems.push(`${page.path}: ${href} has no visible ↗ mark`);
      if (!/<span class="visually-hidden"[^>]*> \(another site\)<\/span>/.test(match[2]!))
        problems.push(`${page.path}: ${href} does not say "(another site)" to screen readers`);
    }
  }
  expect(count).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('no page carries an inline script, inline style or event handler (the CSP forbids them)', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = readBuiltPage(page.file);
    // Data blocks (JSON-LD and the like) are never run, so the policy does not apply to them.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      if (!/\ssrc=/.test(tag) && !/\stype="application\/(ld\+)?json"/.test(tag))
        problems.push(`${page.path}: inline ${tag}`);
    }
    if (/<style[\s>]/.test(html)) problems.push(`${page.path}: inline <style>`);
    if (/<[a-z][^>]*\sstyle="/.test(html)) problems.push(`${page.path}: style="" attribute`);
    if (/<[a-z][^>]*\son[a-z]+="/.test(html)) problems.push(`${page.path}: on*="" event handler attribute`);
    if (!html.includes('<meta http-equiv="Content-Security-Policy"'))
      problems.push(`${page.path}: no CSP meta element`);
    if (!html.includes('<meta name="referrer" content="no-referrer">'))
      problems.push(`${page.path}: no referrer meta element`);
  }
  expect(problems).toEqual([]);
});

test('SHA256SUMS lists every built file a reader can fetch with its digest, and _headers carries the security headers', () => {
  const listed = parseSha256Sums(readFileSync(join(DIST, 'SHA256SUMS'), 'utf8'));
  // Not itself, nor the instructions for static hosts, which they read and do not serve (nginx.spec.ts
  // checks the list against what nginx serves).
  const files = listBuiltFiles().filter((f) => !['SHA256SUMS', '_headers', '_redirects'].includes(f));
  expect(listed.map((f) => f.path)).toEqual(files);
  for (const f of listed)
    expect(
      createHash('sha256')
        .update(readFileSync(join(DIST, f.path)))
        .digest('hex'),
      f.path,
    ).toBe(f.sha256);
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toBe(formatHeadersFile(listHeaderRules('/')));
  expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'/);
});

test.describe('nothing is lost between content/ and the site', () => {
  const reports = readCollection(contentDir, 'reports');
  const published = reports.filter((r) => r.data.draft !== true);
  const sources = readCollection(contentDir, 'sources');

  test('every report that is not a draft has a page, and no draft has one', () => {
    expect(published.length).toBeGreaterThan(0);
    const built = new Set(pages.map((p) => p.path));
    expect(published.filter((r) => !built.has(`/reports/${r.id}/`)).map((r) => r.path)).toEqual([]);
    expect(
      reports.filter((r) => r.data.draft === true && built.has(`/reports/${r.id}/`)).map((r) => r.path),
    ).toEqual([]);
  });

  test('every source record has a page', () => {
    const built = new Set(pages.map((p) => p.path));
    expect(sources.filter((s) => !built.has(`/sources/${s.id}/`)).map((s) => s.path)).toEqual([]);
  });

  test('every topic has a page', () => {
    const built = new Set(pages.map((p) => p.path));
    const topics = readYamlList(contentDir, 'topics.yaml').items.map((t) => String(t.id));
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.filter((id) => !built.has(`/topics/${id}/`))).toEqual([]);
  });

  test('the search index holds exactly the published reports, the source records, the entities and the figures pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const entities = readCollection(contentDir, 'entities');
    // Each quantity of the figures ledger has its page, indexed so that a figure can be found.
    const quantities = readCollection(contentDir, 'quantities');
    expect(indexed).toBe(published.length + sources.length + entities.length + quantities.length);
  });

  test('every published report is listed on the /reports/ pages, and in the sitemap when there is one', () => {
    const listed = new Set<string>();
    for (const page of pages.filter((p) => /^\/reports\/(\d+\/)?$/.test(p.path))) {
      for (const m of readBuiltPage(page.file).matchAll(/<a href="\/reports\/([a-z0-9-]+)\/"/g))
        listed.add(m[1]!);
    }
    expect(published.filter((r) => !listed.has(r.id)).map((r) => r.path)).toEqual([]);
    // Sitemaps come with another branch; once the build writes one, it must list every report.
    const sitemaps = listBuiltFiles().filter((f) => /^(sitemap[^/]*|sitemaps\/\d+)\.xml$/.test(f));
    const text = sitemaps.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    const missing =
      sitemaps.length === 0
        ? []
        : published.filter((r) => !text.includes(`/reports/${r.id}/</loc>`)).map((r) => r.path);
    expect(missing).toEqual([]);
  });
});
