/**
 * The synthetic archive generator: deterministic for a seed, reports of 600 to 1,500 words, and
 * every file valid against the real schemas with every reference resolving, so the real build
 * code can run on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/build/content-files';
import { citedSourceIds } from '../../src/lib/citations';
import { readCitationNotes } from '../../src/markdown/citations';
import { collectReferences, findDanglingReferences } from '../../src/lib/references';
import { countWords } from '../../src/lib/reports';
import {
  buildWordModel,
  countProseWords,
  createRandom,
  extractProse,
  generateArchive,
  generateSentence,
  planArchive,
  toYaml,
  type ArchiveFile,
} from '../../scripts/bench/synth';
import { createClaimSchema, createQuantitySchema } from '../../src/schemas/claim';
import { slugSchema } from '../../src/schemas/common';
import { createEntitySchema } from '../../src/schemas/entity';
import { createEventSchema } from '../../src/schemas/event';
import { reportSchema } from '../../src/schemas/report';
import { sourceSchema } from '../../src/schemas/source';
import { topicSchema } from '../../src/schemas/topic';

// The same inputs `npm run synth` uses: the real reports' prose and the English word list.
const corpus = readdirSync('content/reports')
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => extractProse(readFileSync(join('content/reports', n), 'utf8')))
  .join('\n');
const dictionary = JSON.parse(
  readFileSync('node_modules/an-array-of-english-words/index.json', 'utf8'),
) as string[];
const generate = (reports: number, seed: number): ArchiveFile[] => [
  ...generateArchive({ reports, seed, corpus, dictionary }),
];
const archive = generate(30, 1);
const inFolder = (folder: string) =>
  archive
    .filter((f) => f.path.startsWith(`${folder}/`))
    .map((f) => ({ id: f.path.replace(/^.*\/|\.\w+$/g, ''), ...f }));
const yamlOf = (f: ArchiveFile) => parseYaml(f.text) as Record<string, unknown>;

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and a different one for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const as = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(as);
    expect([c.next(), c.next(), c.next()]).not.toEqual(as);
  });

  it('keeps int() within its bounds, both ends reachable', () => {
    const r = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });
});

describe('countProseWords', () => {
  it('counts runs of letters and digits, keeping 1,000 and Kim’s as one word each', () => {
    expect(countProseWords('Kim’s 1,000 troops, in Kursk.')).toBe(5);
  });
});

describe('extractProse', () => {
  it('drops frontmatter, headings, note lines and citation markers', () => {
    const prose = extractProse('---\ntitle: x\n---\n\n## Heading\n\nTroops moved.[^a]\n\n[^a]: @src, ¶ 1\n');
    expect(prose).not.toMatch(/title|Heading|\[\^|@src/);
    expect(prose).toContain('Troops moved.');
  });
});

describe('buildWordModel', () => {
  it('learns sentence starts and followers from the corpus and ranks a vocabulary of the requested size', () => {
    const model = buildWordModel(corpus, dictionary, createRandom(1), 1000);
    expect(model.vocabulary).toHaveLength(1000);
    expect(new Set(model.vocabulary).size).toBe(1000);
    expect(model.starts.every((w) => /^\p{Lu}/u.test(w))).toBe(true);
    expect(model.followers.get('North')).toContain('Korean');
  });

  it('rejects a corpus too small to learn from', () => {
    expect(() => buildWordModel('Too short.', dictionary, createRandom(1))).toThrow(/at least 50 words/);
  });
});

describe('generateSentence', () => {
  it('writes a capitalised sentence of 8 to 30 words ending in a full stop', () => {
    const model = buildWordModel(corpus, dictionary, createRandom(2));
    const random = createRandom(5);
    for (let i = 0; i < 50; i += 1) {
      const s = generateSentence(model, random);
      expect(s).toMatch(/^\p{Lu}.*\.$/u);
      expect(countProseWords(s)).toBeGreaterThanOrEqual(8);
      expect(countProseWords(s)).toBeLessThanOrEqual(40);
    }
  });
});

describe('planArchive', () => {
  it('plans one source per three reports and every other kind', () => {
    const plan = planArchive(10_000);
    expect(plan.sources).toBe(3334);
    expect(plan.entities).toBeGreaterThan(0);
    expect(plan.claims).toBeGreaterThan(0);
    expect(plan.events).toBeGreaterThan(0);
    expect(plan.quantities).toBeGreaterThan(0);
  });

  it('rejects a count that is not a positive whole number', () => {
    expect(() => planArchive(0)).toThrow(/positive whole number/);
    expect(() => planArchive(2.5)).toThrow(/positive whole number/);
  });
});

describe('toYaml', () => {
  it('writes nested data that the YAML parser reads back unchanged', () => {
    const data = {
      title: 'A “quoted” title: with colon',
      outlet: null,
      list: [{ source: 'a', locator: '¶ 1' }],
      empty: [],
      n: 3,
      ok: false,
    };
    expect(parseYaml(toYaml(data))).toEqual(data);
  });

  it('writes a top-level list of mappings', () => {
    const list = [
      { id: 'a', label: 'A b' },
      { id: 'b', label: 'C d' },
    ];
    expect(parseYaml(toYaml(list))).toEqual(list);
  });
});

describe('generateArchive', () => {
  it('gives the same bytes for the same seed, and different bytes for another seed', () => {
    expect(generate(30, 1)).toEqual(archive);
    expect(
      generate(30, 2)
        .map((f) => f.text)
        .join(''),
    ).not.toEqual(archive.map((f) => f.text).join(''));
  });

  it('writes every content kind the schemas define', () => {
    const folders = new Set(archive.map((f) => f.path.split('/')[0]));
    expect([...folders].sort()).toEqual([
      'claims',
      'entities',
      'events',
      'quantities',
      'reports',
      'sources',
      'topics.yaml',
    ]);
    expect(inFolder('reports')).toHaveLength(30);
    expect(inFolder('sources')).toHaveLength(10);
  });

  it('writes reports of 600 to 1,500 words, as the site counts them, with a large vocabulary', () => {
    const reports = inFolder('reports').map((f) => splitFrontmatter(f.path, f.text));
    for (const r of reports) {
      expect(countWords(r.body)).toBeGreaterThanOrEqual(600);
      expect(countWords(r.body)).toBeLessThanOrEqual(1500);
    }
    const words = reports.flatMap(
      (r) =>
        extractProse(r.body)
          .toLowerCase()
          .match(/\p{L}+/gu) ?? [],
    );
    expect(new Set(words).size).toBeGreaterThan(2500);
  });

  it('parses every file with the real schemas', () => {
    const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };
    const checks: [string, { safeParse: (v: unknown) => { success: boolean; error?: unknown } }][] = [
      ['sources', sourceSchema],
      ['entities', createEntitySchema(refs)],
      ['events', createEventSchema(refs)],
      ['claims', createClaimSchema(refs)],
      ['quantities', createQuantitySchema(refs)],
    ];
    for (const [folder, schema] of checks) {
      for (const f of inFolder(folder)) expect(schema.safeParse(yamlOf(f)).error, f.path).toBeUndefined();
    }
    for (const f of inFolder('reports'))
      expect(reportSchema.safeParse(splitFrontmatter(f.path, f.text).data).error, f.path).toBeUndefined();
    const topics = parseYaml(archive.find((f) => f.path === 'topics.yaml')!.text) as unknown[];
    for (const t of topics) expect(topicSchema.safeParse(t).error).toBeUndefined();
    for (const f of [...inFolder('reports'), ...inFolder('sources'), ...inFolder('entities')])
      expect(slugSchema.safeParse(f.id).success, f.path).toBe(true);
  });

  it('resolves every reference and shares no alias between two entities', () => {
    const known = {
      sources: new Set(inFolder('sources').map((f) => f.id)),
      entities: new Set(inFolder('entities').map((f) => f.id)),
      quantities: new Set(inFolder('quantities').map((f) => f.id)),
      events: new Set(inFolder('events').map((f) => f.id)),
      topics: new Set(
        (parseYaml(archive.find((f) => f.path === 'topics.yaml')!.text) as { id: string }[]).map((t) => t.id),
      ),
    };
    const uses = [
      ...inFolder('reports').flatMap((f) =>
        collectReferences(f.path, splitFrontmatter(f.path, f.text).data, {
          sources: 'sources',
          topics: 'topics',
          entities: 'entities',
        }),
      ),
      ...inFolder('entities').flatMap((f) =>
        collectReferences(f.path, yamlOf(f), {
          'sources.source': 'sources',
          'roles.organisation': 'entities',
        }),
      ),
      ...inFolder('events').flatMap((f) =>
        collectReferences(f.path, yamlOf(f), {
          'sources.source': 'sources',
          claimedBy: 'entities',
          entities: 'entities',
          topics: 'topics',
        }),
      ),
      ...inFolder('claims').flatMap((f) =>
        collectReferences(f.path, yamlOf(f), {
          'sources.source': 'sources',
          claimant: 'entities',
          'claimant.report': 'sources',
          quantity: 'quantities',
          'scope.incident': 'events',
        }),
      ),
      ...inFolder('quantities').flatMap((f) =>
        collectReferences(f.path, yamlOf(f), { 'noteSources.source': 'sources' }),
      ),
    ];
    expect(uses.length).toBeGreaterThan(100);
    expect(findDanglingReferences(uses, known)).toEqual([]);
    // Every kind of scope and of claimant occurs, and an incident names an event written alongside.
    const claims = inFolder('claims').map((f) => yamlOf(f) as { claimant: unknown; scope: { kind: string } });
    expect(new Set(claims.map((c) => c.scope.kind))).toEqual(
      new Set(['running-total', 'period', 'incident', 'at-one-time']),
    );
    expect(claims.some((c) => typeof c.claimant === 'object')).toBe(true);
    expect(uses.some((u) => u.field === 'scope.incident')).toBe(true);
    const names = inFolder('entities').flatMap((f) => {
      const d = yamlOf(f) as { name: string; aliases: string[]; searchNames: { name: string }[] };
      return [d.name, ...d.aliases, ...d.searchNames.map((n) => n.name)].map((n) => n.toLowerCase());
    });
    expect(new Set(names).size).toBe(names.length);
  });

  it('cites with real footnote notes that the citation plugin accepts, citing exactly the listed sources', () => {
    const sourceIds = new Set(inFolder('sources').map((f) => f.id));
    for (const f of inFolder('reports')) {
      const { data, body } = splitFrontmatter(f.path, f.text);
      expect(body).toMatch(/^\[\^1\]: @[a-z0-9-]+, ¶ \d+$/m);
      const notes = readCitationNotes(body, { path: resolve(f.path), sourceIds });
      expect([...citedSourceIds(notes)].sort()).toEqual([...(data.sources as string[])].sort());
    }
    // Parses every synthetic report: CPU-bound, past vitest's 5 s default under heavy machine load.
  }, 60_000);

  it('reports progress after every report', () => {
    const calls: number[] = [];
    void [...generateArchive({ reports: 3, seed: 1, corpus, dictionary }, (done) => calls.push(done))];
    expect(calls).toEqual([1, 2, 3]);
  });
});
