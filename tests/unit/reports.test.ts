import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  articleKind,
  countWords,
  findNeighbours,
  groupByKeys,
  readingMinutes,
  sortReportsNewestFirst,
  type SortableReport,
} from '../../src/lib/reports';

function partial(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`test fixture '${text}' did not parse: ${result.error}`);
  return result.date;
}

function report(id: string, publishedAt: string, primarySourceDate: string, title = id): SortableReport {
  return {
    id,
    publishedAt: new Date(`${publishedAt}T00:00:00Z`),
    primarySourceDate: partial(primarySourceDate),
    title,
  };
}

describe('articleKind', () => {
  it('calls an analysis an analysis and every other article a report', () => {
    expect(articleKind('analysis')).toBe('Analysis');
    expect(articleKind('report')).toBe('Report');
  });
});

describe('sortReportsNewestFirst', () => {
  it('puts the report the archive published most recently first', () => {
    const reports = [
      report('a', '2026-11-20', '2024-12-01'),
      report('b', '2026-11-22', '2024-12-01'),
      report('c', '2026-11-21', '2024-12-01'),
    ];
    expect(sortReportsNewestFirst(reports).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('on the same publication day, puts the report on fresher news first', () => {
    const reports = [
      report('older-news', '2026-11-22', '2024-12-17'),
      report('fresher-news', '2026-11-22', '2024-12-23'),
      report('oldest-news', '2026-11-22', '2024-11'),
    ];
    expect(sortReportsNewestFirst(reports).map((r) => r.id)).toEqual([
      'fresher-news',
      'older-news',
      'oldest-news',
    ]);
  });

  it('publication day outranks the news date: an older story published later still comes first', () => {
    const reports = [
      report('new-story', '2026-11-21', '2025-06-01'),
      report('old-story', '2026-11-22', '2024-01-01'),
    ];
    expect(sortReportsNewestFirst(reports).map((r) => r.id)).toEqual(['old-story', 'new-story']);
  });

  it('on the same day and news date, orders by title A to Z, ignoring case', () => {
    const reports = [
      report('z', '2026-11-22', '2024-12', 'Zaporizhzhia front'),
      report('b', '2026-11-22', '2024-12', 'Banana'),
      report('a', '2026-11-22', '2024-12', 'apple'),
    ];
    expect(sortReportsNewestFirst(reports).map((r) => r.title)).toEqual([
      'apple',
      'Banana',
      'Zaporizhzhia front',
    ]);
  });

  it('returns a new array and leaves the input in its order', () => {
    const reports = [report('a', '2026-11-20', '2024-12'), report('b', '2026-11-22', '2024-12')];
    const sorted = sortReportsNewestFirst(reports);
    expect(sorted).not.toBe(reports);
    expect(reports.map((r) => r.id)).toEqual(['a', 'b']);
    expect(sorted.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('keeps extra fields on each report', () => {
    const withSlug = { ...report('a', '2026-11-22', '2024'), slug: 'drone-losses' };
    expect(sortReportsNewestFirst([withSlug])[0]?.slug).toBe('drone-losses');
  });

  it('returns an empty list for no reports', () => {
    expect(sortReportsNewestFirst([])).toEqual([]);
  });
});

describe('findNeighbours', () => {
  const ordered = [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }];

  it('gives a report in the middle both a newer and an older neighbour', () => {
    expect(findNeighbours(ordered, 'middle')).toEqual({ newer: { id: 'newest' }, older: { id: 'oldest' } });
  });

  it('gives the newest report only an older neighbour', () => {
    const result = findNeighbours(ordered, 'newest');
    expect(result.older).toEqual({ id: 'middle' });
    expect(result).not.toHaveProperty('newer');
  });

  it('gives the oldest report only a newer neighbour', () => {
    const result = findNeighbours(ordered, 'oldest');
    expect(result.newer).toEqual({ id: 'middle' });
    expect(result).not.toHaveProperty('older');
  });

  it('gives the only report in a list no neighbours', () => {
    const result = findNeighbours([{ id: 'only' }], 'only');
    expect(result).not.toHaveProperty('newer');
    expect(result).not.toHaveProperty('older');
  });

  it('throws, naming the id, when the report is not in the list', () => {
    expect(() => findNeighbours(ordered, 'missing')).toThrow("'missing' is not in the list");
  });
});

describe('countWords', () => {
  it('counts the words of plain prose', () => {
    expect(countWords('North Korean troops arrived in Kursk.')).toBe(6);
  });

  it('returns 0 for an empty body', () => {
    expect(countWords('')).toBe(0);
  });

  it('does not count the frontmatter', () => {
    expect(countWords('---\ntitle: "Five words in a title"\ntopics: [drones]\n---\nOne two three.\n')).toBe(
      3,
    );
  });

  it('does not count citation markers or the notes they point to', () => {
    const body =
      'Ukraine says so.[^video] It repeats it.[^lead][^video]\n\n[^video]: @surrender-leaflets, ¶ 2–3\n[^lead]: @surrender-leaflets, ¶ 1\n';
    expect(countWords(body)).toBe(6);
  });

  it('counts link text but not link targets', () => {
    expect(
      countWords('Read [the full report](https://example.com/north-korea/drone-warfare-report) now.'),
    ).toBe(5);
  });

  it('does not count HTML tags or their attributes', () => {
    expect(
      countWords('<abbr title="Democratic People\'s Republic of Korea">DPRK</abbr> troops<br/>fought'),
    ).toBe(3);
  });

  it('does not count Markdown punctuation: headings, emphasis, lists, quotes', () => {
    expect(countWords('## A heading\n\n- **bold** item\n- _italic_ item\n\n> quoted words\n')).toBe(8);
  });

  it("counts contractions, decimals and thousands as one word each (don't, 3.5, 1,000, Russia’s)", () => {
    expect(countWords("Don't say 3.5 km or 1,000 troops, say Russia’s.")).toBe(9);
  });

  it('counts words in any script, such as Ukrainian and Korean', () => {
    expect(countWords('Курська область 김정은 위원장')).toBe(4);
  });
});

describe('readingMinutes', () => {
  it('reads 230 words a minute, rounding to the nearest minute', () => {
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(344)).toBe(1);
    expect(readingMinutes(345)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });

  it('never says less than 1 minute, even for an empty report', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(50)).toBe(1);
  });

  it('accepts another pace', () => {
    expect(readingMinutes(300, 100)).toBe(3);
  });
});

describe('groupByKeys', () => {
  it('puts an item under every key it carries, once per key, keeping the list order', () => {
    const items = [
      { id: 'a', tags: ['x', 'y'] },
      { id: 'b', tags: ['y'] },
      { id: 'c', tags: ['x', 'x'] },
    ];
    const groups = groupByKeys(items, (i) => i.tags);
    expect(groups.get('x')?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(groups.get('y')?.map((i) => i.id)).toEqual(['a', 'b']);
    expect(groups.has('z')).toBe(false);
  });
});
