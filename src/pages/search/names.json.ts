/**
 * The names the "did you mean" of the search page compares a query with: every entity's name, the
 * sources' spellings of it and the names the archive adds for search. Fetched only after a search
 * that found nothing or little (src/scripts/search.ts), never before.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const names = new Set<string>();
  for (const { data } of await getCollection('entities')) {
    for (const name of [data.name, ...data.aliases, ...data.searchNames.map((n) => n.name)]) {
      const trimmed = name.trim();
      if (trimmed) names.add(trimmed);
    }
  }
  return new Response(`${JSON.stringify([...names].sort((a, b) => a.localeCompare(b, 'en')))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
