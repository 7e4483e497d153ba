import { describe, expect, it } from 'vitest';
import { ACCESS_DATE_PLACEHOLDER, CITATION_STYLES, formatAccessDate } from '../../src/lib/access-date';

describe('formatAccessDate', () => {
  const day = { year: 2026, month: 9, day: 5 };

  it('writes the date in each style’s own form', () => {
    expect(formatAccessDate('apa', day)).toBe('September 5, 2026');
    expect(formatAccessDate('chicago', day)).toBe('September 5, 2026');
    expect(formatAccessDate('mla', day)).toBe('5 Sept. 2026');
    expect(formatAccessDate('bibtex', day)).toBe('2026-09-05');
    expect(formatAccessDate('ris', day)).toBe('2026/09/05');
  });

  it('does not abbreviate short month names in MLA', () => {
    expect(formatAccessDate('mla', { year: 2026, month: 5, day: 1 })).toBe('1 May 2026');
    expect(formatAccessDate('mla', { year: 2026, month: 6, day: 30 })).toBe('30 June 2026');
  });
});

describe('ACCESS_DATE_PLACEHOLDER', () => {
  it('is a visible placeholder, not a date', () => {
    expect(ACCESS_DATE_PLACEHOLDER).toBe('[date accessed]');
  });
});

describe('CITATION_STYLES', () => {
  it('offers the five styles', () => {
    expect(CITATION_STYLES).toEqual(['apa', 'mla', 'chicago', 'bibtex', 'ris']);
  });
});
