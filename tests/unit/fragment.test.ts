import { describe, expect, it } from 'vitest';
import { fragmentId, MAX_FRAGMENT_LENGTH } from '../../src/lib/fragment';

describe('fragmentId', () => {
  it('decodes the id an address points at, with or without its #', () => {
    expect(fragmentId('#p-3')).toBe('p-3');
    expect(fragmentId('%EC%9A%94%EC%95%BD')).toBe('요약');
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#')).toBe('');
  });

  it('names nothing, without throwing, for a malformed escape', () => {
    for (const hash of ['#%E0%A4%A', '#%', '#%zz', '#p-3%']) expect(fragmentId(hash)).toBe('');
  });

  it('names nothing for a fragment longer than any id the site gives', () => {
    expect(fragmentId(`#${'a'.repeat(MAX_FRAGMENT_LENGTH)}`)).toBe('a'.repeat(MAX_FRAGMENT_LENGTH));
    expect(fragmentId(`#${'a'.repeat(MAX_FRAGMENT_LENGTH + 1)}`)).toBe('');
  });
});
