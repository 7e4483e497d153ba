/** The JSON Schema of each open data file, generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA, openDataJsonSchema, type OpenDataName } from '../../schemas/open-data';

export const getStaticPaths = (() =>
  Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(params.name as OpenDataName), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
