import { describe, expect, it } from 'vitest';
import { collectReferences, findDanglingReferences, findDuplicateIds } from '../../src/lib/references';

describe('collectReferences', () => {
  it('collects plain ids, lists of ids and ids nested in citation objects, naming the field', () => {
    const data = {
      sources: ['a', 'b'],
      claimant: 'kim',
      roles: [{ title: 'x', organisation: 'org' }, { title: 'y' }],
    };
    expect(
      collectReferences('f.yaml', data, {
        sources: 'sources',
        claimant: 'entities',
        'roles.organisation': 'entities',
      }),
    ).toEqual([
      { path: 'f.yaml', field: 'sources[0]', collection: 'sources', id: 'a' },
      { path: 'f.yaml', field: 'sources[1]', collection: 'sources', id: 'b' },
      { path: 'f.yaml', field: 'claimant', collection: 'entities', id: 'kim' },
      { path: 'f.yaml', field: 'roles[0].organisation', collection: 'entities', id: 'org' },
    ]);
  });

  it('returns nothing for a field the file does not have', () => {
    expect(collectReferences('f.yaml', {}, { sources: 'sources' })).toEqual([]);
  });
});

describe('findDanglingReferences', () => {
  it('names the file, the field, the missing id and the fix for a reference to a missing entry', () => {
    const uses = [
      { path: 'content/reports/x.md', field: 'sources[1]', collection: 'sources', id: 'ghost' },
      { path: 'content/reports/x.md', field: 'sources[0]', collection: 'sources', id: 'real' },
    ];
    const messages = findDanglingReferences(uses, { sources: new Set(['real']) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('content/reports/x.md');
    expect(messages[0]).toContain("'sources[1]'");
    expect(messages[0]).toContain("'ghost'");
    expect(messages[0]).toContain('content/sources/ghost.yaml');
  });

  it('treats a reference into a collection with no entries as dangling', () => {
    expect(
      findDanglingReferences([{ path: 'p', field: 'entities[0]', collection: 'entities', id: 'kim' }], {}),
    ).toHaveLength(1);
  });
});

describe('findDuplicateIds', () => {
  it('reports an id used by two files, naming both', () => {
    const messages = findDuplicateIds([
      { id: 'a', path: 'content/reports/a.md' },
      { id: 'a', path: 'content/reports/a.mdx' },
      { id: 'b', path: 'content/reports/b.md' },
    ]);
    expect(messages).toEqual([expect.stringContaining('content/reports/a.md and content/reports/a.mdx')]);
  });

  it('accepts unique ids', () => {
    expect(
      findDuplicateIds([
        { id: 'a', path: 'a.md' },
        { id: 'b', path: 'b.md' },
      ]),
    ).toEqual([]);
  });
});
