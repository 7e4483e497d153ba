import { describe, expect, it } from 'vitest';
import {
  captureParagraphs,
  collectCitedParagraphs,
  countPassageWords,
  locatePassage,
  nestQuotes,
  PASSAGE_MAX_WORDS,
} from '../../src/lib/passages';

const capture = [
  'Report: Drone Warfare Kills 100 North Korean Troops',
  '',
  'By Staff Writer',
  '   ',
  'Drone warfare has proven deadly for North Korea where at least 100 of its troops deployed to Russia have been killed, a lawmaker said.',
  'The Daily Mail cites North Korea’s “outdated battlefield tactics.”',
].join('\n');

describe('captureParagraphs', () => {
  it('counts non-blank lines only, as locators do (a line of spaces is blank)', () => {
    const paragraphs = captureParagraphs(capture);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toBe('By Staff Writer');
  });
});

describe('countPassageWords', () => {
  it('counts words, not the elision mark', () => {
    expect(countPassageWords('at least 100 … have been killed')).toBe(6);
  });
});

describe('locatePassage', () => {
  it('finds a passage verbatim in the cited paragraph, whatever its quotation-mark style and white space', () => {
    expect(
      locatePassage({ capture, locator: '¶ 4', passage: 'North Korea\'s  "outdated battlefield tactics."' }),
    ).toEqual({
      ok: true,
      paragraph: 4,
    });
  });

  it('finds a passage with words left out, marked … (or ...), in order', () => {
    expect(
      locatePassage({ capture, locator: '¶ 3', passage: 'at least 100 of its troops … have been killed' }),
    ).toEqual({
      ok: true,
      paragraph: 3,
    });
    expect(locatePassage({ capture, locator: '¶ 3', passage: 'at least 100 ... been killed' }).ok).toBe(true);
  });

  it('rejects the stretches of an elided passage in the wrong order', () => {
    const result = locatePassage({ capture, locator: '¶ 3', passage: 'have been killed … at least 100' });
    expect(result.ok).toBe(false);
  });

  it('returns the paragraph of a range that holds the passage', () => {
    expect(locatePassage({ capture, locator: '¶ 2–4', passage: 'outdated battlefield tactics' })).toEqual({
      ok: true,
      paragraph: 4,
    });
  });

  it('rejects a misquotation (a word changed), saying to copy the capture exactly', () => {
    const result = locatePassage({ capture, locator: '¶ 3', passage: 'at least 100 of its soldiers' });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^is not in ¶ 3 of the capture word for word; copy the words exactly as the capture has them/,
      ),
    });
  });

  it('rejects a passage from another paragraph, naming the one it is in', () => {
    const result = locatePassage({ capture, locator: '¶ 3', passage: 'outdated battlefield tactics' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(
        /^quotes words from ¶ 4, not from ¶ 3, which the note cites; fix the locator/,
      );
  });

  it(`rejects a passage longer than ${PASSAGE_MAX_WORDS} words, saying how long it is`, () => {
    const long = Array.from({ length: PASSAGE_MAX_WORDS + 1 }, () => 'word').join(' ');
    const result = locatePassage({ capture: long, locator: '¶ 1', passage: long });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toContain(
        `is ${PASSAGE_MAX_WORDS + 1} words long, more than the ${PASSAGE_MAX_WORDS}`,
      );
  });

  it('accepts a passage of exactly the limit', () => {
    const words = Array.from({ length: PASSAGE_MAX_WORDS }, (_, i) => `w${i}`).join(' ');
    expect(locatePassage({ capture: words, locator: '¶ 1', passage: words })).toEqual({
      ok: true,
      paragraph: 1,
    });
  });

  it('rejects a passage whose locator names no paragraph, or a paragraph past the end', () => {
    const noLocator = locatePassage({ capture, locator: undefined, passage: 'By Staff Writer' });
    expect(noLocator.ok === false && noLocator.error).toContain(
      'its locator is missing; write where in the capture',
    );
    const backwards = locatePassage({ capture, locator: '¶ 3–2', passage: 'By Staff Writer' });
    expect(backwards.ok === false && backwards.error).toContain("its locator '¶ 3–2' names no paragraph");
    const pastEnd = locatePassage({ capture, locator: '¶ 9', passage: 'By Staff Writer' });
    expect(pastEnd.ok === false && pastEnd.error).toContain('cites ¶ 9, but the capture has 4 paragraphs');
  });

  it('rejects an empty passage', () => {
    expect(locatePassage({ capture, locator: '¶ 3', passage: ' … ' }).ok).toBe(false);
  });
});

describe('collectCitedParagraphs', () => {
  it('groups notes by source and paragraph, in capture order, each passage once, each report once with its notes', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const result = collectCitedParagraphs([
      {
        report: a,
        notes: [
          { n: 1, source: 'npr', paragraph: 9, passage: 'nine' },
          { n: 2, source: 'npr', paragraph: 3, passage: 'three' },
          { n: 3, source: 'npr', paragraph: 9, passage: 'nine' },
          { n: 4, source: 'bbc' },
        ],
      },
      { report: b, notes: [{ n: 1, source: 'npr', paragraph: 9, passage: 'also nine' }] },
    ]);
    expect([...result.keys()]).toEqual(['npr']);
    expect(result.get('npr')).toEqual([
      { paragraph: 3, passages: ['three'], citedBy: [{ report: a, notes: [2] }] },
      {
        paragraph: 9,
        passages: ['nine', 'also nine'],
        citedBy: [
          { report: a, notes: [1, 3] },
          { report: b, notes: [1] },
        ],
      },
    ]);
  });
});

describe('nestQuotes', () => {
  it('sets the quotation marks inside a passage as single ones, so the passage never reads ““…””', () => {
    expect(
      nestQuotes(
        '“They went from using World War II tactics,” Capt. Shyriaiev told NPR. “And they learned.”',
      ),
    ).toBe('‘They went from using World War II tactics,’ Capt. Shyriaiev told NPR. ‘And they learned.’');
    expect(nestQuotes('said the cheap drones were "very precisely" aimed')).toBe(
      'said the cheap drones were ‘very precisely’ aimed',
    );
    expect(nestQuotes('no quotation here')).toBe('no quotation here');
  });
});
