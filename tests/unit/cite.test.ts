import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatApa,
  formatBibtex,
  formatChicago,
  formatCitation,
  formatMla,
  formatRis,
  formatWithCitationJs,
  type CitableWork,
  type CitationJsFormat,
} from '../../src/lib/cite';

const work: CitableWork = {
  slug: 'drones-drop-leaflets',
  title: 'Ukrainian drones drop surrender leaflets over North Korean troops in Kursk',
  author: 'The Kursk Files',
  site: 'The Kursk Files',
  published: new Date('2026-11-22T00:00:00Z'),
  url: 'https://x.org/reports/drones-drop-leaflets/',
  summary: 'A video shows drones scattering leaflets.',
};

// The first APA citation loads Citation.js's CSL engine and locale, which takes seconds on a busy machine.
beforeAll(() => {
  formatApa(work);
}, 60_000);

describe('formatApa', () => {
  it('names the organisation once, dates it, and gives a retrieval date for a page that can change', () => {
    expect(formatApa(work, 'November 23, 2026')).toBe(
      'The Kursk Files. (2026, November 22). Ukrainian drones drop surrender leaflets over North Korean troops in Kursk. Retrieved November 23, 2026, from https://x.org/reports/drones-drop-leaflets/',
    );
  });

  it('names the site after the title when a person wrote the report', () => {
    expect(formatApa({ ...work, author: 'Jane Roe' }, null)).toBe(
      'Jane Roe. (2026, November 22). Ukrainian drones drop surrender leaflets over North Korean troops in Kursk. The Kursk Files. https://x.org/reports/drones-drop-leaflets/',
    );
  });

  it('keeps a paragraph anchor in the URL', () => {
    expect(formatApa({ ...work, url: `${work.url}#p-abc123` })).toMatch(
      /from https:\/\/x\.org\/reports\/drones-drop-leaflets\/#p-abc123$/,
    );
  });
});

describe('formatMla', () => {
  it('starts with the title when the site is the author, abbreviates the month and drops the scheme', () => {
    expect(formatMla(work, '23 Nov. 2026')).toBe(
      '“Ukrainian drones drop surrender leaflets over North Korean troops in Kursk.” The Kursk Files, 22 Nov. 2026, x.org/reports/drones-drop-leaflets/. Accessed 23 Nov. 2026.',
    );
  });

  it('starts with a named author', () => {
    expect(formatMla({ ...work, author: 'Jane Roe' }, null)).toMatch(/^Jane Roe\. “Ukrainian/);
  });
});

describe('formatChicago', () => {
  it('gives author, title, date, access date and URL', () => {
    expect(formatChicago(work, 'November 23, 2026')).toBe(
      'The Kursk Files. “Ukrainian drones drop surrender leaflets over North Korean troops in Kursk.” November 22, 2026. Accessed November 23, 2026. https://x.org/reports/drones-drop-leaflets/.',
    );
  });

  it('says when the report was last modified', () => {
    expect(formatChicago({ ...work, modified: new Date('2026-12-01T00:00:00Z') }, null)).toContain(
      'Published November 22, 2026; last modified December 1, 2026.',
    );
  });
});

describe('formatWithCitationJs', () => {
  it('formats a CSL item as an APA entry or a BibTeX record, trimmed', () => {
    const item = {
      id: 'x',
      'citation-key': 'kursk-files-x',
      type: 'article-newspaper',
      title: 'A title',
      author: [{ literal: 'Jane Roe' }],
      'container-title': 'The Kursk Files',
      issued: { 'date-parts': [[2026, 11, 22]] },
      URL: 'https://x.org/x/',
      abstract: 'A summary.',
    };
    expect(formatWithCitationJs(item, 'apa')).toBe(
      'Jane Roe. (2026, November 22). A title. The Kursk Files. https://x.org/x/',
    );
    expect(formatWithCitationJs(item, 'bibtex')).toMatch(
      /^@article\{\w+,\n[\s\S]*title = \{A title\}[\s\S]*\}$/,
    );
  });
});

describe('the Citation.js call passed in', () => {
  it('formats APA and BibTeX (as a cache would), from the item the work gives', () => {
    const asked: string[] = [];
    const stub: CitationJsFormat = (item, output) => {
      asked.push(`${output}:${item.title}`);
      return output === 'apa' ? `APA of ${item.title}. ${item.URL}` : '@article{k,\n\ttitle = {t}\n}';
    };
    expect(formatCitation('apa', work, 'today', stub)).toBe(
      `APA of ${work.title}. Retrieved today, from ${work.url}`,
    );
    expect(formatBibtex(work, null, stub)).toBe('@article{k,\n\ttitle = {t}\n}\n');
    expect(formatCitation('mla', work, null, stub)).toContain('“Ukrainian drones');
    expect(asked).toEqual([`apa:${work.title}`, `bibtex:${work.title}`]);
  });
});

describe('formatBibtex', () => {
  it('writes an entry with title, year and URL, and urldate only when given', () => {
    const entry = formatBibtex(work);
    expect(entry).toMatch(/^@article\{\w+,\n/);
    expect(entry).toContain('year = {2026}');
    expect(entry).toContain('url = {https://x.org/reports/drones-drop-leaflets/}');
    expect(entry).not.toContain('urldate');
    expect(formatBibtex(work, '2026-11-23')).toContain('\turldate = {2026-11-23},\n}');
  });
});

describe('formatRis', () => {
  it('writes one tag per line with CRLF, the whole title on one line, and ends the record', () => {
    const lines = formatRis(work).split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain(`TI  - ${work.title}`);
    expect(lines).toContain('DA  - 2026/11/22');
    expect(lines).toContain(`UR  - ${work.url}`);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.some((l) => l.startsWith('Y2'))).toBe(false);
  });

  it('adds the access date when given', () => {
    expect(formatRis(work, '2026/11/23')).toContain('Y2  - 2026/11/23\r\n');
  });
});

describe('formatCitation', () => {
  it('dispatches to each style', () => {
    expect(formatCitation('mla', work, null)).toBe(formatMla(work, null));
    expect(formatCitation('ris', work, null)).toBe(formatRis(work, null));
    expect(formatCitation('apa', work, null)).toBe(formatApa(work, null));
    expect(formatCitation('chicago', work, null)).toBe(formatChicago(work, null));
    expect(formatCitation('bibtex', work, null)).toBe(formatBibtex(work, null));
  });
});
