/**
 * Paging for every list that grows with the archive: how many pages, which slice a page shows,
 * its path, and which page links a reader sees (the first, the last, a window around the current
 * page, gaps between). Pure: sizes and paths are passed in.
 */

/** One entry in a row of page links: a page number, or a gap standing for the pages left out. */
export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; from: number; to: number };

/** How many pages a list of `total` items needs at `pageSize` a page; an empty list still has one page. */
export function countPages(total: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`countPages: page size must be a whole number of at least 1, not ${pageSize}`);
  if (!Number.isInteger(total) || total < 0)
    throw new Error(`countPages: total must be a whole number of at least 0, not ${total}`);
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The items page `page` (from 1) shows, at `pageSize` a page. */
export function slicePage<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const last = countPages(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > last)
    throw new Error(`slicePage: page ${page} is outside 1–${last}`);
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/**
 * The page links to show for page `current` of `last`: always the first and the last page, the
 * `radius` pages either side of the current one, and a gap for each run of pages left out. A gap
 * that would hide a single page shows that page instead, since a number takes no more room than
 * an ellipsis. With `radius` 2 the row never holds more than 2 × 2 + 5 entries, however long the list.
 */
export function windowPages(current: number, last: number, radius = 2): PageLink[] {
  if (!Number.isInteger(last) || last < 1)
    throw new Error(`windowPages: last page must be a whole number of at least 1, not ${last}`);
  if (!Number.isInteger(current) || current < 1 || current > last)
    throw new Error(`windowPages: page ${current} is outside 1–${last}`);
  // Near either end, widen the window so the row keeps the same length as in the middle.
  const span = 2 * radius;
  let start = Math.max(2, current - radius);
  let end = Math.min(last - 1, current + radius);
  if (end - start < span) {
    if (start === 2) end = Math.min(last - 1, start + span);
    else if (end === last - 1) start = Math.max(2, end - span);
  }
  const shown = [1];
  for (let n = start; n <= end; n += 1) shown.push(n);
  if (last > 1) shown.push(last);
  const links: PageLink[] = [];
  for (const n of shown) {
    const prev = links.length > 0 ? (links[links.length - 1] as { page: number }).page : 0;
    if (n - prev === 2) links.push({ kind: 'page', page: n - 1 });
    else if (n - prev > 2) links.push({ kind: 'gap', from: prev + 1, to: n - 1 });
    links.push({ kind: 'page', page: n });
  }
  return links;
}

/**
 * The path of page `page` of a list whose first page lives at `firstPath` (`/topics/drones/`):
 * the first page keeps that address, later ones add their number (`/topics/drones/2/`).
 */
export function pagePath(firstPath: string, page: number): string {
  if (!firstPath.startsWith('/') || !firstPath.endsWith('/'))
    throw new Error(`pagePath: '${firstPath}' must start and end with '/'`);
  if (!Number.isInteger(page) || page < 1)
    throw new Error(`pagePath: page must be a whole number of at least 1, not ${page}`);
  return page === 1 ? firstPath : `${firstPath}${page}/`;
}
