/** Helpers of the benchmark harness: reading /usr/bin/time, page assets, pairing runs, formatting. */
import { describe, expect, it } from 'vitest';
import {
  classifyPage,
  classifyPagefindFile,
  findPageAssets,
  formatBytes,
  formatTable,
  median,
  pairRatios,
  parseBuildCacheCounts,
  parseTimeVerbose,
  sumRouteTimes,
} from '../../scripts/bench/lib';

const timeOutput = `\tCommand being timed: "npx astro build"
\tUser time (seconds): 3.97
\tSystem time (seconds): 1.45
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:04.98
\tMaximum resident set size (kbytes): 718352
\tExit status: 0`;

describe('parseTimeVerbose', () => {
  it('reads wall time in minutes and seconds, CPU time and peak memory', () => {
    const report = parseTimeVerbose(timeOutput);
    expect(report.wallSeconds).toBeCloseTo(64.98, 5);
    expect(report.cpuSeconds).toBeCloseTo(5.42, 5);
    expect(report.maxRssBytes).toBe(718352 * 1024);
  });

  it('reads hours too', () => {
    expect(parseTimeVerbose(timeOutput.replace('1:04.98', '1:02:03')).wallSeconds).toBe(3723);
  });

  it('names the missing line when the output is not from time -v', () => {
    expect(() => parseTimeVerbose('real 0m1s')).toThrow(/Elapsed \(wall clock\)/);
  });
});

describe('findPageAssets', () => {
  it('finds stylesheets, scripts, images and inline CSS and JS, but not JSON data blocks', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=icon href="/favicon.svg"><link rel="canonical" href="/x/">
<style>body{color:red}</style><script type="module" src="/_astro/s.js"></script><script>let a=1</script>
<script type="application/ld+json">{"a":1}</script><img alt="" src='/img/p.png'>`;
    expect(findPageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/s.js'],
      images: ['/favicon.svg', '/img/p.png'],
      inlineStyleChars: 'body{color:red}'.length,
      inlineScriptChars: 'let a=1'.length,
    });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('pairRatios', () => {
  it('divides run i by run i', () => {
    expect(pairRatios([2, 9], [1, 3])).toEqual([2, 3]);
  });

  it('refuses runs that cannot be paired', () => {
    expect(() => pairRatios([1], [1, 2])).toThrow(/pair them/);
  });
});

describe('formatTable', () => {
  it('writes a Markdown table with a rule under the header', () => {
    expect(formatTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('formatBytes', () => {
  it('uses powers of 1,000', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(14_000)).toBe('14.0 KB');
    expect(formatBytes(2_500_000)).toBe('2.5 MB');
    expect(formatBytes(3_000_000_000)).toBe('3.00 GB');
  });
});

const buildLog = `23:41:30 [content] Syncing content
23:41:30 [content] Astro config changed
\x1b[2m23:41:30\x1b[22m \x1b[34m[content]\x1b[39m Clearing content store
23:41:34   ├─ /404.html (+194ms)
23:41:34   ├─ /cards/reports/a.png (+9ms)
\x1b[2m23:41:34\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/cards/reports/b.png\x1b[22m \x1b[2m(+4ms)\x1b[22m
23:41:35   ├─ /reports/a/index.html (+1.20s)
23:41:35   └─ /reports/index.html (+30ms)
23:41:35   ├─ /reports/a/citation.bib (+3ms)
23:41:35   ├─ /feeds/topics/x.xml/ (+2ms)
23:41:42 [kursk-files:build-caches] Social cards: 1 rendered, 1002 reused from the cache in /c.
23:41:42 [kursk-files:build-caches] Citations (Citation.js): 2 formatted, 2002 earlier ones kept in the cache in /d.`;

describe('parseBuildCacheCounts', () => {
  it('reads the card counts and whether the content store was cleared, from a coloured log too', () => {
    expect(parseBuildCacheCounts(buildLog)).toEqual({
      cardsRendered: 1,
      cardsReused: 1002,
      citationsFormatted: 2,
      citationsKept: 2002,
      contentStoreCleared: true,
    });
  });

  it('leaves the counts out when the build logged none, and sees a kept store', () => {
    expect(parseBuildCacheCounts('[content] Synced content')).toEqual({ contentStoreCleared: false });
  });
});

describe('sumRouteTimes', () => {
  it('sums the time of each kind of page, in ms and s, slowest kind first, ignoring colour codes', () => {
    expect(sumRouteTimes(buildLog)).toEqual([
      { group: '/reports/ .html', pages: 2, ms: 1230 },
      { group: '/ .html', pages: 1, ms: 194 },
      { group: '/cards/ .png', pages: 2, ms: 13 },
      { group: '/reports/ .bib', pages: 1, ms: 3 },
      { group: '/feeds/ .xml', pages: 1, ms: 2 },
    ]);
  });
});

describe('classifyPagefindFile', () => {
  it('names each part of a Pagefind bundle a search fetches', () => {
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/pagefind.js')).toBe('script');
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/pagefind-worker.js')).toBe('script');
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/pagefind-entry.json?ts=1')).toBe('entry');
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/pagefind.en_a8a0b82eea.pf_meta')).toBe(
      'meta',
    );
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/index/en_aab2716.pf_index')).toBe('index');
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/filter/en_4cae4f9.pf_filter')).toBe('filter');
    expect(classifyPagefindFile('http://127.0.0.1:4561/pagefind/fragment/en_1afe309.pf_fragment')).toBe(
      'fragment',
    );
  });

  it('finds the bundle under a base path, and files it does not know are other', () => {
    expect(classifyPagefindFile('https://example.org/kursk/pagefind/index/en_1.pf_index')).toBe('index');
    expect(classifyPagefindFile('https://example.org/pagefind/pagefind-ui.css')).toBe('other');
  });

  it('ignores URLs outside the bundle', () => {
    expect(classifyPagefindFile('http://127.0.0.1:4561/search/')).toBeUndefined();
    expect(classifyPagefindFile('http://127.0.0.1:4561/_astro/search.js')).toBeUndefined();
  });
});

describe('classifyPage', () => {
  it('puts every page of a paginated list in one type, so the largest page of the list is found', () => {
    expect(classifyPage('/reports/')).toBe('reports list');
    expect(classifyPage('/reports/2500/')).toBe('reports list');
    expect(classifyPage('/topics/drones/')).toBe('topic');
    expect(classifyPage('/topics/drones/12/')).toBe('topic');
    expect(classifyPage('/entities/kim-jong-un/reports/3/')).toBe('entity reports');
    expect(classifyPage('/sources/s1/reports/')).toBe('source reports');
    expect(classifyPage('/reports/analysis/2/')).toBe('analysis list');
  });

  it('tells entries from lists in the same section', () => {
    expect(classifyPage('/reports/drone-losses/')).toBe('report');
    expect(classifyPage('/sources/s00001-title/')).toBe('source');
    expect(classifyPage('/sources/3/')).toBe('sources list');
    expect(classifyPage('/entities/kim-jong-un/')).toBe('entity');
  });

  it("classes each quantity's page of the figures ledger as a quantity, apart from the ledger's index", () => {
    expect(classifyPage('/figures/nk-troops-killed/')).toBe('quantity');
    expect(classifyPage('/figures/')).toBe('figures');
  });

  it("classes each year's page of the timeline as a timeline year, apart from the timeline's index", () => {
    expect(classifyPage('/timeline/2024/')).toBe('timeline year');
    expect(classifyPage('/timeline/')).toBe('timeline');
  });

  it('names single pages after their section', () => {
    expect(classifyPage('/')).toBe('home');
    expect(classifyPage('/404.html')).toBe('404');
    expect(classifyPage('/search/')).toBe('search');
    expect(classifyPage('/figures/')).toBe('figures');
    expect(classifyPage('/timeline/')).toBe('timeline');
  });
});
