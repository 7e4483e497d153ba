import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_REL,
  findLinkProblems,
  isExternalHref,
  parsePage,
  urlPathForFile,
} from '../../src/lib/site-links';

const ORIGIN = 'https://kursk-files.example';

describe('parsePage', () => {
  it('collects ids and every kind of link with its rel and text', () => {
    const page = parsePage(
      '<html><head><link rel="stylesheet" href="/a.css"><script src="/s.js"></script></head><body><h2 id="notes">Notes</h2><a href="#notes" rel="external noopener">To <b>notes</b></a><form action="/search/"></form><img src="/i.svg" alt=""></body></html>',
    );
    expect([...page.ids]).toEqual(['notes']);
    expect(page.links.map((l) => `${l.where}=${l.value}`)).toEqual([
      'a[href]=#notes',
      'link[href]=/a.css',
      'script[src]=/s.js',
      'img[src]=/i.svg',
      'form[action]=/search/',
    ]);
    expect(page.links[0]).toMatchObject({ rel: ['external', 'noopener'], text: 'To notes' });
  });
});

describe('urlPathForFile', () => {
  it('serves index.html at its folder and other files at their own path', () => {
    expect(urlPathForFile('index.html')).toBe('/');
    expect(urlPathForFile('reports/x/index.html')).toBe('/reports/x/');
    expect(urlPathForFile('404.html')).toBe('/404.html');
  });
});

describe('isExternalHref', () => {
  it('treats other origins and schemes as external, the site and relative links as internal', () => {
    expect(isExternalHref('https://www.npr.org/x', ORIGIN)).toBe(true);
    expect(isExternalHref('mailto:a@b.c', ORIGIN)).toBe(true);
    expect(isExternalHref(`${ORIGIN}/reports/`, ORIGIN)).toBe(false);
    expect(isExternalHref('/reports/', ORIGIN)).toBe(false);
    expect(isExternalHref('#note-1', ORIGIN)).toBe(false);
  });
});

describe('EXTERNAL_REL', () => {
  it('asks for no opener and no referrer', () => {
    expect([...EXTERNAL_REL]).toEqual(['external', 'noopener', 'noreferrer']);
  });
});

describe('findLinkProblems', () => {
  const files = new Set(['/', '/reports/a/', '/reports/a/index.html', '/style.css']);
  const site = (links: string, ids = '') =>
    new Map([
      ['/', parsePage(`<p id="top">${ids}</p>`)],
      ['/reports/a/', parsePage(`<h1 id="title">A</h1><div id="note-1"></div>${links}`)],
    ]);

  it('accepts links to built pages, files and existing fragments, here and on other pages', () => {
    expect(
      findLinkProblems(
        site(
          '<a href="/">Home</a><a href="#note-1">1</a><a href="/#top">Top</a><a href="../a/">Self</a><link href="/style.css"><a href="/reports/a/?q=x#title">Q</a>',
        ),
        files,
        ORIGIN,
      ),
    ).toEqual([]);
  });

  it('reports a missing page, a missing fragment on this page and on another page', () => {
    const problems = findLinkProblems(
      site('<a href="/reports/b/">B</a><a href="#note-9">9</a><a href="/#nowhere">N</a>'),
      files,
      ORIGIN,
    );
    expect(problems).toEqual([
      '/reports/a/: a[href]="/reports/b/" (“B”): /reports/b/ is not a built page or file',
      '/reports/a/: a[href]="#note-9" (“9”): /reports/a/ has no element with id "note-9"',
      '/reports/a/: a[href]="/#nowhere" (“N”): / has no element with id "nowhere"',
    ]);
  });

  it('treats absolute links to the site itself as internal', () => {
    expect(findLinkProblems(site(`<a href="${ORIGIN}/reports/gone/">Gone</a>`), files, ORIGIN)).toEqual([
      `/reports/a/: a[href]="${ORIGIN}/reports/gone/" (“Gone”): /reports/gone/ is not a built page or file`,
    ]);
  });

  it('requires external links to be https and rel="external noopener noreferrer", and no resource from elsewhere', () => {
    const problems = findLinkProblems(
      site(
        '<a href="http://x.example/" rel="external noopener noreferrer">X</a><a href="https://y.example/">Y</a><script src="https://cdn.example/a.js"></script>',
      ),
      files,
      ORIGIN,
    );
    expect(problems).toEqual([
      '/reports/a/: a[href]="http://x.example/" (“X”): external links must use https',
      '/reports/a/: a[href]="https://y.example/" (“Y”): external link lacks rel external noopener noreferrer',
      '/reports/a/: script[src]="https://cdn.example/a.js": loads a resource from another site',
    ]);
  });

  it('under a base path, resolves links within it and reports links that leave it', () => {
    const under = new Map([
      [
        '/reports/a/',
        parsePage(
          '<div id="note-1"></div><a href="/kursk/">Home</a><a href="../a/#note-1">Self</a><a href="/kursk/style.css">S</a><a href="/reports/a/">Rootless</a><a href="/kursk/reports/b/">B</a>',
        ),
      ],
    ]);
    expect(findLinkProblems(under, files, ORIGIN, '/kursk/')).toEqual([
      '/reports/a/: a[href]="/reports/a/" (“Rootless”): /reports/a/ is outside the base path /kursk/',
      '/reports/a/: a[href]="/kursk/reports/b/" (“B”): /reports/b/ is not a built page or file',
    ]);
  });
});
