/**
 * The real content passes every check the build makes (src/build/content-check.ts: schemas,
 * ids, references, citations, capture hashes, aliases), and the rules that check does not make
 * hold too: each capture feeds one source, every topic is used, locators point into the capture,
 * figure and entity links resolve, quotations are verbatim and the prose is in the archive's own words.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturesDir, readCollection, readYamlList } from '../../src/build/content-files';
import { checkContent, readContent } from '../../src/build/content-check';
import { formatQuoteCheck, verifyQuotes } from '../../src/build/quote-check';
import { findLinks } from '../../src/lib/claims';
import { readCitationNotes, type CitationNotes } from '../../src/markdown/citations';

const root = process.cwd();
const contentDir = join(root, 'content');
// The real content is evidence: its tests read the captures and fail without them (never skipped).
const captures = capturesDir({ ...process.env, KURSK_SKIP_CAPTURES: undefined }, root)!;

const sources = readCollection(contentDir, 'sources');
const reports = readCollection(contentDir, 'reports');
const entities = readCollection(contentDir, 'entities');
const claims = readCollection(contentDir, 'claims');
const quantities = readCollection(contentDir, 'quantities');
const topics = readYamlList(contentDir, 'topics.yaml');
const ids = (files: { id: string }[]) => new Set(files.map((f) => f.id));
const known = { sources: ids(sources), entities: ids(entities), topics: new Set(topics.items.map((t) => String(t.id))) };

function citationsOf(report: { path: string; body: string }): CitationNotes {
  return readCitationNotes(report.body, { path: join(root, report.path), sourceIds: known.sources });
}

const nonBlankLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '').length;

describe('the content check (the first step of every build)', () => {
  it('finds the captures the content is checked against', () => {
    expect(existsSync(captures), `no captures at ${captures}: put them there or point KURSK_CAPTURES_DIR at them`).toBe(true);
  });

  it('finds no problem in content/: schemas, ids, references, citations, capture hashes, aliases', () => {
    expect(checkContent({ contentDir, capturesDir: captures })).toEqual([]);
  });
});

describe('sources', () => {
  it('has a source record in the content', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('draws each capture into exactly one source record', () => {
    const files = sources.map((s) => (s.data.capture as { file: string }).file);
    expect(new Set(files).size).toBe(files.length);
    const available = readdirSync(captures).filter((f) => f.endsWith('.txt')).sort();
    expect([...files].sort()).toEqual(available);
  });
});

describe('topics', () => {
  it('files at least one published report under every topic', () => {
    const used = new Set(reports.filter((r) => r.data.draft !== true).flatMap((r) => r.data.topics as string[]));
    expect([...known.topics].filter((t) => !used.has(t))).toEqual([]);
  });
});

describe('reports', () => {
  it('has a report in the content', () => {
    expect(reports.length).toBeGreaterThan(0);
  });

  it.each(reports.map((r) => [r.id, r] as const))('%s: points every ¶ locator at a line of the capture', (_, report) => {
    const bad: string[] = [];
    for (const note of citationsOf(report)) {
      const match = /^¶\s*(\d+)(?:\s*[–-]\s*(\d+))?$/.exec(note.locator ?? '');
      if (!match) {
        bad.push(`[^${note.label}]: locator '${note.locator ?? ''}' should read '¶ N' or '¶ N–M'`);
        continue;
      }
      const from = Number(match[1]);
      const to = Number(match[2] ?? match[1]);
      if (from < 1 || to < from) bad.push(`[^${note.label}]: '${note.locator}' is not a forward range`);
      const source = sources.find((s) => s.id === note.source)!;
      const lines = nonBlankLines(readFileSync(join(captures, (source.data.capture as { file: string }).file), 'utf8'));
      if (to > lines) bad.push(`[^${note.label}]: '${note.locator}' is past the end of ${note.source}'s capture (${lines} non-blank lines)`);
    }
    expect(bad).toEqual([]);
  });

  // A reader checks a note in one tap only if it quotes the capture's words (issue 22, 4); the
  // content check holds each passage to its paragraph, this holds every note to having one.
  it.each(reports.map((r) => [r.id, r] as const))('%s: quotes a passage from the capture in every note', (_, report) => {
    const without = citationsOf(report)
      .filter((note) => note.passage === undefined)
      .map((note) => `[^${note.label}]: add ': “the capture's words”' after '${note.locator ?? ''}'`);
    expect(without).toEqual([]);
  });
});

describe('investigation layer', () => {
  it('resolves every /figures/#… and /entities/… link in the reports', () => {
    const fragments = new Set([...quantities.map((q) => q.id), ...claims.map((c) => `claim-${c.id}`)]);
    const broken = reports.flatMap((r) =>
      findLinks(r.body).flatMap((href) => {
        const figure = /^\/figures\/#(.+)$/.exec(href);
        if (figure && !fragments.has(figure[1]!)) return [`${r.path}: ${href} points at no quantity or claim`];
        if (/^\/figures\//.test(href) && !figure && href !== '/figures/') return [`${r.path}: ${href} is not a figures link`];
        const entity = /^\/entities\/([^/#]+)\/?$/.exec(href);
        if (entity && !known.entities.has(entity[1]!)) return [`${r.path}: ${href} points at no entity`];
        return [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('links to the figures ledger or an entity from at least one report', () => {
    expect(reports.some((r) => findLinks(r.body).some((href) => /^\/(figures|entities)\//.test(href)))).toBe(true);
  });

  it('quotes every quotation verbatim from a capture its paragraph cites', () => {
    const result = verifyQuotes(readContent({ contentDir, capturesDir: captures }).content, captures);
    expect(result.skipped).toBe(false);
    expect(result.ok ? [] : formatQuoteCheck(result)).toEqual([]);
  });
});

describe('own words', () => {
  const tool = join(root, '..', 'shared', 'tools', 'own-words.mjs');
  it('repeats no run of ten words from a capture outside quotation marks', () => {
    const run = spawnSync(process.execPath, [tool, '--content', 'content', '--captures', captures], { cwd: root, encoding: 'utf8' });
    const flagged = run.stdout.split('\n').filter((line) => /^(NOT QUOTED|QUOTE TOO LONG)/.test(line));
    expect(flagged).toEqual([]);
    expect(run.status).toBe(0);
  });
});
