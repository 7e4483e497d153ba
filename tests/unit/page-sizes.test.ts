import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZES, formatPageSizes, parsePageSizes } from '../../src/config/page-sizes';

describe('parsePageSizes', () => {
  it('gives the site’s sizes when KURSK_PAGE_SIZES is unset or blank', () => {
    expect(parsePageSizes(undefined)).toEqual(DEFAULT_PAGE_SIZES);
    expect(parsePageSizes('  ')).toEqual(DEFAULT_PAGE_SIZES);
    expect(DEFAULT_PAGE_SIZES).toEqual({
      reportsPerPage: 4,
      listPageSize: 20,
      previewSize: 10,
      sourcesPerPage: 50,
      feedSize: 50,
    });
  });

  it('sets the sizes it names and keeps the default of the others', () => {
    expect(parsePageSizes('reportsPerPage=2, listPageSize = 3')).toEqual({
      ...DEFAULT_PAGE_SIZES,
      reportsPerPage: 2,
      listPageSize: 3,
    });
  });

  it('reads back what formatPageSizes writes', () => {
    const sizes = { reportsPerPage: 2, listPageSize: 3, previewSize: 2, sourcesPerPage: 3, feedSize: 5 };
    expect(parsePageSizes(formatPageSizes(sizes))).toEqual(sizes);
  });

  it('rejects an unknown name, listing the sizes there are', () => {
    expect(() => parsePageSizes('reportsPerPage=2,perPage=3')).toThrow(
      "KURSK_PAGE_SIZES: 'perPage=3' does not name a page size; the sizes are reportsPerPage, listPageSize, previewSize, sourcesPerPage, feedSize",
    );
  });

  it('rejects a size that is not a whole number of at least 1, naming it and the value', () => {
    for (const value of ['0', '-2', '2.5', 'two', '', '1e2'])
      expect(() => parsePageSizes(`listPageSize=${value}`), value).toThrow(
        `KURSK_PAGE_SIZES: listPageSize must be a whole number of at least 1, not '${value}'`,
      );
  });

  it('rejects an entry without a single = and a size given twice', () => {
    expect(() => parsePageSizes('feedSize')).toThrow(
      "KURSK_PAGE_SIZES: 'feedSize' must be written name=number",
    );
    expect(() => parsePageSizes('feedSize=2=3')).toThrow("'feedSize=2=3' must be written name=number");
    expect(() => parsePageSizes('feedSize=2,feedSize=3')).toThrow(
      'KURSK_PAGE_SIZES: feedSize is given twice; give it once.',
    );
  });
});
