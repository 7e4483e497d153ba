import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertInvestigationContent,
  checkInvestigationContent,
  describeIssue,
  entityNames,
  readInvestigationFiles,
} from '../../src/integrations/investigation-content';

const bad = (name: string) => readInvestigationFiles(join('tests', 'fixtures', 'bad', name));

describe('checkInvestigationContent', () => {
  it('finds nothing wrong in valid content', () => {
    expect(checkInvestigationContent(bad('valid'))).toEqual([]);
  });

  it('rejects a claim without a source, naming the file, the field and the fix', () => {
    const [problem, ...rest] = checkInvestigationContent(bad('claim-without-source'));
    expect(rest).toEqual([]);
    expect(problem).toContain('claim-without-source/claims/killed-50.yaml');
    expect(problem).toContain("'sources'");
    expect(problem).toMatch(/needs at least one source/);
    expect(problem).toMatch(/add 'sources:'/);
  });

  it('rejects a claim without a claimant', () => {
    const problems = checkInvestigationContent(bad('claim-without-claimant'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/claims\/killed-50\.yaml: 'claimant' is missing; add 'claimant: <entity-id>'/);
  });

  it('rejects a value written in words, saying to write a number and use the qualifier', () => {
    const problems = checkInvestigationContent(bad('claim-value-in-words'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('claims/killed-about-100.yaml');
    expect(problems[0]).toContain("'value'");
    expect(problems[0]).toMatch(/write a number such as 4700/);
    expect(problems[0]).toMatch(/'qualifier'/);
  });

  it('rejects an impossible date such as 2025-02-30', () => {
    const problems = checkInvestigationContent(bad('event-impossible-date'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('events/strikes.yaml');
    expect(problems[0]).toContain("'happened.date'");
    expect(problems[0]).toMatch(/February 2025 has 28 days/);
  });

  it('rejects a reference to an unknown entity', () => {
    const problems = checkInvestigationContent(bad('unknown-entity'));
    expect(problems).toEqual([
      expect.stringMatching(/unknown-entity\/events\/strikes\.yaml: 'claimedBy\[0\]' names 'kim-jong-il', which is not in content\/entities; fix the id or add/),
    ]);
  });

  it('rejects a reference to an unknown source', () => {
    const problems = checkInvestigationContent(bad('unknown-source'));
    expect(problems).toEqual([expect.stringMatching(/claims\/killed-50\.yaml: 'sources\[0\]\.source' names 'leaflets-video', which is not in content\/sources/)]);
  });

  it('rejects an alias given to two entities, naming both files, the alias and the fix', () => {
    const problems = checkInvestigationContent(bad('alias-on-two-entities'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("('aliases[0]': 'Kim Jong-un')");
    expect(problems[0]).toContain("('aliases[0]': 'kim jong-un')");
    expect(problems[0]).toContain('entities/kim-jong-un.yaml');
    expect(problems[0]).toContain('entities/kim-jong-un-2.yaml');
    expect(problems[0]).toMatch(/keep it on the one entity it names and remove it from .*, or merge the entities/);
  });
});

describe('assertInvestigationContent', () => {
  it('throws one error listing every problem', () => {
    expect(() => assertInvestigationContent(bad('unknown-source'))).toThrow(/Content errors \(1\):\n {2}.*leaflets-video/);
  });

  it('passes valid content', () => {
    expect(() => assertInvestigationContent(bad('valid'))).not.toThrow();
  });
});

describe('describeIssue', () => {
  it('writes a missing field as missing, with the advice for that field', () => {
    expect(describeIssue('x.yaml', { path: ['quantity'], code: 'invalid_type', message: 'Invalid input: expected string, received undefined' })).toBe(
      "x.yaml: 'quantity' is missing; add 'quantity: <quantity-id>', the id of a file in content/quantities/",
    );
  });

  it('keeps the schema message for other fields', () => {
    expect(describeIssue('x.yaml', { path: ['summary'], message: 'Too small' })).toBe("x.yaml: 'summary' Too small");
  });
});

describe('readInvestigationFiles', () => {
  it('reads every collection folder and the source and topic ids', () => {
    const files = readInvestigationFiles(join('tests', 'fixtures', 'bad', 'valid'));
    expect(files.claims.map((c) => c.id)).toEqual(['killed-50']);
    expect([...files.sourceIds]).toEqual(['leaflets']);
    expect([...files.topicIds]).toEqual(['casualties']);
  });
});

describe('entityNames', () => {
  it('gives each entity its name, aliases and file', () => {
    expect(entityNames(bad('valid'))).toEqual([{ id: 'kim-jong-un', path: expect.stringContaining('kim-jong-un.yaml'), name: 'Kim Jong Un', aliases: ['Kim Jong-un'] }]);
  });
});

describe('the build', () => {
  it('stops on bad content with the file, field and fix (astro.config.mjs runs the check)', () => {
    const run = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, KURSK_CONTENT_DIR: 'tests/fixtures/bad/unknown-entity', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/events\/strikes\.yaml: 'claimedBy\[0\]' names 'kim-jong-il'/);
  }, 60_000);
});
