/** Reader journeys through the investigation layer: entities, mentions in reports, timeline, figures, map, open data. */
import { expect, test } from '@playwright/test';
import { OPEN_DATA, type ClaimRecord, type EventRecord } from '../../src/schemas/open-data';

test('the navigation leads to entities, timeline, figures and data', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading] of [
    ['Entities', 'Entities'],
    ['Timeline', 'Timeline'],
    ['Figures', 'Figures'],
    ['Data', 'Open data'],
  ]) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /Open data/ })).toBeVisible();
});

test('a claimant’s entity page lists its claims, the reports that name it and its events', async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const reports = (await (await request.get('/data/reports.json')).json()) as {
    url: string;
    title: string;
    entities: string[];
  }[];
  // A claimant that reports also name, so every list on its page has something in it.
  const claim = claims.find((c) => reports.some((r) => r.entities.includes(c.claimant)))!;
  expect(claim, 'some claimant is named in a report').toBeTruthy();

  await page.goto(`/figures/${claim.quantity}/`);
  await page.locator(`#claim-${claim.id} dt:text-is("Claimed by") + dd a`).click();
  await expect(page).toHaveURL(new RegExp(`/entities/${claim.claimant}/$`));

  const claimsSection = page.getByRole('region', { name: /^Claims/ });
  await expect(
    claimsSection.locator(`a[href$="/figures/${claim.quantity}/#claim-${claim.id}"]`).first(),
  ).toBeVisible();
  const naming = reports.filter((r) => r.entities.includes(claim.claimant));
  const reportsSection = page.getByRole('region', { name: /^Reports/ });
  await expect(reportsSection.getByRole('heading', { level: 2 })).toHaveText(`Reports (${naming.length})`);
  for (const r of naming)
    await expect(reportsSection.getByRole('link', { name: r.title, exact: true })).toBeVisible();

  const events = (await (await request.get('/data/events.json')).json()) as EventRecord[];
  const involved = events.filter(
    (e) => e.entities.includes(claim.claimant) || e.claimedBy.includes(claim.claimant),
  );
  await expect(page.getByRole('region', { name: /^Events/ }).getByRole('listitem')).toHaveCount(
    involved.length,
  );
});

test('the first mention of an entity in a report links to its page, and only the first', async ({ page }) => {
  await page.goto('/reports/');
  await page.locator('.card h2 a').first().click();
  // count() does not wait: first wait for the report's page, then for its first entity link.
  await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/$/);
  const links = page.locator('.prose a.entity-link');
  await expect(links.first()).toBeVisible();
  const ids = await links.evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.entity!));
  expect(new Set(ids).size).toBe(ids.length);
  // Headings, quotations and citation markers are left alone.
  await expect(page.locator('.prose :is(h2, h3, blockquote, sup) a.entity-link')).toHaveCount(0);
  await expect(page.locator('.prose sup.cite a').first()).toHaveText('1');

  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const first = links.first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/entities\/[a-z0-9-]+\/$/);
  await expect(page.locator('main')).toContainText(name);
  await expect(
    page.getByRole('region', { name: /^Reports/ }).getByRole('link', { name: title, exact: true }),
  ).toBeVisible();
});

/** The year of the timeline page an event lives on, from its address in the open data. */
const yearOf = (e: EventRecord) =>
  Number(/\/timeline\/(\d{4})\/(?:\d+\/)?#event-/.exec(new URL(e.url).pathname + new URL(e.url).hash)![1]);

test('the timeline filters a year by entity and topic, says so, keeps the filter in the URL, and shows all again', async ({
  page,
  request,
}) => {
  const records = (await (await request.get('/data/events.json')).json()) as EventRecord[];
  // The year with the most events, reached from the index.
  const counts = new Map<number, number>();
  for (const e of records) counts.set(yearOf(e), (counts.get(yearOf(e)) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  await page.goto('/timeline/');
  await page.locator(`#year-${year} h2 a`).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/${year}/$`));
  const events = page.locator('.event');
  const total = await events.count();
  expect(total).toBe(counts.get(year));
  expect(total).toBeGreaterThan(1);
  const status = page.getByRole('status');
  await expect(status).toHaveText(`Showing all ${total} events in ${year}.`);
  await expect(page.locator('#timeline-filter')).toContainText(`Filters the events of ${year}`);

  const options = await page
    .locator('#filter-entity option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  // Pick an entity that some but not all events involve.
  let chosen = '';
  let expected = 0;
  for (const id of options) {
    const n = await page.locator(`.event[data-filter~="entity:${id}"]`).count();
    if (n > 0 && n < total) {
      chosen = id;
      expected = n;
      break;
    }
  }
  expect(chosen).not.toBe('');
  await page.getByLabel('Involving').selectOption(chosen);
  await expect(page).toHaveURL(new RegExp(`[?&]entity=${chosen}`));
  await expect(page.locator('.event:visible')).toHaveCount(expected);
  await expect(status).toHaveText(`Showing ${expected} of ${total} events in ${year}.`);
  for (const tokens of await page
    .locator('.event:visible')
    .evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.filter!))) {
    expect(tokens.split(' ')).toContain(`entity:${chosen}`);
  }

  // The filtered view can be shared: loading the URL applies it.
  await page.reload();
  await expect(page.getByLabel('Involving')).toHaveValue(chosen);
  await expect(page.locator('.event:visible')).toHaveCount(expected);

  const topic = await page.locator('#filter-topic option').nth(1).getAttribute('value');
  await page.getByLabel('Topic').selectOption(topic!);
  const both = await page
    .locator(`.event[data-filter~="entity:${chosen}"][data-filter~="topic:${topic}"]`)
    .count();
  await expect(page.locator('.event:visible')).toHaveCount(both);
  await expect(page).toHaveURL(new RegExp(`topic=${topic}`));

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('.event:visible')).toHaveCount(total);
  await expect(page).toHaveURL(new RegExp(`/timeline/${year}/$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline index lists every year with its count, and each year page lists its events with dates and sources', async ({
    page,
    request,
  }) => {
    const events = (await (await request.get('/data/events.json')).json()) as EventRecord[];
    const years = [...new Set(events.map(yearOf))].sort((a, b) => a - b);
    await page.goto('/timeline/');
    await expect(page.locator('ol.years > li')).toHaveCount(years.length);
    await expect(page.locator('.event')).toHaveCount(0);
    await expect(page.locator('.lede')).toContainText('the earliest source in this archive that reports it');
    await expect(page.locator('.lede')).not.toContainText('first reported');
    for (const year of years) {
      const of = events.filter((e) => yearOf(e) === year).length;
      await expect(page.locator(`#year-${year} h2 .count`)).toHaveText(of === 1 ? '1 event' : `${of} events`);
    }
    for (const year of years) {
      const of = events.filter((e) => yearOf(e) === year);
      await page.goto(`/timeline/${year}/`);
      await expect(page.locator('#timeline-filter')).toBeHidden();
      await expect(page.locator('.event:visible')).toHaveCount(of.length);
      for (const e of of) await expect(page.locator(`#event-${e.id}`)).toBeVisible();
      const first = page.locator('.event').first();
      await expect(first.locator('dt', { hasText: 'Happened' })).toBeVisible();
      // The earliest capture in a small archive is not when the world first heard of it: say which it is.
      await expect(first.locator('dt', { hasText: 'Earliest source in this archive' })).toBeVisible();
      await expect(first.locator('dt', { hasText: 'First reported' })).toHaveCount(0);
      await expect(page.locator('.lede')).not.toContainText('first reported');
      await expect(first.locator('.citation-list a[href*="/sources/"]').first()).toBeVisible();
    }
  });

  test('an old event address lands on the timeline index, which links the event’s year', async ({
    page,
    request,
  }) => {
    const [event] = (await (await request.get('/data/events.json')).json()) as EventRecord[];
    await page.goto(`/timeline/#event-${event!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    await expect(page.locator(`#year-${yearOf(event!)} h2 a`)).toBeVisible();
  });
});

test('an event anchor leads straight to that event on its year’s page, and an old /timeline/#event- address is sent there', async ({
  page,
  request,
}) => {
  const events = (await (await request.get('/data/events.json')).json()) as EventRecord[];
  const event = events.at(-1)!;
  const url = new URL(event.url);
  await page.goto(url.pathname + url.hash);
  await expect(page.locator(`#event-${event.id}`)).toBeInViewport();
  await expect(page.locator(`#event-${event.id}`)).toContainText(event.text);

  await page.goto(`/timeline/#event-${event.id}`);
  await expect(page).toHaveURL(new RegExp(`/timeline/${yearOf(event)}/#event-${event.id}$`));
  await expect(page.locator(`#event-${event.id}`)).toBeInViewport();
});

test('an event address on a timeline page that does not hold the event (as when a long year is re-paged) is sent to the page that does', async ({
  page,
  request,
}) => {
  const events = (await (await request.get('/data/events.json')).json()) as EventRecord[];
  const event = events.at(-1)!;
  const other = events.find((e) => yearOf(e) !== yearOf(event))!;
  await page.goto(`/timeline/${yearOf(other)}/#event-${event.id}`);
  const holder = new URL(event.url);
  await expect(page).toHaveURL(holder.pathname + holder.hash);
  await expect(page.locator(`#event-${event.id}`)).toBeInViewport();
});

test('the figures index lists every quantity with its count of claims by status, each linking to its page', async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  await page.goto('/figures/');
  const quantities = [...new Set(claims.map((c) => c.quantity))];
  await expect(page.locator('.quantities > li')).toHaveCount(quantities.length);
  for (const q of quantities) {
    const of = claims.filter((c) => c.quantity === q);
    const entry = page.locator(`.quantities > li#${q}`);
    const count = (status: ClaimRecord['status']) => of.filter((c) => c.status === status).length;
    const counts = entry.locator('.counts');
    await expect(counts).toHaveText(
      new RegExp(`^${of.length === 1 ? '1 claim' : `${of.length} claims`}[,:] `),
    );
    // Read as English: no "0 disputed", no "3 single source".
    await expect(counts).not.toHaveText(/(^|\s)0 |\d single source/);
    if (count('single-source') > 0) await expect(counts).toContainText('single source');
    if (count('disputed') > 0) await expect(counts).toContainText(`${count('disputed')} disputed`);
    // Claims of one number with different qualifiers ('11,000', 'about 11,000') are not summed up as one.
    if (of.length > 1 && of.every((c) => c.min === of[0]!.min && c.max === of[0]!.max))
      for (const c of of)
        if (c.qualifier !== 'exactly')
          await expect(entry.locator('.range')).toContainText(`${c.qualifier.replace('-', ' ')} `);
    await expect(entry.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      `/figures/${q}/`,
    );
  }
  // The rule is documented on the index.
  await page.getByText('How the status of a figure is worked out').click();
  await expect(page.locator('#status-rule')).toContainText('two or more independent sources');
  // The page holds no claim cards: they are on the quantity pages.
  await expect(page.locator('[id^="claim-"]')).toHaveCount(0);
});

test("a quantity's page shows each of its claims with the status the data derives, a chart and a way back", async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const quantities = [...new Set(claims.map((c) => c.quantity))];
  // A quantity with several claims gets an accessible chart and the same numbers in a table.
  const crowded = quantities.find((q) => claims.filter((c) => c.quantity === q).length > 1)!;
  const of = claims.filter((c) => c.quantity === crowded);
  await page.goto('/figures/');
  await page.locator(`#${crowded} h2 a`).click();
  await expect(page).toHaveURL(new RegExp(`/figures/${crowded}/$`));
  await expect(page).toHaveTitle(/: claimed figures \| /);
  await expect(page.locator('li.claim')).toHaveCount(of.length);
  for (const c of of) {
    const card = page.locator(`li#claim-${c.id}`);
    await expect(card.locator('.status')).toHaveText(
      { 'single-source': 'Single source', corroborated: 'Corroborated', disputed: 'Disputed' }[c.status],
    );
    await expect(card.locator('a.anchor')).toHaveAttribute('href', `#claim-${c.id}`);
  }
  // One chart is drawn for the text column at each width; the reader sees one.
  const chart = page.locator('svg[role="img"]:visible');
  await expect(chart).toHaveCount(1);
  await expect(chart.locator('title').first()).toHaveText(/estimates by claim date and claimant/);
  await expect(chart.locator('desc')).not.toBeEmpty();
  await expect(page.locator('table tbody tr')).toHaveCount(of.length);
  // No claim of another quantity is on the page.
  for (const c of claims.filter((x) => x.quantity !== crowded))
    await expect(page.locator(`#claim-${c.id}`)).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Figures' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
  // Every claim is on its quantity's page with the status the data derives: checked on each
  // quantity's page where every-page.spec.ts loads it (support/page-checks.ts).
});

test('a link to a quantity in the figures ledger lands on its entry on the index', async ({
  page,
  request,
}) => {
  const [claim] = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  await page.goto(`/figures/#${claim!.quantity}`);
  await expect(page.locator(`li#${claim!.quantity} h2`)).toBeInViewport();
});

test("an old claim address on the figures index goes on to the claim on its quantity's page", async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const claim = claims.at(-1)!;
  await page.goto(`/figures/#claim-${claim.id}`);
  await expect(page).toHaveURL(new RegExp(`/figures/${claim.quantity}/#claim-${claim.id}$`));
  await expect(page.locator(`#claim-${claim.id}`)).toBeInViewport();
  await expect(page.locator(`#claim-${claim.id} .claim-value`)).toBeVisible();
  // The open data gives the same address.
  expect(new URL(claim.url).pathname + new URL(claim.url).hash).toBe(
    `/figures/${claim.quantity}/#claim-${claim.id}`,
  );
});

test('an unknown claim address leaves the reader on the index, and without JavaScript an old claim address lands there too', async ({
  browser,
  page,
  request,
}) => {
  await page.goto('/figures/#claim-no-such-claim');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
  await expect(page).toHaveURL(/\/figures\/#claim-no-such-claim$/);

  const [claim] = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`/figures/#claim-${claim!.id}`);
  await expect(noScript.getByRole('heading', { level: 1 })).toHaveText('Figures');
  await expect(noScript.locator(`li#${claim!.quantity} h2 a`)).toBeVisible();
  await context.close();
});

test("a figure linked in a report goes to its quantity's page", async ({ page, request }) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const cited = claims.find((c) => c.reports.length > 0)!;
  await page.goto(new URL(cited.reports[0]!).pathname);
  const links = page.locator('.prose a[href^="/figures/"]');
  expect(await links.count()).toBeGreaterThan(0);
  // Every figures link the editors wrote (/figures/#<quantity>, /figures/#claim-<id>) was pointed at a quantity page at build time.
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(href).toMatch(/^\/figures\/[a-z0-9-]+\/(#claim-[a-z0-9-]+)?$/);
  const first = links.first();
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
  await expect(page.locator('li.claim').first()).toBeVisible();
});

test('the locator map is drawn at build time on a place page and the timeline', async ({ page, request }) => {
  const entities = (await (await request.get('/data/entities.json')).json()) as {
    id: string;
    kind: string;
    coordinates: unknown;
  }[];
  const place = entities.find((e) => e.kind === 'place' && e.coordinates)!;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const url of [`/entities/${place.id}/`, '/timeline/']) {
    await page.goto(url);
    const map = page.locator('figure.locator-map svg.map-main[role="group"]');
    await expect(map).toBeVisible();
    await expect(map.locator('desc')).toContainText('Kursk');
    await expect(map.locator('.main-border')).toHaveAttribute('d', /^M/);
    await expect(map.locator('.place-label', { hasText: 'Sumy' }).first()).toBeVisible();
  }
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
});

test('analyses are marked as such and listed on their own', async ({ page, request }) => {
  const reports = (await (await request.get('/data/reports.json')).json()) as {
    title: string;
    type: string;
  }[];
  const analyses = reports.filter((r) => r.type === 'analysis');
  await page.goto('/reports/');
  await page.getByRole('link', { name: 'Show analyses only' }).click();
  await expect(page).toHaveURL(/\/reports\/analysis\/$/);
  await expect(page.locator('.card')).toHaveCount(analyses.length);
  for (const a of analyses)
    await expect(page.getByRole('link', { name: a.title, exact: true })).toBeVisible();
  await expect(page.locator('.card .kicker').first()).toHaveText('Analysis');
  await page.locator('.card h2 a').first().click();
  await expect(page.locator('article .kicker').first()).toHaveText('Analysis');
  // Search files it as an analysis (src/components/SearchMeta.astro).
  await expect(
    page.locator('article [data-search-meta] [data-pagefind-filter^="type"][data-value="analysis"]'),
  ).toHaveCount(1);
});

test.describe('open data', () => {
  for (const name of Object.keys(OPEN_DATA) as (keyof typeof OPEN_DATA)[]) {
    test(`${name}.json downloads, parses and matches its schema`, async ({ page, request }) => {
      await page.goto('/data/');
      const href = await page.getByRole('link', { name: `${name}.json`, exact: true }).getAttribute('href');
      const response = await request.get(href!);
      expect(response.headers()['content-type']).toContain('json');
      const records = (await response.json()) as unknown[];
      expect(records.length).toBeGreaterThan(0);
      const parsed = OPEN_DATA[name].record.array().safeParse(records);
      expect(parsed.error?.issues ?? []).toEqual([]);

      const schema = (await (await request.get(`/data/${name}.schema.json`)).json()) as {
        type: string;
        items: { required: string[]; properties: Record<string, unknown> };
      };
      expect(schema.type).toBe('array');
      for (const record of records as Record<string, unknown>[]) {
        expect(Object.keys(record).sort()).toEqual(Object.keys(schema.items.properties).sort());
        for (const field of schema.items.required) expect(record).toHaveProperty(field);
      }
    });
  }

  for (const name of ['claims', 'events'] as const) {
    test(`${name}.csv has a header and one row per record`, async ({ request }) => {
      const csv = await (await request.get(`/data/${name}.csv`)).text();
      const json = (await (await request.get(`/data/${name}.json`)).json()) as { id: string }[];
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]!.split(',')[0]).toBe('id');
      // Quoted cells never hold a CRLF here, so lines are records.
      expect(lines.length - 1).toBe(json.length);
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(json.map((r) => r.id));
    });
  }
});

test('search can be narrowed to analyses or entities from the URL', async ({ page }) => {
  await page.goto('/search/?q=North+Korea&type=analysis');
  const types = page.locator('#search-results > li .result-type');
  await expect(types.first()).toBeVisible();
  for (const text of await types.allTextContents()) expect(text).toBe('Analysis');

  await page.goto('/search/?q=North+Korea&type=entity');
  await expect(types.first()).toHaveText('Entity');
  for (const href of await page
    .locator('#search-results > li a.result-title')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/\/entities\//);
  }
});

// That the figures index, each quantity's page and each claimant's page read as English (no ids,
// no residue, no "1 soldiers", no jargon), and each quantity's chart at 390 and 1280 px, are
// checked where every-page.spec.ts loads those pages (support/page-checks.ts).
test('a claim compared with another names it by claimant, value and date, and links to its card', async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const compared = claims.find((c) => claims.some((o) => o.id !== c.id && o.quantity === c.quantity))!;
  await page.goto(`/figures/${compared.quantity}/`);
  const links = page.locator('dt:text-is("Compared with") + dd a');
  for (const a of await links.all()) {
    await expect(a).toHaveAttribute('href', /^#claim-/);
    await expect(a).toHaveText(/^.+: .*\d.*, .*\d{4}$/);
  }
});

test('a figure dated only to a year is drawn as a span across that year, with an arrow for "at least"', async ({
  page,
  request,
}) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as ClaimRecord[];
  const charted = (c: ClaimRecord) => claims.filter((o) => o.quantity === c.quantity).length > 1;
  const yearOnly = claims.find((c) => c.claimedAt.precision === 'year' && charted(c))!;
  const floor = claims.find((c) => c.qualifier === 'at-least' && charted(c))!;
  await page.goto(`/figures/${yearOnly.quantity}/`);
  const svg = page.locator('svg[role="img"]:visible');
  // The year-dated claim is a bar across a year (a third of the plot or more, when the plot spans
  // up to three years), not a lone point in July.
  const widths = await svg
    .locator('.points .bar')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  const plot = (await svg.locator('.axis .baseline').boundingBox())!;
  expect(Math.max(...widths)).toBeGreaterThan(plot.width / 3);
  // Each "at least" or "more than" figure carries an arrow up, each "up to" one down.
  await page.goto(`/figures/${floor.quantity}/`);
  const here = claims.filter((c) => c.quantity === floor.quantity);
  const chart = page.locator('svg[role="img"]:visible');
  await expect(chart.locator('.arrow-up')).toHaveCount(
    here.filter((c) => c.qualifier === 'at-least' || c.qualifier === 'more-than').length,
  );
  await expect(chart.locator('.arrow-down')).toHaveCount(here.filter((c) => c.qualifier === 'up-to').length);
});
