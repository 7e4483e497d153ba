import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/build/content-files';
import { checkContent } from '../../src/build/content-check';
import {
  findTodoFields,
  renderReportScaffold,
  renderSourceScaffold,
  slugify,
  TODO_MARKER,
} from '../../src/lib/scaffold';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('TODO_MARKER', () => {
  it('is the word editors search for', () => {
    expect(TODO_MARKER).toBe('TODO');
  });
});

describe('slugify', () => {
  it('makes a lower-case hyphenated id from a headline', () => {
    expect(slugify("North Korea's drones: 100 killed in Kursk?")).toBe(
      'north-koreas-drones-100-killed-in-kursk',
    );
  });

  it('drops accents and keeps at most the given number of words', () => {
    expect(slugify('Café   Zürich report now', 2)).toBe('cafe-zurich');
  });
});

describe('renderReportScaffold', () => {
  it('writes a draft with the title and today, whose unfilled fields are TODOs', () => {
    const { data, body } = splitFrontmatter(
      'x.md',
      renderReportScaffold({ title: 'A "quoted" title', today: '2026-11-22' }),
    );
    expect(data).toMatchObject({ title: 'A "quoted" title', draft: true, topics: [], sources: [] });
    expect(data.publishedAt).toBe('2026-11-22');
    expect(findTodoFields(data)).toEqual(['dek']);
    expect(body).toContain('[^first]: @todo-source-id');
  });
});

describe('renderSourceScaffold', () => {
  it('fills the capture, hash and date, and leaves title and date as TODOs', () => {
    const data = parse(
      renderSourceScaffold({
        file: 'sample.txt',
        sha256: 'a'.repeat(64),
        today: '2026-11-22',
        firstLine: 'Headline',
      }),
    ) as Record<string, unknown>;
    expect(data.capture).toEqual({ file: 'sample.txt', sha256: 'a'.repeat(64) });
    expect(data.retrievedAt).toBe('2026-11-22');
    expect(findTodoFields(data)).toEqual(['title', 'published.date']);
  });
});

describe('findTodoFields', () => {
  it('finds TODO values at any depth and ignores TODO in the middle of a sentence', () => {
    expect(findTodoFields({ a: 'TODO: x', b: { c: ['ok', ' TODO'] }, d: 'not a TODO', e: 3 })).toEqual([
      'a',
      'b.c[1]',
    ]);
  });

  it('makes scaffolded files fail the content check until filled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kursk-scaffold-'));
    try {
      cpSync('tests/fixtures/valid-content', dir, { recursive: true });
      mkdirSync(join(dir, 'reports'), { recursive: true });
      writeFileSync(
        join(dir, 'reports', 'new.md'),
        renderReportScaffold({ title: 'A new report on drones', today: '2026-11-22' }),
      );
      writeFileSync(
        join(dir, 'sources', 'new-source.yaml'),
        renderSourceScaffold({
          file: 'sample.txt',
          sha256: 'a'.repeat(64),
          today: '2026-11-22',
          firstLine: 'x',
        }),
      );
      const problems = checkContent({ contentDir: dir }).join('\n');
      expect(problems).toMatch(/reports\/new\.md: 'dek' still holds the scaffold's TODO/);
      expect(problems).toMatch(/sources\/new-source\.yaml: 'title' still holds the scaffold's TODO/);
      expect(problems).toMatch(/reports\/new\.md: 'topics' needs at least one topic/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
