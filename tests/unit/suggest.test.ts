import { describe, expect, it } from 'vitest';
import { editDistance, suggestNames } from '../../src/lib/suggest';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit, like a dropped, added or changed letter', () => {
    expect(editDistance('zelenksy', 'zelensky')).toBe(1);
    expect(editDistance('budanv', 'budanov')).toBe(1);
    expect(editDistance('kursk', 'kurks')).toBe(1);
    expect(editDistance('sumy', 'sumy')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
  it('stops early past the limit', () => {
    expect(editDistance('pyongyang', 'kursk', 2)).toBe(3);
  });
});

describe('suggestNames', () => {
  // Names as the entity files write them (content/entities).
  const names = [
    'Volodymyr Zelensky',
    'Zelenskyy',
    'Kyrylo Budanov',
    'Kim Jong Un',
    'Kursk region',
    'Sumy region',
  ];
  it('offers the name nearest to a misspelt word', () => {
    expect(suggestNames('Zelenksy', names)[0]).toBe('Zelensky');
    expect(suggestNames('Budanv', names)).toEqual(['Budanov']);
  });
  it('offers a whole name for a misspelt name of several words', () => {
    expect(suggestNames('Kim Jong Um', names)).toEqual(['Kim Jong Un']);
  });
  it('offers nothing for a short word or a name spelt right', () => {
    expect(suggestNames('Kim', names)).toEqual([]);
    expect(suggestNames('Kyrylo Budanov', names)).toEqual([]);
  });
});
