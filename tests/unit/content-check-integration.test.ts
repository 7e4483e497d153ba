import { describe, expect, it } from 'vitest';
import {
  asWrittenProblems,
  checkContent,
  claimantProblems,
  describeSchemaIssue,
  formatContentProblems,
  readContent,
  scopeProblems,
} from '../../src/build/content-check';
import { contentCheckIntegration } from '../../src/integrations/content-check';
import { normaliseForCapture } from '../../src/lib/aliases';

const CAPTURES = 'tests/fixtures/captures';
type Logger = { info: (m: string) => void; warn: (m: string) => void };
type SetupHook = (arg: { command: string; logger: Logger }) => void;
/** The integration's setup hook, given what the check found in a content folder, as astro.config.mjs does. */
const setupHook = (contentDir: string) =>
  contentCheckIntegration({
    problems: readContent({ contentDir, capturesDir: CAPTURES }).problems,
    capturesDir: CAPTURES,
  }).hooks['astro:config:setup'] as unknown as SetupHook;
const quiet: Logger = { info: () => {}, warn: () => {} };

// tests/fixtures/bad/: investigation folders (entities, events, claims, quantities) with one mistake each.
const bad = (name: string) => checkContent({ contentDir: `tests/fixtures/bad/${name}` });

describe('checkContent', () => {
  it('finds nothing wrong with the valid fixtures', () => {
    expect(checkContent({ contentDir: 'tests/fixtures/valid-content', capturesDir: CAPTURES })).toEqual([]);
    expect(bad('valid')).toEqual([]);
  });

  it('fails when the captures folder is missing, and skips the hashes only when told to', () => {
    const problems = checkContent({
      contentDir: 'tests/fixtures/bad-content/capture-hash-mismatch',
      capturesDir: 'no/such/folder',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^no\/such\/folder: no captures folder here, so no capture's hash, paragraphs or spellings can be checked; .*KURSK_CAPTURES_DIR.*KURSK_SKIP_CAPTURES=1/,
    );
    // No folder given (KURSK_SKIP_CAPTURES=1): the wrong hash goes unchecked, and the source page says so.
    expect(
      checkContent({
        contentDir: 'tests/fixtures/bad-content/capture-hash-mismatch',
        capturesDir: undefined,
      }),
    ).toEqual([]);
  });

  it('rejects a claim without a source, naming the file, the field and the fix', () => {
    const [problem, ...rest] = bad('claim-without-source');
    expect(rest).toEqual([]);
    expect(problem).toContain('claim-without-source/claims/killed-50.yaml');
    expect(problem).toContain("'sources'");
    expect(problem).toMatch(/needs at least one source/);
    expect(problem).toMatch(/add 'sources:'/);
  });

  it('rejects a claim without a claimant', () => {
    const problems = bad('claim-without-claimant');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /claims\/killed-50\.yaml: 'claimant' is missing; add 'claimant: <entity-id>'/,
    );
  });

  it('rejects a value written in words, saying to write a number and use the qualifier', () => {
    const problems = bad('claim-value-in-words');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('claims/killed-about-100.yaml');
    expect(problems[0]).toContain("'value'");
    expect(problems[0]).toMatch(/write a number such as 4700/);
    expect(problems[0]).toMatch(/'qualifier'/);
  });

  it('rejects an impossible date such as 2025-02-30', () => {
    const problems = bad('event-impossible-date');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('events/strikes.yaml');
    expect(problems[0]).toContain("'happened.date'");
    expect(problems[0]).toMatch(/February 2025 has 28 days/);
  });

  it('rejects a reference to an unknown entity', () => {
    expect(bad('unknown-entity')).toEqual([
      expect.stringMatching(
        /unknown-entity\/events\/strikes\.yaml: 'claimedBy\[0\]' names 'kim-jong-il', which is not in content\/entities; fix the id or add/,
      ),
    ]);
  });

  it('rejects a reference to an unknown source', () => {
    expect(bad('unknown-source')).toEqual([
      expect.stringMatching(
        /claims\/killed-50\.yaml: 'sources\[0\]\.source' names 'leaflets-video', which is not in content\/sources/,
      ),
    ]);
  });

  it('rejects an alias given to two entities, naming both files, the alias and the fix', () => {
    const problems = bad('alias-on-two-entities');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("('aliases[0]': 'Kim Jong-un')");
    expect(problems[0]).toContain("('aliases[0]': 'kim jong-un')");
    expect(problems[0]).toContain('entities/kim-jong-un.yaml');
    expect(problems[0]).toContain('entities/kim-jong-un-2.yaml');
    expect(problems[0]).toMatch(
      /keep it on the one entity it names and remove it from .*, or merge the entities/,
    );
  });
});

describe('describeSchemaIssue', () => {
  it('writes a missing field as missing, with the advice for that field and its schema file', () => {
    expect(
      describeSchemaIssue(
        'x.yaml',
        { path: ['quantity'], message: 'Invalid input: expected string, received undefined' },
        'claim.ts',
      ),
    ).toBe(
      "x.yaml: 'quantity' is missing; add 'quantity: <quantity-id>', the id of a file in content/quantities/ (the field is described in src/schemas/claim.ts)",
    );
  });

  it('says to add a missing field that has no advice of its own', () => {
    expect(
      describeSchemaIssue(
        'r.md',
        { path: ['dek'], message: 'Invalid input: expected string, received undefined' },
        'report.ts',
      ),
    ).toBe("r.md: 'dek' is missing; add it (the field is described in src/schemas/report.ts)");
  });

  it('keeps the schema message for other fields, and gives nested date fields the date advice', () => {
    expect(describeSchemaIssue('x.yaml', { path: ['summary'], message: 'Too small' }, 'event.ts')).toBe(
      "x.yaml: 'summary' Too small (the field is described in src/schemas/event.ts)",
    );
    expect(describeSchemaIssue('x.yaml', { path: ['happened', 'date'], message: 'bad' }, 'event.ts')).toMatch(
      /^x\.yaml: 'happened\.date' bad; write the date as 'YYYY'/,
    );
  });
});

const path = (folder: string, id: string) => `content/${folder}/${id}.yaml`;
const claimRecord = (id: string, claimant: Record<string, string>, sources: string[]) => ({
  path: path('claims', id),
  data: { claimant, sources: sources.map((source) => ({ source })) },
});
const eventRecord = (id: string, claimedBy: Record<string, string>[], sources: string[]) => ({
  path: path('events', id),
  data: { claimedBy, sources: sources.map((source) => ({ source })) },
});

describe('claimantProblems', () => {
  const sources = [
    {
      id: 'operators',
      path: path('sources', 'operators'),
      data: { outlet: { name: 'Business Insider', basis: 'inferred' } },
    },
    { id: 'skills', path: path('sources', 'skills'), data: { outlet: { name: 'NPR', basis: 'stated' } } },
  ];
  const entities = [
    { id: 'business-insider', data: { name: 'Business Insider', aliases: [] } },
    { id: 'npr', data: { name: 'NPR', aliases: [] } },
    { id: 'lee', data: { name: 'Lee Seong-kweun', aliases: [] } },
  ];

  it('fails a claim or an event credited to an outlet the archive only inferred, however the claimant is written', () => {
    const claim = claimRecord('total', { entity: 'business-insider' }, ['operators']);
    const event = eventRecord(
      'update',
      [{ entity: 'lee' }, { entity: 'business-insider', basis: 'inferred', asWritten: 'x', reason: 'y' }],
      ['operators'],
    );
    const problems = claimantProblems({ claims: [claim], events: [event], entities, sources });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/claims\/total\.yaml: 'claimant' credits 'business-insider'.*put '\{ report: operators \}' in its place$/,
      ),
      expect.stringMatching(/^content\/events\/update\.yaml: 'claimedBy\[1\]' credits 'business-insider'/),
    ]);
  });

  it('accepts a stated outlet, a named person and a report in its own voice that the record cites', () => {
    const claims = [
      claimRecord('a', { entity: 'npr' }, ['skills']),
      claimRecord('b', { report: 'operators' }, ['operators']),
    ];
    const events = [eventRecord('e', [{ entity: 'lee' }, { report: 'skills' }], ['skills'])];
    expect(claimantProblems({ claims, events, entities, sources })).toEqual([]);
  });

  it('fails a report speaking in its own voice that the record does not cite', () => {
    const claim = claimRecord('c', { report: 'skills' }, ['operators']);
    expect(claimantProblems({ claims: [claim], events: [], entities, sources })).toEqual([
      expect.stringMatching(
        /'claimant\.report' names 'skills', which its 'sources' do not cite; .*add '- source: skills'/,
      ),
    ]);
  });
});

describe('scopeProblems', () => {
  it('fails a scope whose place is not a place entity', () => {
    const entities = [
      { id: 'kursk', data: { kind: 'place' } },
      { id: 'npr', data: { kind: 'organisation' } },
    ];
    const claims = [
      { path: path('claims', 'ok'), data: { scope: { kind: 'running-total', place: 'kursk' } } },
      { path: path('claims', 'bad'), data: { scope: { kind: 'running-total', place: 'npr' } } },
    ];
    expect(scopeProblems({ claims, entities })).toEqual([
      "content/claims/bad.yaml: 'scope.place' names 'npr', which is of kind 'organisation', not a place; name a place entity (kind: place), or leave 'place' out when the source gives none",
    ]);
  });
});

describe('asWrittenProblems', () => {
  const sources = [{ id: 'skills', data: { capture: { file: '004.txt' } } }];
  const texts = new Map([
    ['004.txt', normaliseForCapture('Some 4,700 were killed, according to South Korea’s spy agency.')],
  ]);

  it('accepts the capture’s own words and fails words its cited capture does not print', () => {
    const claims = [
      claimRecord(
        'ok',
        { entity: 'nis', basis: 'inferred', asWritten: "South Korea's spy agency", reason: 'r' },
        ['skills'],
      ),
      claimRecord('bad', { entity: 'nis', basis: 'inferred', asWritten: 'the NIS', reason: 'r' }, ['skills']),
    ];
    const entities = [
      {
        path: path('entities', 'nis'),
        data: {
          identifications: [
            { asWritten: 'spy agency', source: 'skills' },
            { asWritten: 'intelligence service', source: 'skills' },
          ],
        },
      },
    ];
    expect(asWrittenProblems({ claims, events: [], entities, sources }, texts)).toEqual([
      "content/claims/bad.yaml: 'claimant.asWritten' is 'the NIS', which the captures of its sources do not print; copy the capture's words for the party exactly",
      "content/entities/nis.yaml: 'identifications[1].asWritten' is 'intelligence service', which the capture of skills does not print; copy the capture's words exactly, or cite the source that prints them",
    ]);
  });
});

describe('formatContentProblems', () => {
  it('counts the problems and puts each on its own indented line', () => {
    expect(formatContentProblems(['a.md: x', 'b.md: y'])).toBe(
      'The content has 2 problems; fix them and build again:\n  a.md: x\n  b.md: y',
    );
    expect(formatContentProblems(['a.md: x'])).toMatch(/^The content has 1 problem; fix it/);
  });
});

describe('contentCheckIntegration', () => {
  it('fails a build on bad content with the problems in the message', () => {
    expect(() =>
      setupHook('tests/fixtures/bad-content/missing-field')({ command: 'build', logger: quiet }),
    ).toThrow(/missing-field\/reports\/sample\.md: 'dek' is missing/);
  });

  it('lets a build of sound content go on, saying what it checked', () => {
    const logged: string[] = [];
    setupHook('tests/fixtures/valid-content')({
      command: 'build',
      logger: { ...quiet, info: (m) => logged.push(m) },
    });
    expect(logged).toEqual([
      'Content checked: schemas, references, citations, capture hashes, aliases, claimants and scopes.',
    ]);
  });

  it('warns the dev server of bad content instead of stopping it', () => {
    const warned: string[] = [];
    expect(() =>
      setupHook('tests/fixtures/bad-content/missing-field')({
        command: 'dev',
        logger: { ...quiet, warn: (m) => warned.push(m) },
      }),
    ).not.toThrow();
    expect(warned).toEqual([expect.stringMatching(/^The content has 1 problem;.*'dek' is missing/s)]);
  });
});

describe('readContent', () => {
  it('hands on the entries that passed their schemas, typed as the schemas output them', () => {
    const { problems, content } = readContent({ contentDir: 'tests/fixtures/investigation' });
    expect(problems).toEqual([]);
    // A claimant written as an id comes out as an object; defaults are filled in.
    const claim = content.claims.find((c) => c.data.claimant.entity !== undefined)!;
    expect(typeof claim.data.claimant).toBe('object');
    expect(content.entities.every((e) => Array.isArray(e.data.aliases))).toBe(true);
    expect(content.reports.every((r) => r.bodyLine > 1 && r.body.length > 0)).toBe(true);
  });

  it('leaves out of the view an entry that fails its schema, and reports it', () => {
    const { problems, content } = readContent({ contentDir: 'tests/fixtures/bad-content/missing-field' });
    expect(problems).toEqual([expect.stringContaining("reports/sample.md: 'dek' is missing")]);
    expect(content.reports.map((r) => r.id)).not.toContain('sample');
  });
});
