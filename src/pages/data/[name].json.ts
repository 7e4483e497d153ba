/** The open data files as JSON: /data/reports.json, sources, entities, events, claims. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../queries/open-data';
import { OPEN_DATA, type OpenDataName } from '../../schemas/open-data';

export const getStaticPaths = (() =>
  Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as OpenDataName;
  const records = OPEN_DATA[name].record.array().parse(await getOpenData(name, site!));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
