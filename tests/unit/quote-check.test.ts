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

  it('fails when the captures folder is missing, and checks nothing only when told to', () => {
    const missing = verifyQuotes(checked.content, join(fixture, 'no-such-folder'));
    expect(missing).toMatchObject({ ok: false, skipped: true });
    expect(formatQuoteCheck(missing)[0]).toMatch(
      /^No captures at .*no-such-folder, so quotations cannot be checked\..*KURSK_SKIP_CAPTURES=1/,
    );
    const skipped = verifyQuotes(checked.content, undefined);
    expect(skipped).toMatchObject({ ok: true, skipped: true });
    expect(formatQuoteCheck(skipped)).toEqual([
      'KURSK_SKIP_CAPTURES=1: quotations were not checked against the captures.',
    ]);
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

  it('fails naming the folder when the captures are absent, and passes only when told to skip them', () => {
    const absent = run(['--captures', join(fixture, 'absent')]);
    expect(absent.status).toBe(1);
    expect(absent.stderr).toMatch(/absent: no captures folder here/);
    const skipped = run([], { KURSK_SKIP_CAPTURES: '1' });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain(
      'KURSK_SKIP_CAPTURES=1: quotations were not checked against the captures.',
    );
  });
});
