/**
 * Citation.js output kept between builds: formatting one report's APA entry and BibTeX record
 * takes about 10 ms, so a rebuild of a large archive would spend seconds redoing what has not
 * changed. The key is the exact CSL item, the output kind and the installed Citation.js versions,
 * so any change to the report's citable data or to Citation.js formats it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { formatWithCitationJs, type CitationJsFormat } from '../lib/cite';
import { registerCache, storeInCache } from './build-caches';

const require = createRequire(import.meta.url);

/** The citation cache (see build-caches.ts for where it lives and what the build logs). */
export const citationCache = registerCache('kursk-citations', 'Citations (Citation.js)', 'formatted');

const versions = ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex']
  .map(
    (pkg) =>
      `${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version}`,
  )
  .join(' ');

/** Citation.js through the cache: `formatWithCitationJs`, read from disk when the same item was formatted before. */
export function cachedCitationJs(dir = citationCache.dir): CitationJsFormat {
  return (item, output) => {
    const key = createHash('sha256').update(JSON.stringify({ versions, output, item })).digest('hex');
    const file = join(dir, `${key}.txt`);
    if (existsSync(file)) {
      citationCache.counts.reused += 1;
      return readFileSync(file, 'utf8');
    }
    const text = formatWithCitationJs(item, output);
    storeInCache({ dir }, `${key}.txt`, text);
    citationCache.counts.made += 1;
    return text;
  };
}
