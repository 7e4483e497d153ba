/**
 * The content check (the build's first step) reads an `.mdx` report's notes with the same citation
 * plugin the build renders it with, accepts its paragraph ids written `\{#id}`, and names the file,
 * the line and the fix when an editor writes `{#id}`, which MDX cannot parse.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/build/content-check';

const fixture = 'tests/fixtures/mdx-content';
const work = mkdtempSync(join(tmpdir(), 'kursk-mdx-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the MDX fixture with its report's text changed. */
function withReport(edit: (text: string) => string): string {
  const dir = join(work, String(Math.random()).slice(2));
  cpSync(fixture, dir, { recursive: true });
  const report = join(dir, 'reports', 'mdx-report.mdx');
  writeFileSync(report, edit(readFileSync(report, 'utf8')));
  return dir;
}

describe('checkContent on an .mdx report', () => {
  it('finds nothing wrong with the MDX fixture, whose paragraph id is written \\{#id}', () => {
    expect(checkContent({ contentDir: fixture })).toEqual([]);
  });

  it('names the file, the line and the fix for a paragraph id written {#id}', () => {
    const dir = withReport((text) => text.replace('\\{#the-promise}', '{#the-promise}'));
    const problems = checkContent({ contentDir: dir });
    expect(problems).toHaveLength(1);
    const line = readFileSync(join(dir, 'reports', 'mdx-report.mdx'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('{#the-promise}'));
    expect(problems[0]).toMatch(
      new RegExp(
        `reports/mdx-report\\.mdx:${line + 1}: .*write a paragraph's own id with a backslash, '\\\\\\{#my-id\\}'`,
      ),
    );
  });

  it('checks its citations: a note never cited is named with its line', () => {
    const dir = withReport((text) => `${text}[^spare]: @leaflets, ¶ 5\n`);
    const [problem, ...rest] = checkContent({ contentDir: dir });
    expect(rest).toEqual([]);
    const line = readFileSync(join(dir, 'reports', 'mdx-report.mdx'), 'utf8')
      .split('\n')
      .indexOf('[^spare]: @leaflets, ¶ 5');
    expect(problem).toContain(`reports/mdx-report.mdx:${line + 1}: note [^spare] is never cited`);
  });
});
