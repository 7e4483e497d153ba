import { describe, expect, it } from 'vitest';
import { findSharedAliases, findUnsafeSpellings } from '../../src/lib/aliases';
import {
  findCompatibilityForm,
  findInvisible,
  findMixedScriptWord,
  isCommonWord,
  isTooShort,
  showSpelling,
  spellingKey,
} from '../../src/lib/spellings';

const entity = (id: string, name: string, aliases: string[] = [], searchNames: string[] = []) => ({
  id,
  path: `content/entities/${id}.yaml`,
  name,
  aliases,
  searchNames,
});

describe('findInvisible', () => {
  it.each([
    ['\u200b', 'zero-width space'],
    ['\u00ad', 'soft hyphen'],
    ['\u202e', 'right-to-left override, a bidirectional control'],
    ['\u2066', 'left-to-right isolate, a bidirectional control'],
    ['\ufeff', 'zero-width no-break space (byte-order mark)'],
    ['\u2060', 'word joiner'],
    ['\u3164', 'an invisible character'],
  ])('finds %j and names it', (char, name) => {
    expect(findInvisible(`Kim Jong${char}Un`)).toEqual({ char, name });
  });

  it('finds nothing in names in any script, with hyphens, apostrophes and accents', () => {
    for (const name of [
      'Lee Seong-kweun',
      'Ukraine’s 8th regiment',
      'Ким Чен Ын',
      '김정은',
      'Zelenskyy',
      'Gérasimov',
    ])
      expect(findInvisible(name)).toBeUndefined();
  });
});

describe('findMixedScriptWord', () => {
  it('finds a Cyrillic letter in a Latin word, naming the word, the scripts and the letter', () => {
    expect(findMixedScriptWord('Kim J\u043eng Un')).toEqual({
      word: 'J\u043eng',
      scripts: ['Latin', 'Cyrillic'],
      letter: '\u043e',
    });
  });

  it('finds a Latin letter in a Cyrillic word, and a Greek letter in a Latin one', () => {
    expect(findMixedScriptWord('Пyтин')?.scripts).toEqual(['Cyrillic', 'Latin']);
    expect(findMixedScriptWord('Kursk regi\u03bfn')?.letter).toBe('\u03bf');
  });

  it('accepts words each in one script, names that mix scripts word by word, and combining accents', () => {
    for (const name of [
      'Ким Чен Ын',
      'Kim 김정은',
      'SA-22',
      'Ge\u0301rasimov',
      '東京タワー',
      'businessinsider.com',
    ])
      expect(findMixedScriptWord(name)).toBeUndefined();
  });
});

describe('findCompatibilityForm', () => {
  it('finds full-width and mathematical letters, with the plain letter', () => {
    expect(findCompatibilityForm('ＫＩＭ')).toEqual({ char: 'Ｋ', plain: 'K' });
    expect(findCompatibilityForm('Kim Jong \u{1d414}n')).toEqual({ char: '\u{1d414}', plain: 'U' });
  });

  it('accepts plain letters and precomposed accents in any script', () => {
    for (const name of ['Kim Jong Un', 'Gérasimov', '김정은', 'Київ'])
      expect(findCompatibilityForm(name)).toBeUndefined();
  });
});

describe('spellingKey', () => {
  it('reads spellings as the eye does: case, spaces, apostrophes, invisible characters and look-alike letters', () => {
    expect(spellingKey('  Lee   Seong-kweun ')).toBe('lee seong-kweun');
    expect(spellingKey('Kim Jong Un’s')).toBe("kim jong un's");
    expect(spellingKey('ＫＩＭ')).toBe('kim');
    expect(spellingKey('Kim Jong\u200bUn')).toBe(spellingKey('Kim JongUn'));
    expect(spellingKey('Kim J\u043eng Un')).toBe(spellingKey('Kim Jong Un'));
    expect(spellingKey('KIM JONG UN')).toBe(spellingKey('Kim Jong Un'));
  });

  it('keeps different names apart', () => {
    expect(spellingKey('Путин')).not.toBe(spellingKey('Пугин'));
    expect(spellingKey('Lee Sung-kwon')).not.toBe(spellingKey('Lee Seong-kweun'));
  });
});

describe('isCommonWord and isTooShort', () => {
  it('finds common English words in any case, with a full stop', () => {
    for (const word of ['the', 'The', 'THE', 'and', 'said', 'troops', 'Capt.'])
      expect(isCommonWord(word)).toBe(true);
  });

  it('does not take names or phrases for common words', () => {
    for (const name of ['Lee', 'Cha', 'Kursk', 'the Kremlin', 'Special Forces', 'Shahed', 'FPV'])
      expect(isCommonWord(name)).toBe(false);
  });

  it('finds spellings of fewer than three letters and digits, or one Korean, Chinese or Japanese character', () => {
    for (const short of ['Ri', 'UK', 'A.I.', '김', 'X']) expect(isTooShort(short)).toBe(true);
    for (const name of ['Lee', 'JCS', 'SA-22', '서울', '김정은']) expect(isTooShort(name)).toBe(false);
  });
});

describe('findUnsafeSpellings', () => {
  it('accepts names, aliases and search names that are safe', () => {
    expect(
      findUnsafeSpellings([
        entity('kim-jong-un', 'Kim Jong Un', ['Kim Jong-un'], ['김정은', 'Ким Чен Ын']),
        entity('ri', 'Ri'),
        entity('lee', 'Lee Seong-kweun', ['Lee'], ['Lee Sung Kwon']),
      ]),
    ).toEqual([]);
  });

  it('names the file, the field, the character as U+XXXX and the fix for an invisible character', () => {
    const [problem] = findUnsafeSpellings([entity('putin', 'Putin', ['Kim Jong\u200bUn'])]);
    expect(problem).toBe(
      "content/entities/putin.yaml: 'aliases[0]' is 'Kim Jong<U+200B>Un', which holds an invisible character, U+200B (zero-width space): it makes the spelling differ from the one readers see and type; type the spelling again without it (it usually comes with text pasted from a web page)",
    );
  });

  it('names the word, the scripts and the letter of a mixed-script search name', () => {
    const [problem] = findUnsafeSpellings([entity('putin', 'Putin', [], ['Kim J\u043eng Un'])]);
    expect(problem).toMatch(
      /^content\/entities\/putin\.yaml: 'searchNames\[0\]\.name' is 'Kim J\u043eng Un', whose word 'J\u043eng' mixes Latin and Cyrillic letters: '\u043e' \(U\+043E\) is Cyrillic.*type the word again in one script/,
    );
  });

  it('checks the display name for invisible and mixed-script characters too', () => {
    expect(findUnsafeSpellings([entity('x', 'Pu\u202etin')])[0]).toContain("'name' is 'Pu<U+202E>tin'");
    expect(findUnsafeSpellings([entity('x', 'Pu\u0442in')])[0]).toContain(
      "'name' is 'Pu\u0442in', whose word",
    );
  });

  it('refuses a common word or a two-letter alias, but not a two-letter display name', () => {
    const problems = findUnsafeSpellings([
      entity('putin', 'Putin', ['the', 'Pu'], ['Ri']),
      entity('ri', 'Ri'),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/entities\/putin\.yaml: 'aliases\[0\]' is 'the', a common English word: .*; remove it, or keep the longer form/,
      ),
      expect.stringMatching(
        /^content\/entities\/putin\.yaml: 'aliases\[1\]' is 'Pu', too short to be a name/,
      ),
      expect.stringMatching(
        /^content\/entities\/putin\.yaml: 'searchNames\[0\]\.name' is 'Ri', too short to be a name/,
      ),
    ]);
  });
});

describe('findSharedAliases with look-alike spellings', () => {
  it('finds a spelling shared by two entities when one hides an invisible or look-alike character', () => {
    const problems = findSharedAliases([
      entity('kim-jong-un', 'Kim Jong Un'),
      entity('putin', 'Putin', ['Kim Jong\u00adUn'], ['Kim J\u043eng Un']),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("content/entities/putin.yaml ('searchNames[0].name': 'Kim J\u043eng Un')");
    expect(showSpelling('Kim Jong\u00adUn')).toBe('Kim Jong<U+00AD>Un');
  });
});
