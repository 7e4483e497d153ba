import { describe, expect, it } from 'vitest';
import { entityNames, findSharedAliases, normaliseSpelling } from '../../src/lib/aliases';

const entity = (id: string, name: string, aliases: string[] = []) => ({
  id,
  path: `content/entities/${id}.yaml`,
  name,
  aliases,
});

describe('normaliseSpelling', () => {
  it('ignores case, repeated spaces, curly apostrophes and compatibility forms', () => {
    expect(normaliseSpelling('  Lee   Seong-kweun ')).toBe('lee seong-kweun');
    expect(normaliseSpelling('Kim Jong Un’s')).toBe("kim jong un's");
    expect(normaliseSpelling('ＫＩＭ')).toBe('kim');
  });
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
  it('gives each entity its id, file, name and the aliases that are text', () => {
    const file = {
      id: 'kim-jong-un',
      path: 'content/entities/kim-jong-un.yaml',
      data: { name: 'Kim Jong Un', aliases: ['Kim Jong-un', 7], kind: 'person' },
    };
    expect(entityNames([file])).toEqual([
      {
        id: 'kim-jong-un',
        path: 'content/entities/kim-jong-un.yaml',
        name: 'Kim Jong Un',
        aliases: ['Kim Jong-un'],
      },
    ]);
  });

  it('gives an entity without aliases an empty list, and leaves out one without a name (the schema check reports it)', () => {
    expect(
      entityNames([
        { id: 'a', path: 'a.yaml', data: { name: 'A' } },
        { id: 'b', path: 'b.yaml', data: { aliases: ['B'] } },
      ]),
    ).toEqual([{ id: 'a', path: 'a.yaml', name: 'A', aliases: [] }]);
  });
});
