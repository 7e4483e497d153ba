/**
 * Citation.js output (APA entries, BibTeX records) kept in the citation cache between builds:
 * Citation.js is slow to format, and an entry depends only on its item, the
 * output asked for and Citation.js's version.
 */
import { formatWithCitationJs, type CitationJsFormat } from '../lib/cite';
import { cacheDirOf, cachedText, packageVersions, sha256 } from './cache';

let versions: string | undefined;

/** `formatWithCitationJs`, reading each output from the cache when its inputs are unchanged. */
export function cachedCitationJs(dir = cacheDirOf('citations')): CitationJsFormat {
  versions ??= packageVersions([
    '@citation-js/core',
    '@citation-js/plugin-csl',
    '@citation-js/plugin-bibtex',
  ]);
  return (item, output) =>
    cachedText(dir, `${sha256(JSON.stringify({ versions, output, item }))}.txt`, () =>
      formatWithCitationJs(item, output),
    );
}
