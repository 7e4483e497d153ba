/**
 * Every real content file parses, and the rules the schemas cannot see hold: references resolve,
 * ids are unique, every report cites its sources, locators point into the capture, capture hashes
 * match, and the prose is in the archive's own words.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { capturesDir, readCollection, readYamlList } from '../../src/integrations/content-files';
import { checkInvestigationContent, readInvestigationFiles } from '../../src/integrations/investigation-content';
import { formatQuoteCheck, verifyQuotes } from '../../src/integrations/quote-check';
import { findLinks } from '../../src/lib/claims';
import { remarkCitations, type CitationNotes } from '../../src/integrations/remark-citations';
import { collectReferences, findDanglingReferences, findDuplicateIds } from '../../src/lib/references';
import { createClaimSchema, createQuantitySchema } from '../../src/schemas/claim';
import { slugSchema } from '../../src/schemas/common';
import { createEntitySchema } from '../../src/schemas/entity';
import { createEventSchema } from '../../src/schemas/event';
import { reportSchema } from '../../src/schemas/report';
import { sourceSchema } from '../../src/schemas/source';
import { topicSchema } from '../../src/schemas/topic';

const root = process.cwd();
const contentDir = join(root, 'content');
const captures = capturesDir(process.env, root);
const haveCaptures = existsSync(captures);
if (!haveCaptures) console.warn(`NOTE: no captures at ${captures}; capture hashes and locators are checked for form only.`);

const sources = readCollection(contentDir, 'sources');
const reports = readCollection(contentDir, 'reports');
const entities = readCollection(contentDir, 'entities');
const events = readCollection(contentDir, 'events');
const claims = readCollection(contentDir, 'claims');
const quantities = readCollection(contentDir, 'quantities');
const topics = readYamlList(contentDir, 'topics.yaml');
const ids = (files: { id: string }[]) => new Set(files.map((f) => f.id));
const known = {
  sources: ids(sources),
  entities: ids(entities),
  topics: new Set(topics.items.map((t) => String(t.id))),
  quantities: ids(quantities),
};
const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };

/** Zod issues as `path: field: message` lines, so a failure reads like the build's error. */
function problems(path: string, result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${path}: '${i.path.join('.')}': ${i.message}`);
}

function citationsOf(report: { path: string; body: string }): CitationNotes {
  const file = new VFile({ path: report.path, value: report.body });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCitations, { sourceIds: known.sources });
  processor.runSync(processor.parse(file), file);
  return (file.data as { astro: { frontmatter: { citations: CitationNotes } } }).astro.frontmatter.citations;
}

const nonBlankLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '').length;

describe('sources', () => {
  it('has a source record in the content', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('parses every source record against the schema', () => {
    expect(sources.flatMap((s) => problems(s.path, sourceSchema.safeParse(s.data)))).toEqual([]);
  });

  it('gives every source a URL-safe id', () => {
    expect(sources.filter((s) => !slugSchema.safeParse(s.id).success).map((s) => s.path)).toEqual([]);
  });

  it('draws each capture into exactly one source record', () => {
    const files = sources.map((s) => (s.data.capture as { file: string }).file);
    expect(new Set(files).size).toBe(files.length);
    if (haveCaptures) {
      const available = readdirSync(captures).filter((f) => f.endsWith('.txt')).sort();
      expect([...files].sort()).toEqual(available);
    }
  });

  it.runIf(haveCaptures)('records the SHA-256 of the capture each source was drawn from', () => {
    const mismatches = sources.flatMap((s) => {
      const capture = s.data.capture as { file: string; sha256: string };
      const actual = createHash('sha256').update(readFileSync(join(captures, capture.file))).digest('hex');
      return actual === capture.sha256 ? [] : [`${s.path}: 'capture.sha256' is ${capture.sha256} but ${capture.file} hashes to ${actual}; run sha256sum and copy the hash`];
    });
    expect(mismatches).toEqual([]);
  });
});

describe('topics', () => {
  it('parses every topic and gives each a unique id', () => {
    expect(topics.items.flatMap((t, i) => problems(`${topics.path}[${i}]`, topicSchema.safeParse(t)))).toEqual([]);
    expect(findDuplicateIds(topics.items.map((t, i) => ({ id: String(t.id), path: `${topics.path}[${i}]` })))).toEqual([]);
  });

  it('files at least one published report under every topic', () => {
    const used = new Set(reports.filter((r) => r.data.draft !== true).flatMap((r) => r.data.topics as string[]));
    expect([...known.topics].filter((t) => !used.has(t))).toEqual([]);
  });
});

describe('reports', () => {
  it('has a report in the content', () => {
    expect(reports.length).toBeGreaterThan(0);
  });

  it('parses every report against the schema', () => {
    expect(reports.flatMap((r) => problems(r.path, reportSchema.safeParse(r.data)))).toEqual([]);
  });

  it('uses each report id once, whatever the file extension', () => {
    expect(findDuplicateIds(reports)).toEqual([]);
  });

  it('points every topic and source reference at an existing entry', () => {
    const uses = reports.flatMap((r) => collectReferences(r.path, r.data, { sources: 'sources', topics: 'topics', entities: 'entities' }));
    expect(uses.length).toBeGreaterThan(0);
    expect(findDanglingReferences(uses, known)).toEqual([]);
  });

  it.each(reports.map((r) => [r.id, r] as const))('%s: cites a source in every note, and cites exactly the sources it lists', (_, report) => {
    const notes = citationsOf(report);
    expect(notes.length).toBeGreaterThan(0);
    const cited = new Set(notes.map((n) => n.source));
    expect([...cited].sort()).toEqual([...(report.data.sources as string[])].sort());
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
      if (haveCaptures) {
        const source = sources.find((s) => s.id === note.source)!;
        const lines = nonBlankLines(readFileSync(join(captures, (source.data.capture as { file: string }).file), 'utf8'));
        if (to > lines) bad.push(`[^${note.label}]: '${note.locator}' is past the end of ${note.source}'s capture (${lines} non-blank lines)`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('entities, events and claims', () => {
  const checks = [
    ['entities', entities, createEntitySchema(refs), { 'sources.source': 'sources', 'roles.organisation': 'entities' }],
    ['events', events, createEventSchema(refs), { 'sources.source': 'sources', claimedBy: 'entities', entities: 'entities', topics: 'topics' }],
    ['claims', claims, createClaimSchema(refs), { 'sources.source': 'sources', claimant: 'entities', quantity: 'quantities' }],
    ['quantities', quantities, createQuantitySchema(refs), { 'noteSources.source': 'sources' }],
  ] as const;

  it.each(checks)('parses every file in content/%s and resolves its references', (_, files, schema, fields) => {
    expect(files.flatMap((f) => problems(f.path, schema.safeParse(f.data)))).toEqual([]);
    const uses = files.flatMap((f) => collectReferences(f.path, f.data, fields));
    expect(findDanglingReferences(uses, known)).toEqual([]);
  });
});

describe('investigation layer', () => {
  it('passes the checks the build makes: schemas, references, and no name on two entities', () => {
    expect(checkInvestigationContent(readInvestigationFiles(contentDir))).toEqual([]);
  });

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

  it.runIf(haveCaptures)('quotes every quotation verbatim from a capture its paragraph cites', () => {
    const result = verifyQuotes(contentDir, captures);
    expect(result.skipped).toBe(false);
    expect(result.ok ? [] : formatQuoteCheck(result)).toEqual([]);
  });
});

describe('own words', () => {
  const tool = join(root, '..', 'shared', 'tools', 'own-words.mjs');
  it.runIf(existsSync(tool) && haveCaptures)('repeats no run of ten words from a capture outside quotation marks', () => {
    const run = spawnSync(process.execPath, [tool, '--content', 'content', '--captures', captures], { cwd: root, encoding: 'utf8' });
    const flagged = run.stdout.split('\n').filter((line) => /^(NOT QUOTED|QUOTE TOO LONG)/.test(line));
    expect(flagged).toEqual([]);
    expect(run.status).toBe(0);
  });
});
