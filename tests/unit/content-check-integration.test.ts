import { describe, expect, it } from 'vitest';
import {
  checkContent,
  contentCheckIntegration,
  describeSchemaIssue,
  formatContentProblems,
} from '../../src/integrations/content-check';

const CAPTURES = 'tests/fixtures/captures';
type SetupHook = (arg: { command: string; logger: { info: (m: string) => void } }) => void;
const setupHook = (contentDir: string) =>
  contentCheckIntegration({ contentDir, capturesDir: CAPTURES }).hooks[
    'astro:config:setup'
  ] as unknown as SetupHook;

// tests/fixtures/bad/: investigation folders (entities, events, claims, quantities) with one mistake each.
const bad = (name: string) => checkContent({ contentDir: `tests/fixtures/bad/${name}` });

describe('checkContent', () => {
  it('finds nothing wrong with the valid fixtures, and skips hashes when there is no captures folder', () => {
    expect(checkContent({ contentDir: 'tests/fixtures/valid-content', capturesDir: CAPTURES })).toEqual([]);
    expect(bad('valid')).toEqual([]);
    expect(
      checkContent({
        contentDir: 'tests/fixtures/bad-content/capture-hash-mismatch',
        capturesDir: 'no/such/folder',
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
      setupHook('tests/fixtures/bad-content/missing-field')({ command: 'build', logger: { info: () => {} } }),
    ).toThrow(/missing-field\/reports\/sample\.md: 'dek' is missing/);
  });

  it('lets a build of sound content go on, and leaves the dev server alone', () => {
    const logged: string[] = [];
    setupHook('tests/fixtures/valid-content')({ command: 'build', logger: { info: (m) => logged.push(m) } });
    expect(logged).toEqual(['Content checked: schemas, references, citations, capture hashes, aliases.']);
    expect(() =>
      setupHook('tests/fixtures/bad-content/missing-field')({ command: 'dev', logger: { info: () => {} } }),
    ).not.toThrow();
  });
});
