import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCitationJs, citationCache } from '../../src/integrations/citation-cache';
import { formatWithCitationJs, type CslItem } from '../../src/lib/cite';

const dir = mkdtempSync(join(tmpdir(), 'kursk-citations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const item: CslItem = {
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

describe('cachedCitationJs', () => {
  it('formats an item once, then reads the same text from the cache; another item or output is formatted anew', () => {
    const format = cachedCitationJs(dir);
    const { made, reused } = citationCache.counts;
    const first = format(item, 'apa');
    expect(first).toBe(formatWithCitationJs(item, 'apa'));
    expect(format(item, 'apa')).toBe(first);
    expect(citationCache.counts).toEqual({ made: made + 1, reused: reused + 1 });
    expect(format({ ...item, title: 'Another title' }, 'apa')).toContain('Another title');
    expect(format(item, 'bibtex')).toBe(formatWithCitationJs(item, 'bibtex'));
    expect(readdirSync(dir)).toHaveLength(3);
    expect(citationCache.counts).toEqual({ made: made + 3, reused: reused + 1 });
  }, 60_000);
});
