import { describe, expect, it } from 'vitest';
import { countParagraphs, locatorProblem, parseLocator } from '../../src/lib/locators';

describe('parseLocator', () => {
  it('reads one paragraph and a range written with an en dash or a hyphen', () => {
    expect(parseLocator('¶ 4')).toEqual({ from: 4, to: 4 });
    expect(parseLocator('¶ 26–30')).toEqual({ from: 26, to: 30 });
    expect(parseLocator('¶26 - 30')).toEqual({ from: 26, to: 30 });
  });

  it('reads nothing from other forms', () => {
    for (const locator of ['4', 'para 4', '¶ 4, ¶ 6', '¶ four', 'line 4', '¶ 4–'])
      expect(parseLocator(locator)).toBeUndefined();
  });
});

describe('countParagraphs', () => {
  it('counts the non-blank lines, as ¶ N counts them', () => {
    expect(countParagraphs('First.\n\n  \nSecond.\r\nThird.\n')).toBe(3);
    expect(countParagraphs('')).toBe(0);
  });
});

describe('locatorProblem', () => {
  const capture = { file: '000_sample.txt', paragraphs: 12 };

  it('accepts a paragraph or an ascending range within the capture', () => {
    for (const locator of ['¶ 1', '¶ 12', '¶ 3–12']) expect(locatorProblem(locator, capture)).toBeUndefined();
  });

  it('names the capture and its paragraph count when a locator points past its end', () => {
    expect(locatorProblem('¶ 9999', capture)).toBe(
      "'¶ 9999', but 000_sample.txt has 12 paragraphs (non-blank lines); point it at the paragraph that holds the fact, '¶ 1' to '¶ 12'",
    );
    expect(locatorProblem('¶ 11–13', capture)).toContain('000_sample.txt has 12 paragraphs');
  });

  it('refuses a range that runs backwards, a range of one, paragraph 0 and other forms, with or without the capture', () => {
    expect(locatorProblem('¶ 30–26')).toContain(
      "a range that runs backwards; write the first paragraph first: '¶ 26–30'",
    );
    expect(locatorProblem('¶ 5–5')).toContain("a range of one paragraph; write '¶ 5'");
    expect(locatorProblem('¶ 0', capture)).toContain('paragraphs are counted from 1');
    expect(locatorProblem('line 4', capture)).toContain("which is not a paragraph locator; write '¶ N'");
  });

  it('checks only the form and order when the capture is not at hand', () => {
    expect(locatorProblem('¶ 9999')).toBeUndefined();
  });
});
