/** The claims and events as CSV: /data/claims.csv and /data/events.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/open-data';
import { CSV_COLUMNS, getOpenData } from '../../queries/open-data';
import type { ClaimRecord, EventRecord } from '../../schemas/open-data';

export const getStaticPaths = (() =>
  Object.keys(CSV_COLUMNS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as keyof typeof CSV_COLUMNS;
  const columns = CSV_COLUMNS[name] as Record<string, (r: ClaimRecord | EventRecord) => unknown>;
  const records = (await getOpenData(name, site!)) as (ClaimRecord | EventRecord)[];
  const rows = records.map((r) => Object.fromEntries(Object.entries(columns).map(([k, f]) => [k, f(r)])));
  return new Response(toCsv(rows, Object.keys(columns)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
