/**
 * A search address is anyone's to write (issue 23, 11): what the page cannot use is ignored and
 * named, cut short, and never runs the search on values the index does not hold.
 */
import { describe, expect, it } from 'vitest';
import {
  describeIgnored,
  MAX_SHOWN_PARAM,
  MAX_VALUES_PER_FILTER,
  readSearchUrl,
  unknownFilterValues,
} from '../../src/lib/search';

describe('readSearchUrl', () => {
  it('reads a good address and ignores nothing', () => {
    expect(readSearchUrl('?q=drones&type=report&topic=Drone+warfare&year=2024&sort=newest')).toEqual({
      state: {
        q: 'drones',
        filters: { type: ['report'], topic: ['Drone warfare'], year: ['2024'] },
        sort: 'newest',
      },
      ignored: [],
    });
  });

  it('names an unknown parameter once, an unknown page type and an unknown order', () => {
    const { state, ignored } = readSearchUrl('?q=x&colour=red&colour=blue&type=poem&type=source&sort=random');
    expect(state).toEqual({ q: 'x', filters: { type: ['source'] }, sort: 'relevance' });
    expect(ignored).toEqual([
      { key: 'colour' },
      { key: 'type', value: 'poem' },
      { key: 'sort', value: 'random' },
    ]);
  });

  it('reads at most MAX_VALUES_PER_FILTER values of a filter and names the rest', () => {
    const years = Array.from({ length: MAX_VALUES_PER_FILTER + 5 }, (_, i) => `year=${1900 + i}`).join('&');
    const { state, ignored } = readSearchUrl(years);
    expect(state.filters.year).toHaveLength(MAX_VALUES_PER_FILTER);
    expect(ignored).toHaveLength(5);
  });

  it('leaves out a filter whose every value was ignored', () => {
    expect(readSearchUrl('type=poem').state.filters).toEqual({});
  });
});

describe('unknownFilterValues', () => {
  const index = { topic: { 'Drone warfare': 3, Casualties: 0 }, year: { '2024': 5 } };

  it('drops the values the index does not hold and keeps the rest', () => {
    const state = {
      q: '',
      filters: { topic: ['Drone warfare', 'Poetry'], year: ['1066'] },
      sort: 'relevance' as const,
    };
    expect(unknownFilterValues(state, index)).toEqual({
      state: { q: '', filters: { topic: ['Drone warfare'] }, sort: 'relevance' },
      ignored: [
        { key: 'topic', value: 'Poetry' },
        { key: 'year', value: '1066' },
      ],
    });
  });

  it('keeps a value with no results (it exists) and does not judge a filter the index gave no values for', () => {
    const state = {
      q: '',
      filters: { topic: ['Casualties'], entity: ['anyone'] },
      sort: 'relevance' as const,
    };
    expect(unknownFilterValues(state, index)).toEqual({ state, ignored: [] });
  });

  it('is not fooled by a value named like an object property', () => {
    const state = { q: '', filters: { topic: ['constructor', '__proto__'] }, sort: 'relevance' as const };
    expect(unknownFilterValues(state, index).ignored).toHaveLength(2);
  });
});

describe('describeIgnored', () => {
  it('says nothing when nothing was ignored', () => {
    expect(describeIgnored([])).toBe('');
  });

  it('names one filter, or an order, in plain words', () => {
    expect(describeIgnored([{ key: 'colour' }])).toBe('Unknown filter “colour” ignored.');
    expect(describeIgnored([{ key: 'topic', value: 'Poetry' }])).toBe(
      'Unknown filter “topic: Poetry” ignored.',
    );
    expect(describeIgnored([{ key: 'sort', value: 'random' }])).toBe('Unknown order “sort: random” ignored.');
  });

  it('names at most three and counts the rest', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key }));
    expect(describeIgnored(five)).toBe('Unknown filters “a”, “b”, “c” and 2 more ignored.');
    expect(describeIgnored(five.slice(0, 2))).toBe('Unknown filters “a” and “b” ignored.');
  });

  it('cuts a long name or value, by characters, never inside one', () => {
    const long = '가'.repeat(MAX_SHOWN_PARAM + 500);
    const text = describeIgnored([{ key: 'topic', value: long }]);
    expect(text).toBe(`Unknown filter “topic: ${'가'.repeat(MAX_SHOWN_PARAM)}…” ignored.`);
    const emoji = describeIgnored([{ key: '😀'.repeat(MAX_SHOWN_PARAM + 1) }]);
    expect(emoji).toBe(`Unknown filter “${'😀'.repeat(MAX_SHOWN_PARAM)}…” ignored.`);
  });
});
