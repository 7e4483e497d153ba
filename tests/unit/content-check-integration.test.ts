import { describe, expect, it } from 'vitest';
import { checkContent, contentCheckIntegration, formatContentProblems } from '../../src/integrations/content-check';

const CAPTURES = 'tests/fixtures/captures';
type SetupHook = (arg: { command: string; logger: { info: (m: string) => void } }) => void;
const setupHook = (contentDir: string) =>
  contentCheckIntegration({ contentDir, capturesDir: CAPTURES }).hooks['astro:config:setup'] as unknown as SetupHook;

describe('checkContent', () => {
  it('finds nothing wrong with the valid fixture, and skips hashes when there is no captures folder', () => {
    expect(checkContent({ contentDir: 'tests/fixtures/valid-content', capturesDir: CAPTURES })).toEqual([]);
    expect(checkContent({ contentDir: 'tests/fixtures/bad-content/capture-hash-mismatch', capturesDir: 'no/such/folder' })).toEqual([]);
  });
});

describe('formatContentProblems', () => {
  it('counts the problems and puts each on its own indented line', () => {
    expect(formatContentProblems(['a.md: x', 'b.md: y'])).toBe('The content has 2 problems; fix them and build again:\n  a.md: x\n  b.md: y');
    expect(formatContentProblems(['a.md: x'])).toMatch(/^The content has 1 problem; fix it/);
  });
});

describe('contentCheckIntegration', () => {
  it('fails a build on bad content with the problems in the message', () => {
    expect(() => setupHook('tests/fixtures/bad-content/missing-field')({ command: 'build', logger: { info: () => {} } })).toThrow(/missing-field\/reports\/sample\.md: 'dek' is missing/);
  });

  it('lets a build of sound content go on, and leaves the dev server alone', () => {
    const logged: string[] = [];
    setupHook('tests/fixtures/valid-content')({ command: 'build', logger: { info: (m) => logged.push(m) } });
    expect(logged).toEqual(['Content checked: schemas, references, citations, capture hashes, aliases.']);
    expect(() => setupHook('tests/fixtures/bad-content/missing-field')({ command: 'dev', logger: { info: () => {} } })).not.toThrow();
  });
});
