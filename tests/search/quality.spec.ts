/**
 * Search quality: every query in queries.ts goes through the real search page in Chromium,
 * against the site's built index. Each query is narrowed to the page types it expects (a retold
 * report, a source record), as a reader would with the type filter: the archive also holds
 * analyses and entity pages that rightly match the same names, and the suite measures whether the
 * right reports and sources surface among their own kind. Prints recall@5 and mean reciprocal
 * rank, and fails below the thresholds or when a `first` page is not first. A second test searches
 * the whole site as a reader would, with no filter (site-queries.ts): the top match a name or a
 * figure must bring, the name a misspelling must be offered, and precision@5.
 */
import { expect, test } from '@playwright/test';
import { QUALITY_CASES } from './queries';
import { SITE_CASES } from './site-queries';

/** A query as the search page repeats it: at most 80 characters (shortQuery in src/scripts/search.ts). */
const shortQuery = (raw: string): string => (raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);

/** The `type` filter values of the pages a query expects, from their paths. */
const typesOf = (paths: string[]): string[] => [
  ...new Set(paths.map((p) => (p.startsWith('/sources/') ? 'source' : 'report'))),
];

/** The least recall@5 (share of expected pages found in the top five, over all queries) the suite accepts. */
const MIN_RECALL_AT_5 = 0.95;
/** The least mean reciprocal rank (of each query's best-ranked expected page) the suite accepts. */
const MIN_MRR = 0.85;

test('the quality suite covers at least 40 queries of every kind', () => {
  expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(40);
  const kinds = new Set(QUALITY_CASES.map((c) => c.kind));
  for (const kind of [
    'name',
    'variant spelling',
    'script',
    'place',
    'weapon',
    'number',
    'phrase',
    'word form',
  ])
    expect(kinds).toContain(kind);
});

test(`search finds the expected pages: recall@5 ≥ ${MIN_RECALL_AT_5}, MRR ≥ ${MIN_MRR}`, async ({ page }) => {
  test.setTimeout(120_000);
  let found = 0;
  let wanted = 0;
  let reciprocalRanks = 0;
  const misses: string[] = [];
  const notFirst: string[] = [];
  // As a reader would: the first query of each set of type filters is opened by its URL, and the
  // others are typed into the same page's search box, the filters kept. The page loads Pagefind
  // once per set of filters rather than once per query.
  const byTypes = Map.groupBy(QUALITY_CASES, (c) => typesOf(c.expected).join(' '));
  for (const [typeList, cases] of byTypes) {
    const types = typeList.split(' ');
    for (const [i, c] of cases.entries()) {
      if (i === 0)
        await page.goto(
          `/search/?q=${encodeURIComponent(c.query)}${types.map((t) => `&type=${t}`).join('')}`,
        );
      else {
        await page.getByRole('searchbox', { name: 'Search terms' }).fill(c.query);
        await page.getByRole('searchbox', { name: 'Search terms' }).press('Enter');
      }
      // The status names the query once its results are on the page.
      await expect(page.locator('#search-count')).toHaveText(
        new RegExp(`^(\\d+ results?|No results) for “${RegExp.escape(shortQuery(c.query.trim()))}”`),
      );
      const url = new URL(page.url());
      expect([url.searchParams.get('q'), url.searchParams.getAll('type')], c.query).toEqual([c.query, types]);
      const ranked = await page
        .locator('#search-results a.result-title')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const top5 = ranked.slice(0, 5);
      const hits = c.expected.filter((p) => top5.includes(p));
      found += hits.length;
      wanted += c.expected.length;
      const best = Math.min(
        ...c.expected.map((p) => (ranked.includes(p) ? ranked.indexOf(p) + 1 : Infinity)),
      );
      reciprocalRanks += Number.isFinite(best) ? 1 / best : 0;
      if (hits.length < c.expected.length)
        misses.push(
          `  “${c.query}” (${c.kind}): missing ${c.expected.filter((p) => !top5.includes(p)).join(', ')}; got ${top5.join(', ') || 'nothing'}`,
        );
      if (c.first && ranked[0] !== c.first)
        notFirst.push(`  “${c.query}”: expected ${c.first} first, got ${ranked[0] ?? 'nothing'}`);
    }
  }
  const recall = found / wanted;
  const mrr = reciprocalRanks / QUALITY_CASES.length;
  console.log(
    `search quality: ${QUALITY_CASES.length} queries, recall@5 ${recall.toFixed(3)} (${found}/${wanted}), MRR ${mrr.toFixed(3)}`,
  );
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
  expect(notFirst, 'title matches must rank first').toEqual([]);
  expect(recall, `recall@5 below ${MIN_RECALL_AT_5}:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
    MIN_RECALL_AT_5,
  );
  expect(mrr).toBeGreaterThanOrEqual(MIN_MRR);
});

/** The least mean precision@5 (share of the first five, top match first, that a reader would want) over the whole site. */
const MIN_PRECISION_AT_5 = 0.8;

test(`whole-site search: top matches, did you mean, precision@5 ≥ ${MIN_PRECISION_AT_5}`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  let precisionSum = 0;
  let measured = 0;
  for (const c of SITE_CASES) {
    await page.goto(`/search/?q=${encodeURIComponent(c.query)}`);
    await expect(page.locator('#search-count')).toHaveText(
      new RegExp(`^(\\d+ results?|No results) for “${RegExp.escape(shortQuery(c.query.trim()))}”`),
    );
    if (c.suggest) {
      await expect(
        page.locator('#search-suggest').getByRole('link', { name: c.suggest, exact: true }),
      ).toBeVisible();
      continue;
    }
    const topMatch = await page
      .locator('#search-top:not([hidden]) a.result-title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (c.top && topMatch[0] !== c.top)
      problems.push(`  “${c.query}”: top match ${topMatch[0] ?? 'none'}, expected ${c.top}`);
    const listed = await page
      .locator('#search-results a.result-title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const five = [...topMatch, ...listed].slice(0, 5);
    if (c.wanted) {
      const hits = five.filter((p) => c.wanted!.includes(p)).length;
      const precision = five.length === 0 ? 0 : hits / five.length;
      precisionSum += precision;
      measured += 1;
      if (precision < 1)
        problems.push(
          `  “${c.query}” (${c.kind}): precision@5 ${precision.toFixed(2)}; top five ${five.join(', ')}`,
        );
    }
  }
  const precision = precisionSum / measured;
  console.log(
    `whole-site search: ${SITE_CASES.length} queries, mean precision@5 ${precision.toFixed(3)} over ${measured}`,
  );
  if (problems.length > 0) console.log(problems.join('\n'));
  expect(
    problems.filter((p) => p.includes('top match')),
    'top matches',
  ).toEqual([]);
  expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION_AT_5);
});
