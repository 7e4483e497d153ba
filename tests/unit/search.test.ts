import { describe, expect, it } from 'vitest';
import {
  buildHighlightPattern,
  findPrintedNames,
  parseAliasMap,
  buildSearchMeta,
  formatFilterValue,
  formatResultMeta,
  formatSearchState,
  hasFilters,
  highlightTerms,
  leaveOutCommonWords,
  MAX_QUERY_LENGTH,
  PAGE_TYPE_LABELS,
  PAGE_TYPES,
  parseSearchState,
  prepareQuery,
  SEARCH_FILTERS,
  SORT_ORDERS,
  toPagefindOptions,
  withFilterCounts,
  EAGER_FILTERS,
  formatMetaLinks,
  parseMetaLinks,
  queryFigure,
  queryNamesEntity,
  orderGroups,
  resultGroups,
  type SearchState,
} from '../../src/lib/search';

describe('PAGE_TYPES', () => {
  it('names the six kinds of page search returns, each with a label', () => {
    expect([...PAGE_TYPES].sort()).toEqual(['analysis', 'entity', 'figures', 'report', 'source', 'timeline']);
    for (const type of PAGE_TYPES) expect(PAGE_TYPE_LABELS[type]).toMatch(/^[A-Z]/);
  });
});

describe('PAGE_TYPE_LABELS', () => {
  it('calls a source page a source record, as its page does', () => {
    expect(PAGE_TYPE_LABELS.source).toBe('Source record');
  });
});

describe('SEARCH_FILTERS', () => {
  it('offers type, topic, outlet, entity and year, in that order', () => {
    expect(SEARCH_FILTERS.map((f) => f.key)).toEqual(['type', 'topic', 'outlet', 'entity', 'year']);
  });
});

describe('SORT_ORDERS', () => {
  it('has relevance first, as the default', () => {
    expect(SORT_ORDERS[0]).toBe('relevance');
  });
});

describe('buildSearchMeta', () => {
  it('files a report under every year of its source dates and sorts it by them, not by its publication date', () => {
    expect(
      buildSearchMeta({
        type: 'report',
        date: '2026-11-22',
        dated: { from: '2024-12', to: '2025-10-15' },
        tieBreakDate: '2026-11-22',
        outlet: 'NPR',
        topics: ['Drones', 'Drones', 'Casualties'],
      }),
    ).toEqual({
      filters: [
        ['type', 'report'],
        ['year', '2024'],
        ['year', '2025'],
        ['outlet', 'NPR'],
        ['topic', 'Drones'],
        ['topic', 'Casualties'],
      ],
      meta: [
        ['type', 'report'],
        ['date', '2026-11-22'],
        ['outlet', 'Primary source: NPR'],
      ],
      sort: [
        ['oldest', '2024-12-01/2026-11-22'],
        ['newest', '2025-10-15/2026-11-22'],
      ],
    });
  });

  it('carries a report’s reported period as metadata, and says when its outlet is inferred', () => {
    const meta = buildSearchMeta({
      type: 'report',
      date: '2026-11-22',
      dated: { from: '2024-12', to: '2024-12' },
      period: 'Source dates: December 2024 (date inferred)',
      outlet: 'Korea Daily',
      outletInferred: true,
    });
    expect(meta.meta).toContainEqual(['period', 'Source dates: December 2024 (date inferred)']);
    expect(meta.meta).toContainEqual(['outlet', 'Primary source: Korea Daily (outlet inferred)']);
    // The filter value is the outlet's name: one outlet, one choice, however it is known.
    expect(meta.filters).toContainEqual(['outlet', 'Korea Daily']);
    expect(meta.filters.filter(([key]) => key === 'year')).toEqual([['year', '2024']]);
  });

  it('gives a page without a date no year, and sort keys that put it last in both date orders', () => {
    const meta = buildSearchMeta({ type: 'entity', entities: ['Kim Jong Un'] });
    expect(meta.filters).toEqual([
      ['type', 'entity'],
      ['entity', 'Kim Jong Un'],
    ]);
    expect(meta.meta).toEqual([
      ['type', 'entity'],
      ['undated', 'true'],
    ]);
    const oldest = meta.sort.find(([k]) => k === 'oldest')![1];
    const newest = meta.sort.find(([k]) => k === 'newest')![1];
    // Text order, as Pagefind sorts these keys: after every date ascending, before every date descending.
    expect([oldest, '2025-10-15', '1999'].sort()).toEqual(['1999', '2025-10-15', oldest]);
    expect([newest, '2025-10-15', '1000'].sort()).toEqual([newest, '1000', '2025-10-15']);
  });

  it('keeps a partial date at its precision', () => {
    const meta = buildSearchMeta({
      type: 'source',
      date: '2024-12',
      dated: { from: '2024-12', to: '2024-12' },
    });
    expect(meta.sort).toContainEqual(['oldest', '2024-12-01']);
    expect(meta.filters).toContainEqual(['year', '2024']);
  });

  it('writes sort keys that compare as dates whatever the precision and the tie-break', () => {
    const key = (from: string) =>
      buildSearchMeta({ type: 'report', dated: { from, to: from }, tieBreakDate: '2026-11-22' }).sort.find(
        ([k]) => k === 'newest',
      )![1];
    // October 2025 starts after the year 2025 does: newer, as comparePartialDates orders them.
    expect(key('2025-10') > key('2025')).toBe(true);
    expect(key('2025-10-02') > key('2025-10')).toBe(true);
  });

  it('fails, saying how to write it, on a date that is not one, or a span that ends before it starts', () => {
    expect(() => buildSearchMeta({ type: 'report', date: '22/11/2026' })).toThrow(
      /search metadata: '22\/11\/2026' is not a date: write it as 'YYYY'/,
    );
    expect(() => buildSearchMeta({ type: 'report', dated: { from: '2025', to: '2024' } })).toThrow(
      /ends before it starts; swap its ends/,
    );
  });
});

describe('resultGroups', () => {
  const state = (sort: SearchState['sort'], type?: string[]): SearchState => ({
    q: 'drones',
    filters: type ? { type } : {},
    sort,
  });
  it('puts reports and analyses first, then figures, then entities, then sources, by best match', () => {
    expect(resultGroups(state('relevance')).map((g) => g.label)).toEqual([
      'Reports and analyses',
      'Figures',
      'People, groups and places',
      'Source records',
      'Timeline',
    ]);
  });
  it('in a date order, lists every type: dated pages, then those without a date', () => {
    const groups = resultGroups(state('oldest'));
    expect(groups.flatMap((g) => g.types).sort()).toEqual([...PAGE_TYPES].sort());
    expect(groups.at(-1)!.types).toEqual(['entity', 'figures']);
  });
  it('narrows each group to the types chosen, leaving out a group it empties', () => {
    expect(resultGroups(state('oldest', ['entity']))).toEqual([
      { label: 'Without a date: people, groups, places and figures', types: ['entity'] },
    ]);
  });
});

describe('orderGroups', () => {
  // Best scores in resultGroups' order: reports, figures, entities, sources.
  it('keeps the fixed order while every group holds a page about the query', () => {
    expect(orderGroups([44, 30, 25, 40])).toEqual([0, 1, 2, 3]);
  });
  it('moves a group that only mentions the words after the groups about them, keeping their order', () => {
    // Entity pages whose descriptions mention a report's subject once, beside the source record
    // whose headline it is ("surrender leaflets" on this archive: 15 against 44.5).
    expect(orderGroups([44, 15, 44.5])).toEqual([0, 2, 1]);
    expect(orderGroups([44, 10, 15, 44.5])).toEqual([0, 3, 1, 2]);
  });
  it('never moves the first group: the list starts with the reports that discuss the query', () => {
    expect(orderGroups([5, 60, 20])).toEqual([0, 1, 2]);
    expect(orderGroups([7])).toEqual([0]);
  });
});

describe('queryNamesEntity and queryFigure', () => {
  it('knows a query naming an entity by a name, an alias, or a person’s surname', () => {
    expect(queryNamesEntity('Budanov', ['Kyrylo Budanov'], true)).toBe(true);
    expect(queryNamesEntity('kim jong-un', ['Kim Jong Un'], true)).toBe(true);
    expect(queryNamesEntity('drones', ['Shahed-style drones'], false)).toBe(false);
    expect(queryNamesEntity('Kyrylo', ['Kyrylo Budanov'], true)).toBe(false);
  });
  it('reads a figure with or without separators, or in thousands', () => {
    expect(queryFigure('4,700')).toBe('4700');
    expect(queryFigure('11000')).toBe('11000');
    expect(queryFigure('332 thousand')).toBe('332000');
    expect(queryFigure('332 000')).toBe('332000');
    expect(queryFigure('drones 2025')).toBeNull();
  });
  it('writes and reads links as metadata, separators in labels made harmless', () => {
    const links = [{ href: '/figures/x/#claim-a', label: 'a | b; c', value: '4700' }];
    expect(parseMetaLinks(formatMetaLinks(links))).toEqual([
      { href: '/figures/x/#claim-a', label: 'a , b, c', value: '4700' },
    ]);
  });
});

describe('parseSearchState', () => {
  it('reads the query, repeated filter values and the order', () => {
    expect(parseSearchState('?q=drones&type=report&type=source&topic=Drone+warfare&sort=newest')).toEqual({
      q: 'drones',
      filters: { type: ['report', 'source'], topic: ['Drone warfare'] },
      sort: 'newest',
    });
  });

  it('ignores unknown parameters, empty and repeated values, and an unknown order', () => {
    expect(parseSearchState('q=&colour=red&year=&year=2024&year=2024&sort=random')).toEqual({
      q: '',
      filters: { year: ['2024'] },
      sort: 'relevance',
    });
  });
});

describe('formatSearchState', () => {
  it('writes the state back so that reading it gives the same state', () => {
    const state = {
      q: 'Kim Jong-un',
      filters: { year: ['2024'], type: ['report'] },
      sort: 'oldest' as const,
    };
    const text = formatSearchState(state);
    expect(text).toBe('q=Kim+Jong-un&type=report&year=2024&sort=oldest');
    expect(parseSearchState(text)).toEqual({ ...state, filters: { type: ['report'], year: ['2024'] } });
  });

  it('leaves out an empty query and the default order', () => {
    expect(formatSearchState({ q: '  ', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('hasFilters', () => {
  it('is true only when some filter has a value', () => {
    expect(hasFilters({ q: 'x', filters: {}, sort: 'relevance' })).toBe(false);
    expect(hasFilters({ q: 'x', filters: { type: [] }, sort: 'relevance' })).toBe(false);
    expect(hasFilters({ q: 'x', filters: { type: ['report'] }, sort: 'relevance' })).toBe(true);
  });
});

describe('toPagefindOptions', () => {
  const state = { q: 'x', filters: { type: ['report', 'source'], year: ['2024'] }, sort: 'newest' as const };

  it('combines values in one filter with any (OR), and sorts by date', () => {
    expect(toPagefindOptions(state)).toEqual({
      filters: { type: { any: ['report', 'source'] }, year: { any: ['2024'] } },
      sort: { newest: 'desc' },
    });
  });

  it('can leave one filter out, for that filter’s own counts', () => {
    expect(toPagefindOptions(state, 'type').filters).toEqual({ year: { any: ['2024'] } });
  });

  it('sorts oldest first ascending and leaves relevance to Pagefind', () => {
    expect(toPagefindOptions({ ...state, sort: 'oldest' }).sort).toEqual({ oldest: 'asc' });
    expect(toPagefindOptions({ ...state, sort: 'relevance' })).not.toHaveProperty('sort');
  });
});

describe('EAGER_FILTERS', () => {
  it('leaves out the entity filter, whose data grows with every person, group and place', () => {
    expect(EAGER_FILTERS).toEqual(['type', 'topic', 'outlet', 'year']);
    expect(EAGER_FILTERS).not.toContain('entity');
  });
});

describe('withFilterCounts', () => {
  it('names the filters to count with an empty list, which narrows nothing', () => {
    const options = toPagefindOptions({ q: 'x', filters: { type: ['report'] }, sort: 'newest' });
    expect(withFilterCounts(options, ['type', 'year', 'entity'])).toEqual({
      filters: { type: { any: ['report'] }, year: [], entity: [] },
      sort: { newest: 'desc' },
    });
  });

  it('leaves the options it was given unchanged', () => {
    const options = toPagefindOptions({ q: 'x', filters: {}, sort: 'relevance' });
    withFilterCounts(options, ['topic']);
    expect(options).toEqual({ filters: {} });
  });
});

describe('prepareQuery', () => {
  it('returns null when there is no letter or digit to search for', () => {
    expect(prepareQuery('')).toBeNull();
    expect(prepareQuery(' ?!… "<>" ')).toBeNull();
  });

  it('drops thousands separators from numbers, and only those', () => {
    expect(prepareQuery(' 332,000 troops ')).toBe('332000 troops');
    expect(prepareQuery('1,234,567')).toBe('1234567');
    expect(prepareQuery('3,5 and 12,3456')).toBe('3,5 and 12,3456');
  });

  it('writes a figure given in thousands or millions as digits, as the index holds it', () => {
    expect(prepareQuery('332 thousand')).toBe('332000');
    expect(prepareQuery('1 million Russian casualties')).toBe('1000000 Russian casualties');
    expect(prepareQuery('thousands of troops')).toBe('thousands of troops');
  });

  it('cuts a very long query at a word boundary', () => {
    const query = prepareQuery('drone '.repeat(2000))!;
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.endsWith('drone')).toBe(true);
    expect(prepareQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('keeps markup characters as typed: escaping is the display’s job', () => {
    expect(prepareQuery('<img src=x>')).toBe('<img src=x>');
  });
});

describe('leaveOutCommonWords', () => {
  it('searches the words that narrow the search and names the common ones left out', () => {
    expect(leaveOutCommonWords('drones in Kursk')).toEqual({ query: 'drones Kursk', leftOut: ['in'] });
    expect(leaveOutCommonWords('The casualties of the war')).toEqual({
      query: 'casualties war',
      leftOut: ['the', 'of'],
    });
  });

  it('reads a word without the punctuation around it, and keeps the punctuation of the words it keeps', () => {
    expect(leaveOutCommonWords('leaflets, (and) drones')).toEqual({
      query: 'leaflets, drones',
      leftOut: ['and'],
    });
    expect(leaveOutCommonWords('in-depth report')).toEqual({ query: 'in-depth report', leftOut: [] });
  });

  it('searches a query of common words only as typed', () => {
    expect(leaveOutCommonWords('the')).toEqual({ query: 'the', leftOut: [] });
    expect(leaveOutCommonWords('By the, and of')).toEqual({ query: 'By the, and of', leftOut: [] });
  });

  it('keeps names and acronyms that look like function words', () => {
    expect(leaveOutCommonWords('US WHO May Will no not')).toEqual({
      query: 'US WHO May Will no not',
      leftOut: [],
    });
  });

  it('keeps every word of a phrase in quotation marks, and makes curly marks straight for Pagefind', () => {
    expect(leaveOutCommonWords('"sold for money"')).toEqual({ query: '"sold for money"', leftOut: [] });
    expect(leaveOutCommonWords(' “sold for money” ')).toEqual({ query: '"sold for money"', leftOut: [] });
    expect(leaveOutCommonWords('drones "in Kursk')).toEqual({ query: 'drones "in Kursk', leftOut: [] });
  });
});

describe('formatFilterValue', () => {
  it('labels page types and shows other values as stored', () => {
    expect(formatFilterValue('type', 'source')).toBe('Source record');
    expect(formatFilterValue('type', 'unknown')).toBe('unknown');
    expect(formatFilterValue('topic', 'Drone warfare')).toBe('Drone warfare');
  });
});

describe('formatResultMeta', () => {
  it('joins type, date at its precision and outlet', () => {
    expect(formatResultMeta({ type: 'report', date: '2024-12-23', outlet: 'NPR' })).toBe(
      'Report · 23 December 2024 · NPR',
    );
    expect(formatResultMeta({ type: 'source', date: '2024-12' })).toBe('Source record · December 2024');
  });

  it('puts a report’s reported period first and says its own date is its publication', () => {
    expect(
      formatResultMeta({
        type: 'report',
        period: 'Source dates: December 2024\u00a0– 2025 (dates inferred)',
        date: '2026-11-22',
        outlet: 'NPR',
      }),
    ).toBe(
      'Report · Source dates: December 2024\u00a0– 2025 (dates inferred) · Published 22 November 2026 · NPR',
    );
  });

  it('shows an unreadable date as given and leaves out what is missing', () => {
    expect(formatResultMeta({ date: 'soon' })).toBe('soon');
    expect(formatResultMeta({})).toBe('');
  });
});

describe('highlightTerms', () => {
  it('takes the distinct words of two or more characters, lower case, numbers without separators', () => {
    expect(highlightTerms('Kim Jong-un, a 332,000 A kim')).toEqual(['kim', 'jong', 'un', '332000']);
  });

  it('keeps at most ten words and none from markup-only input', () => {
    expect(highlightTerms('aa bb cc dd ee ff gg hh ii jj kk ll')).toHaveLength(10);
    expect(highlightTerms('<> "" !!')).toEqual([]);
  });
});

describe('buildHighlightPattern', () => {
  const find = (terms: string[], text: string): string[] =>
    [...text.matchAll(buildHighlightPattern(terms)!)].map((m) => m[0]);

  it('marks later forms of a word and every form of a stem', () => {
    expect(find(['drone'], 'Drones and drone-makers, not hydrones')).toEqual(['Drones', 'drone']);
    expect(find(['burned'], 'burning, burned and burns; unburned')).toEqual(['burning', 'burned', 'burns']);
  });

  it('marks numbers with or without thousands separators', () => {
    expect(find(['332000'], 'some 332,000 or 332000 troops')).toEqual(['332,000', '332000']);
  });

  it('treats regular-expression characters as text and returns null when there is nothing to mark', () => {
    expect(find(['a.b'], 'a.b axb')).toEqual(['a.b']);
    expect(buildHighlightPattern([])).toBeNull();
    expect(buildHighlightPattern(['x'])).toBeNull();
  });

  it('marks words shorter than four characters only as whole words', () => {
    expect(find(['kim', 'un'], 'Kim Jong-un, unusually, Kimberly, un')).toEqual(['Kim', 'un', 'un']);
  });

  it('marks printed names as whole phrases, with a space or hyphen between their words', () => {
    expect(
      [
        ...'Kim Jong-un met Kim Jong Un, not Kim Jong Unification'.matchAll(
          buildHighlightPattern([], ['Kim Jong Un'])!,
        ),
      ].map((m) => m[0]),
    ).toEqual(['Kim Jong-un', 'Kim Jong Un']);
  });

  it('marks words in any script', () => {
    expect(find(['зеленський'], 'Президент Зеленський сказав')).toEqual(['Зеленський']);
  });
});

describe('parseAliasMap', () => {
  it('reads unprinted=printed entries and skips malformed ones', () => {
    expect(parseAliasMap('Zelenskyy|Зеленський=Zelensky;broken;=x;Kim Jong Un=Kim Jong-un')).toEqual([
      { unprinted: ['Zelenskyy', 'Зеленський'], printed: ['Zelensky'] },
      { unprinted: ['Kim Jong Un'], printed: ['Kim Jong-un'] },
    ]);
    expect(parseAliasMap(undefined)).toEqual([]);
  });
});

describe('findPrintedNames', () => {
  const map = parseAliasMap('Zelenskyy|Зеленський=Zelensky|Volodymyr Zelensky;Lee Sung-kwon=Lee Seong-kweun');

  it('gives the printed names of an entity whose unprinted name the reader searched', () => {
    expect(findPrintedNames('Зеленський', map)).toEqual(['Zelensky', 'Volodymyr Zelensky']);
    expect(findPrintedNames('what did lee sung kwon say', map)).toEqual(['Lee Seong-kweun']);
  });

  it('gives nothing when the query holds only part of an unprinted name, or none', () => {
    expect(findPrintedNames('Lee', map)).toEqual([]);
    expect(findPrintedNames('drones', map)).toEqual([]);
  });
});
