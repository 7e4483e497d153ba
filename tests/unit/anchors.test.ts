import { describe, expect, it } from 'vitest';
import { createIdAllocator, hashText, headingId, normaliseForId, paragraphId, parseAuthoredId } from '../../src/lib/anchors';

describe('normaliseForId', () => {
  it('ignores case, punctuation, spacing and Unicode form', () => {
    expect(normaliseForId('  Kim Jong-un’s  ORDER, “now”! ')).toBe('kim jong un s order now');
    expect(normaliseForId('ﬁle')).toBe(normaliseForId('file'));
  });

  it('keeps Cyrillic and Korean letters', () => {
    expect(normaliseForId('Курск — 북한군')).toBe('курск 북한군');
  });
});

describe('hashText', () => {
  it('gives six base-36 characters, the same for the same text', () => {
    expect(hashText('abc')).toMatch(/^[0-9a-z]{6}$/);
    expect(hashText('abc')).toBe(hashText('abc'));
  });

  it('differs for texts that differ by one letter', () => {
    expect(hashText('fifty soldiers')).not.toBe(hashText('fifty soldier'));
  });
});

describe('paragraphId', () => {
  it('depends only on the words, not on punctuation or spacing', () => {
    expect(paragraphId('Drones dropped leaflets.')).toBe(paragraphId('drones  dropped leaflets'));
    expect(paragraphId('Drones dropped leaflets.')).toMatch(/^p-[0-9a-z]{6}$/);
  });

  it('changes when the words change', () => {
    expect(paragraphId('Drones dropped leaflets.')).not.toBe(paragraphId('Drones dropped more leaflets.'));
  });
});

describe('headingId', () => {
  it('slugs the heading text', () => {
    expect(headingId('A video from the air')).toBe('a-video-from-the-air');
    expect(headingId('Russia–North Korea ties')).toBe('russia-north-korea-ties');
  });

  it('falls back to "section" for a heading without letters', () => {
    expect(headingId('—')).toBe('section');
  });
});

describe('parseAuthoredId', () => {
  it('reads an id given at the end of a paragraph and strips it', () => {
    expect(parseAuthoredId('The last sentence. {#kim-order}')).toEqual({ id: 'kim-order', rest: 'The last sentence.' });
  });

  it('ignores braces elsewhere and ids not in the allowed form', () => {
    expect(parseAuthoredId('Text {#x} and more')).toBeUndefined();
    expect(parseAuthoredId('Text {#9lives}')).toBeUndefined();
    expect(parseAuthoredId('Text {#Upper}')).toBeUndefined();
  });
});

describe('createIdAllocator', () => {
  it('keeps the first id and numbers later duplicates in document order', () => {
    const allocate = createIdAllocator();
    expect(['p-a', 'p-b', 'p-a', 'p-a'].map(allocate)).toEqual(['p-a', 'p-b', 'p-a-2', 'p-a-3']);
  });

  it('skips a suffix that is already taken', () => {
    const allocate = createIdAllocator();
    expect(['x-2', 'x', 'x'].map(allocate)).toEqual(['x-2', 'x', 'x-3']);
  });
});
