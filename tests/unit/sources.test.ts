import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  describeSource,
  formatAuthors,
  formatLocator,
  formatOutlet,
  formatPublished,
  formatShortSource,
  formatSourceTitle,
  listOutlets,
  type DescribableSource,
} from '../../src/lib/sources';

function partial(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`test fixture '${text}' did not parse: ${result.error}`);
  return result.date;
}

/** A source record with every field filled in; each test overrides what it is about. */
function source(overrides: Partial<DescribableSource> = {}): DescribableSource {
  return {
    title: 'Drones drop surrender leaflets',
    titleSuppliedByArchive: false,
    outlet: { name: 'NPR', basis: 'stated' },
    authors: ['Camilla Jessen'],
    published: { date: partial('2024-12-23'), basis: 'stated' },
    ...overrides,
  };
}

describe('formatOutlet', () => {
  it("shows a stated outlet by name: 'NPR'", () => {
    expect(formatOutlet({ outlet: { name: 'NPR', basis: 'stated' } })).toBe('NPR');
  });

  it("marks an outlet the archive inferred, saying what was inferred: 'Business Insider (outlet inferred)'", () => {
    expect(formatOutlet({ outlet: { name: 'Business Insider', basis: 'inferred' } })).toBe(
      'Business Insider (outlet inferred)',
    );
  });

  it("says 'Outlet unknown' when there is no outlet", () => {
    expect(formatOutlet({ outlet: null })).toBe('Outlet unknown');
  });
});

describe('listOutlets', () => {
  it('names each outlet once, in the order of the sources, marking inferred and unknown outlets', () => {
    const ap = source({ outlet: { name: 'AP', basis: 'stated' } });
    const inferred = source({ outlet: { name: 'AP', basis: 'inferred' } });
    const unknown = source({ outlet: null });
    expect(listOutlets([source(), ap, source(), inferred, unknown, unknown])).toEqual([
      'NPR',
      'AP',
      'AP (outlet inferred)',
      'Outlet unknown',
    ]);
    expect(listOutlets([])).toEqual([]);
  });
});

describe('formatPublished', () => {
  it("shows a stated day as '23 December 2024'", () => {
    expect(formatPublished({ published: { date: partial('2024-12-23'), basis: 'stated' } })).toBe(
      '23 December 2024',
    );
  });

  it("marks an inferred month as an inferred date: 'December 2024 (date inferred)'", () => {
    expect(formatPublished({ published: { date: partial('2024-12'), basis: 'inferred' } })).toBe(
      'December 2024 (date inferred)',
    );
  });

  it('keeps the precision of the date: a season or a year is not shown as a day', () => {
    expect(formatPublished({ published: { date: partial('2024-autumn'), basis: 'stated' } })).toBe(
      'autumn 2024',
    );
    expect(formatPublished({ published: { date: partial('2024'), basis: 'inferred' } })).toBe(
      '2024 (date inferred)',
    );
  });
});

describe('formatAuthors', () => {
  it('shows one author alone', () => {
    expect(formatAuthors({ authors: ['Youngnam Kim'] })).toBe('Youngnam Kim');
  });

  it("joins two authors with 'and'", () => {
    expect(formatAuthors({ authors: ['Ann Lee', 'Bo Park'] })).toBe('Ann Lee and Bo Park');
  });

  it("joins three or more authors with commas and a final 'and', without a serial comma", () => {
    expect(formatAuthors({ authors: ['Ann Lee', 'Bo Park', 'Cy Choi'] })).toBe(
      'Ann Lee, Bo Park and Cy Choi',
    );
    expect(formatAuthors({ authors: ['A', 'B', 'C', 'D'] })).toBe('A, B, C and D');
  });

  it('marks an author the archive inferred (from a closing biography, not a byline), and only that one', () => {
    expect(
      formatAuthors({
        authors: [
          { name: 'Joanna Kakissis', basis: 'inferred' },
          { name: 'Ann Lee', basis: 'stated' },
        ],
      }),
    ).toBe('Joanna Kakissis (author inferred) and Ann Lee');
  });

  it('shows the printed byline when no author is named, without a leading "By" that would read wrongly mid-line', () => {
    expect(formatAuthors({ authors: [], bylineAsPrinted: 'By Staff Reporters' })).toBe('Staff Reporters');
    expect(formatAuthors({ authors: [], bylineAsPrinted: 'BY STAFF' })).toBe('STAFF');
    expect(formatAuthors({ authors: [], bylineAsPrinted: 'Staff Writer' })).toBe('Staff Writer');
    expect(formatAuthors({ authors: [], bylineAsPrinted: 'Byron Lee' })).toBe('Byron Lee');
  });

  it('prefers the named authors over the printed byline', () => {
    expect(formatAuthors({ authors: ['Youngnam Kim'], bylineAsPrinted: 'YOUNGNAM KIM' })).toBe(
      'Youngnam Kim',
    );
  });

  it("says 'Author not named' when there are no authors and no printed byline", () => {
    expect(formatAuthors({ authors: [] })).toBe('Author not named');
    expect(formatAuthors({ authors: [], bylineAsPrinted: undefined })).toBe('Author not named');
  });
});

describe('formatSourceTitle', () => {
  it('shows a title the source printed as it is', () => {
    expect(formatSourceTitle({ title: 'Drones drop leaflets', titleSuppliedByArchive: false })).toBe(
      'Drones drop leaflets',
    );
  });

  it('puts a title the archive supplied in square brackets', () => {
    expect(formatSourceTitle({ title: 'Untitled Telegram post', titleSuppliedByArchive: true })).toBe(
      '[Untitled Telegram post]',
    );
  });
});

describe('formatShortSource', () => {
  it("names the outlet and the date: 'NPR, 23 December 2024'", () => {
    expect(formatShortSource(source())).toBe('NPR, 23 December 2024');
  });

  it("marks an inferred date at its precision, as a date: 'NPR, 2025 (date inferred)'", () => {
    expect(formatShortSource(source({ published: { date: partial('2025'), basis: 'inferred' } }))).toBe(
      'NPR, 2025 (date inferred)',
    );
  });

  it('marks an inferred outlet and an inferred date each for what it is', () => {
    expect(
      formatShortSource(
        source({
          outlet: { name: 'Korea Daily', basis: 'inferred' },
          published: { date: partial('2024-12'), basis: 'inferred' },
        }),
      ),
    ).toBe('Korea Daily (outlet inferred), December 2024 (date inferred)');
  });

  it("names the authors when the outlet is unknown: 'Camilla Jessen, 23 December 2024'", () => {
    expect(formatShortSource(source({ outlet: null }))).toBe('Camilla Jessen, 23 December 2024');
    expect(formatShortSource(source({ outlet: null, authors: ['Ann Lee', 'Bo Park'] }))).toBe(
      'Ann Lee and Bo Park, 23 December 2024',
    );
  });

  it('names the title in quotation marks when neither outlet nor authors are known', () => {
    expect(formatShortSource(source({ outlet: null, authors: [] }))).toBe(
      '“Drones drop surrender leaflets”, 23 December 2024',
    );
  });

  it('keeps the brackets of a title the archive supplied', () => {
    expect(
      formatShortSource(
        source({ outlet: null, authors: [], title: 'Telegram post', titleSuppliedByArchive: true }),
      ),
    ).toBe('“[Telegram post]”, 23 December 2024');
  });
});

describe('describeSource', () => {
  it('sums up outlet, authors and date in one sentence', () => {
    expect(describeSource(source({ authors: ['Ann Lee', 'Bo Park'] }))).toBe(
      'A news report published by NPR, written by Ann Lee and Bo Park, dated 23 December 2024.',
    );
  });

  it('says when the outlet and the date were inferred', () => {
    expect(
      describeSource(
        source({
          outlet: { name: 'Business Insider', basis: 'inferred' },
          published: { date: partial('2024-12'), basis: 'inferred' },
        }),
      ),
    ).toBe(
      'A news report published by Business Insider (outlet inferred), written by Camilla Jessen, dated December 2024 (date inferred).',
    );
  });

  it('says the capture names no outlet, and quotes the printed byline when no author is named', () => {
    expect(describeSource(source({ outlet: null, authors: [], bylineAsPrinted: 'YOUNGNAM KIM' }))).toBe(
      'A news report from an outlet the capture does not name, bylined “YOUNGNAM KIM”, dated 23 December 2024.',
    );
  });

  it('says no author is named when there are no authors and no byline', () => {
    expect(describeSource(source({ authors: [] }))).toBe(
      'A news report published by NPR, with no author named, dated 23 December 2024.',
    );
  });
});

describe('formatLocator', () => {
  it('joins the ¶ sign to its number with a no-break space, so a line never ends between them', () => {
    expect(formatLocator('¶ 9')).toBe('¶\u00a09');
    expect(formatLocator('¶ 3, ¶ 5')).toBe('¶\u00a03, ¶\u00a05');
  });

  it('keeps a range of paragraphs on one line: no break either side of its dash', () => {
    expect(formatLocator('¶ 52–55')).toBe('¶\u00a052\u2060–\u206055');
    expect(formatLocator('¶ 2 - 3')).toBe('¶\u00a02\u2060-\u20603');
  });

  it('leaves a locator with no ¶ or range as written', () => {
    expect(formatLocator('the caption')).toBe('the caption');
  });
});
