import { describe, expect, it } from 'vitest';
import { joinWordRuns } from '../../src/lib/word-runs';

const byRegex = (text: string, hyphens: boolean): string =>
  text.replace(hyphens ? /[^\p{L}\p{N}-]+/gu : /[^\p{L}\p{N}]+/gu, ' ').trim();

describe('joinWordRuns', () => {
  it('keeps letters and digits of every script, one space between runs, none at the ends', () => {
    expect(joinWordRuns('  “Kim Jong-un” said 332,000 — in Kursk! ')).toBe(
      'Kim Jong un said 332 000 in Kursk',
    );
    expect(joinWordRuns('Ким Чен Ын, 김정은: ２０２４年')).toBe('Ким Чен Ын 김정은 ２０２４年');
    expect(joinWordRuns('Kim Jong-un -- x-', true)).toBe('Kim Jong-un -- x-');
    expect(joinWordRuns('')).toBe('');
    expect(joinWordRuns(' .,;— ')).toBe('');
  });

  it('reads characters outside the Basic Multilingual Plane whole, word or not', () => {
    // 𝐀 (a mathematical letter) and 𠀀 (a Han character) are letters; 😀 is not.
    expect(joinWordRuns('a😀b 𝐀𝐁 x𠀀y 😀')).toBe('a b 𝐀𝐁 x𠀀y');
    expect(joinWordRuns('😀𝐀😀')).toBe('𝐀');
  });

  it('gives what the Unicode regular expression gives, on text drawn from many kinds of character', () => {
    // Letters, digits and marks of several scripts, other numbers (², Ⅻ), punctuation, spaces,
    // astral characters and lone surrogates, in random strings from a fixed seed.
    const alphabet = [
      ...'aZz09-_ \u00a0\t\n.,’\'"«»—–éßİıΣςЖж김정은漢字٣²Ⅻ\u0301\u200d',
      '\u{1d400}',
      '\u{1f600}',
      '\u{20000}',
      '\ud800',
      '\udc00',
    ];
    let seed = 42;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 2000; n += 1) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => alphabet[Math.floor(next() * alphabet.length)]!,
      ).join('');
      expect(joinWordRuns(text), JSON.stringify(text)).toBe(byRegex(text, false));
      expect(joinWordRuns(text, true), JSON.stringify(text)).toBe(byRegex(text, true));
    }
  });
});
