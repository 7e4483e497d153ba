import { describe, expect, it } from 'vitest';
import {
  collectRedirects,
  renderNginxRedirects,
  renderRedirectPage,
  renderRedirectsFile,
} from '../../src/lib/redirects';

const pathFor = (slug: string) => `/reports/${slug}/`;

describe('collectRedirects', () => {
  it('makes one redirect per former slug, to the current address', () => {
    expect(
      collectRedirects(
        [{ slug: 'new', path: 'content/reports/new.md', formerSlugs: ['old', 'older'] }],
        pathFor,
      ),
    ).toEqual([
      { from: '/reports/old/', to: '/reports/new/' },
      { from: '/reports/older/', to: '/reports/new/' },
    ]);
  });

  it('fails, naming both files, when a former slug is a live slug', () => {
    const reports = [
      { slug: 'a', path: 'content/reports/a.md', formerSlugs: ['b'] },
      { slug: 'b', path: 'content/reports/b.md', formerSlugs: [] },
    ];
    expect(() => collectRedirects(reports, pathFor)).toThrow(
      "content/reports/a.md: 'formerSlugs' lists 'b', but content/reports/b.md is published at that slug",
    );
  });

  it('fails, naming both files, when two reports claim the same former slug', () => {
    const reports = [
      { slug: 'a', path: 'content/reports/a.md', formerSlugs: ['old'] },
      { slug: 'b', path: 'content/reports/b.md', formerSlugs: ['old'] },
    ];
    expect(() => collectRedirects(reports, pathFor)).toThrow(
      "content/reports/b.md: 'formerSlugs' lists 'old', which content/reports/a.md also lists",
    );
  });

  it('fails when a report lists its own slug', () => {
    expect(() => collectRedirects([{ slug: 'a', path: 'a.md', formerSlugs: ['a'] }], pathFor)).toThrow(
      "which is the report's own slug",
    );
  });
});

describe('renderRedirectPage', () => {
  const html = renderRedirectPage(
    { from: '/reports/old/', to: '/reports/new/' },
    { site: 'https://example.org', base: '/kursk/' },
  );

  it('refreshes to the new address under the base path and names it canonical', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kursk/reports/new/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/kursk/reports/new/">');
  });

  it('keeps search engines from indexing it and shows a plain link', () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/kursk/reports/new/">https://example.org/kursk/reports/new/</a>');
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('renderRedirectsFile', () => {
  it('writes one 301 per redirect, with the base path', () => {
    expect(renderRedirectsFile([{ from: '/reports/old/', to: '/reports/new/' }], '/kursk/')).toContain(
      '/kursk/reports/old/ /kursk/reports/new/ 301\n',
    );
  });
});

describe('renderNginxRedirects', () => {
  it('redirects the old address with and without its trailing slash', () => {
    const conf = renderNginxRedirects([{ from: '/reports/old/', to: '/reports/new/' }], '/');
    expect(conf).toContain('location = /reports/old/ { return 301 /reports/new/; }');
    expect(conf).toContain('location = /reports/old { return 301 /reports/new/; }');
  });
});
