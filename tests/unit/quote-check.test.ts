import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check';
import { formatQuoteCheck, verifyQuotes } from '../../src/build/quote-check';

const fixture = join('tests', 'fixtures', 'quotes');
const content = join(fixture, 'content');
const captures = join(fixture, 'captures');
const checked = readContent({ contentDir: content, capturesDir: captures });

describe('verifyQuotes', () => {
  it('checks every quotation and reports the misquoted one with its file and line', () => {
    expect(checked.problems).toEqual([]);
    const result = verifyQuotes(checked.content, captures);
    expect(result.skipped).toBe(false);
    if (result.skipped) return;
    expect(result.checked).toBe(2);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: join(content, 'reports', 'bad.md'),
        line: 13,
        quote: '20 or 30 soldiers',
      }),
    ]);
  });

  it('says plainly when there are no captures, and passes', () => {
    const result = verifyQuotes(checked.content, join(fixture, 'no-such-folder'));
    expect(result).toMatchObject({ ok: true, skipped: true });
    expect(formatQuoteCheck(result)[0]).toMatch(
      /^No captures at .*no-such-folder, so quotations were not checked/,
    );
  });
});

describe('formatQuoteCheck', () => {
  it('prints one line per problem with file:line, then a summary', () => {
    const lines = formatQuoteCheck(verifyQuotes(checked.content, captures));
    expect(lines[0]).toMatch(
      /bad\.md:13: “20 or 30 soldiers”: not found verbatim in the capture of field-report/,
    );
    expect(lines.at(-1)).toBe('2 quotations in 2 reports checked; 1 not found verbatim in a cited capture.');
  });
});

// Each test starts Node and loads the content check through Vite: seconds, more on a busy machine.
describe('npm run verify:quotes', { timeout: 60_000 }, () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/verify-quotes.mjs', '--content', content, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('fails on a misquotation, with --captures', () => {
    const r = run(['--captures', captures]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('“20 or 30 soldiers”');
  });

  it('takes the captures folder from KURSK_CAPTURES_DIR', () => {
    const r = run([], { KURSK_CAPTURES_DIR: captures });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('“20 or 30 soldiers”');
  });

  it('exits 0 with a plain message when the captures are absent', () => {
    const r = run(['--captures', join(fixture, 'absent')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/No captures at .*absent, so quotations were not checked/);
  });
});
