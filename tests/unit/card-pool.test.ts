import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardJobs, drawCards, startCardPool } from '../../src/build/card-pool';
import { drawCard, fontsFor } from '../../src/build/social-card';

const scratch = mkdtempSync(join(tmpdir(), 'kursk-card-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const site = { name: 'The Kursk Files', tagline: 'Cited fact by fact.' };
const report = (id: string, data: Record<string, unknown>) => ({
  id,
  path: `content/reports/${id}.md`,
  data: {
    type: 'report' as const,
    title: `Title of ${id}`,
    publishedAt: new Date('2026-01-02T00:00:00Z'),
    draft: false,
    sources: ['npr'],
    ...data,
  },
});
const sources = [
  { id: 'npr', data: { outlet: { name: 'NPR', basis: 'stated' } } },
  { id: 'war-zone', data: { outlet: { name: 'The War Zone', basis: 'inferred' } } },
  { id: 'unknown-outlet', data: { outlet: undefined } },
];
// Only the fields the cards read: a full entry would repeat the schema here.
const jobsFor = (reports: ReturnType<typeof report>[]) => cardJobs(site, reports as never, sources as never);

describe('cardJobs', () => {
  it('lists the site card and one card per published report, with its kind, day and outlets', () => {
    const jobs = jobsFor([
      report('a', { type: 'analysis', sources: ['npr', 'war-zone', 'unknown-outlet', 'npr'] }),
      report('b', { draft: true }),
    ]);
    expect(jobs.map((j) => j.path)).toEqual(['/cards/site/default.png', '/cards/reports/a.png']);
    expect(jobs[0]!.content).toMatchObject({ kicker: 'Archive', title: 'Cited fact by fact.' });
    expect(jobs[1]!.content).toEqual({
      site: 'The Kursk Files',
      kicker: 'Analysis',
      title: 'Title of a',
      meta: 'Published 2 January 2026',
      footer: 'Sources: NPR · The War Zone (outlet inferred) · Outlet unknown',
    });
  });

  it('names the report file and the source id when a source is unknown', () => {
    expect(() => jobsFor([report('c', { sources: ['missing'] })])).toThrow(
      "content/reports/c.md: 'sources' names 'missing'",
    );
  });
});

describe('drawCards', () => {
  it('draws every card into the site on worker threads, the same bytes as drawn in this thread', async () => {
    const jobs = jobsFor([report('a', { title: 'Курск: 북한군 drones' }), report('b', {}), report('c', {})]);
    const out = join(scratch, 'site');
    await drawCards(jobs, out, join(scratch, 'cache'), 2);
    for (const job of jobs) {
      const text = [
        job.content.kicker,
        job.content.title,
        job.content.meta,
        job.content.footer,
        job.content.site,
      ]
        .filter(Boolean)
        .join(' ');
      const here = Buffer.from(await drawCard(job.content, fontsFor(text)));
      expect(readFileSync(join(out, job.path)).equals(here), job.path).toBe(true);
    }
  }, 60_000);

  it('fails the build naming the card when one cannot be stored', async () => {
    // A file where the cache folder should be: the worker cannot store the card.
    const notAFolder = join(scratch, 'not-a-folder');
    writeFileSync(notAFolder, '');
    await expect(drawCards(jobsFor([]), join(scratch, 'site-2'), notAFolder, 1)).rejects.toThrow(
      /^Social card \/cards\/site\/default\.png: .*(ENOTDIR|EEXIST)/s,
    );
  }, 60_000);

  it('grows from the workers started with the build to one per core when the pages are done, drawing each card once', async () => {
    const jobs = jobsFor([report('a', {}), report('b', {}), report('c', {}), report('d', {})]);
    const out = join(scratch, 'site-3');
    const pool = startCardPool(jobs, out, join(scratch, 'cache-3'));
    pool.addWorkers(1);
    pool.addWorkers(1);
    // More workers than cards left: the pool starts only as many as it can give a card.
    pool.addWorkers(8);
    await pool.finished();
    for (const job of jobs) expect(readFileSync(join(out, job.path)).length, job.path).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'cards', 'reports')).sort()).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
  }, 60_000);

  it('settles at once for a site without cards, and reports a failure only when asked', async () => {
    await expect(
      startCardPool([], join(scratch, 'site-4'), join(scratch, 'cache-4')).finished(),
    ).resolves.toBeUndefined();
    const notAFolder = join(scratch, 'not-a-folder-2');
    writeFileSync(notAFolder, '');
    const pool = startCardPool(jobsFor([]), join(scratch, 'site-5'), notAFolder);
    pool.addWorkers(1);
    await expect(pool.finished()).rejects.toThrow(/^Social card \/cards\/site\/default\.png: /);
  }, 60_000);
});
