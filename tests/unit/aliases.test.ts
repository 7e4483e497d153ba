import { describe, expect, it } from 'vitest';
import {
  entityNames,
  findAliasesInNoCapture,
  findSharedAliases,
  normaliseForCapture,
  usesSpelling,
} from '../../src/lib/aliases';

const entity = (id: string, name: string, aliases: string[] = []) => ({
  id,
  path: `content/entities/${id}.yaml`,
  name,
  aliases,
});

describe('findSharedAliases', () => {
  it('accepts entities whose spellings are all distinct, and repeats within one entity', () => {
    expect(
      findSharedAliases([
        entity('lee', 'Lee Seong-kweun', ['Lee Sung-kwon', 'lee sung-kwon']),
        entity('kim', 'Kim Jong Un'),
      ]),
    ).toEqual([]);
  });

  it('names both files, the fields and the fix when two entities share an alias', () => {
    const problems = findSharedAliases([
      entity('lee', 'Lee Seong-kweun', ['Lee Sung-kwon']),
      entity('lee-2', 'Lee S.', ['LEE SUNG-KWON']),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      "content/entities/lee.yaml ('aliases[0]': 'Lee Sung-kwon') and content/entities/lee-2.yaml ('aliases[0]': 'LEE SUNG-KWON')",
    );
    expect(problems[0]).toContain('remove it from content/entities/lee-2.yaml');
  });

  it('catches an alias of one entity that is the name of another', () => {
    expect(findSharedAliases([entity('a', 'Kursk'), entity('b', 'Kursk region', ['kursk'])])[0]).toContain(
      "content/entities/b.yaml ('aliases[0]': 'kursk')",
    );
  });
});

describe('entityNames', () => {
  it('gives each entity its id, file, name, aliases, and the archive’s search names apart from the aliases', () => {
    const entity = {
      id: 'putin',
      path: 'content/entities/putin.yaml',
      data: {
        name: 'Putin',
        aliases: ['Vladimir Vladimirovich Putin'],
        searchNames: [{ name: 'Vladimir Putin', lang: 'en' }],
      },
    };
    expect(entityNames([entity])).toEqual([
      {
        id: 'putin',
        path: 'content/entities/putin.yaml',
        name: 'Putin',
        aliases: ['Vladimir Vladimirovich Putin'],
        searchNames: ['Vladimir Putin'],
      },
    ]);
  });
});

describe('findSharedAliases with search names', () => {
  it('catches a search name of one entity that is a spelling of another', () => {
    const problems = findSharedAliases([
      { ...entity('putin', 'Putin'), searchNames: ['Vladimir Putin'] },
      entity('other', 'Vladimir Putin'),
    ]);
    expect(problems[0]).toContain("('searchNames[0].name': 'Vladimir Putin')");
  });
});

describe('normaliseForCapture and usesSpelling', () => {
  const capture = normaliseForCapture(
    'Ukrainian President Volodymyr Zelenskyy told reporters.\nSouth Korea’s  National Intelligence Service said so, according to Lee. The first‑person‑view drones.',
  );

  it('finds a spelling whatever its case, spacing, apostrophe style or typographic hyphen', () => {
    expect(usesSpelling(capture, "south korea's national intelligence service")).toBe(true);
    expect(usesSpelling(capture, 'ZELENSKYY')).toBe(true);
    expect(usesSpelling(capture, 'first-person-view drones')).toBe(true);
  });

  it('finds only whole words, and forgives no other difference', () => {
    expect(usesSpelling(capture, 'Lee')).toBe(true);
    expect(usesSpelling(capture, 'Zelensky')).toBe(false);
    expect(usesSpelling(capture, 'Volodymyr Zelensky')).toBe(false);
    expect(usesSpelling(capture, 'first-person view drones')).toBe(false);
    expect(usesSpelling(capture, '')).toBe(false);
  });
});

describe('findAliasesInNoCapture', () => {
  it('names the file, the alias and both fixes for an alias that no capture prints, and accepts the rest', () => {
    const captures = [normaliseForCapture('Vladimir spoke. Putin said it, and the WSJ did not.')];
    const problems = findAliasesInNoCapture(
      [entity('putin', 'Putin', ['Putin', 'Vladimir Putin']), entity('wsj', 'Wall Street Journal', ['WSJ'])],
      captures,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/entities\/putin\.yaml: 'aliases\[1\]' is 'Vladimir Putin', which no capture uses; .*copy the capture's spelling exactly.*move it to 'searchNames' as '- \{ name: "Vladimir Putin", lang: /,
      ),
    ]);
  });
});
