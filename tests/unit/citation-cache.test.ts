import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCitationJs } from '../../src/build/citations';
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
    const first = format(item, 'apa');
    expect(first).toBe(formatWithCitationJs(item, 'apa'));
    expect(readdirSync(dir)).toHaveLength(1);
    expect(format(item, 'apa')).toBe(first);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(format({ ...item, title: 'Another title' }, 'apa')).toContain('Another title');
    expect(format(item, 'bibtex')).toBe(formatWithCitationJs(item, 'bibtex'));
    expect(readdirSync(dir)).toHaveLength(3);
  }, 60_000);
});
