/** The site's URLs, built from a base path that is passed in (the site may live under a subpath). */

/** Joins the site's base path (`/` or `/kursk/`) and a root-relative path (`/reports/x/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) throw new Error(`withBase: '${path}' must start with '/'`);
  return `${trimmedBase}${path}`;
}

/** Root-relative paths of each kind of page. */
export const paths = {
  home: () => '/',
  reports: (page = 1) => (page === 1 ? '/reports/' : `/reports/${page}/`),
  report: (slug: string) => `/reports/${slug}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  entities: () => '/entities/',
  entity: (id: string) => `/entities/${id}/`,
  timeline: () => '/timeline/',
  event: (id: string) => `/timeline/#event-${id}`,
  figures: () => '/figures/',
  quantity: (id: string) => `/figures/#${id}`,
  claim: (id: string) => `/figures/#claim-${id}`,
  data: () => '/data/',
  analysis: () => '/reports/analysis/',
} as const;
