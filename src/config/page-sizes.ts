/**
 * How many items each paginated list and each feed shows. The site uses the defaults; a build of a
 * test fixture may set smaller sizes with the environment variable `KURSK_PAGE_SIZES`, so that a
 * few reports fill many pages (`KURSK_PAGE_SIZES=reportsPerPage=2,listPageSize=3 npx astro build`).
 * `src/config/site.ts` reads the variable, once; this module only parses and checks it.
 */

/** The site's page sizes. */
export const DEFAULT_PAGE_SIZES = {
  /** Reports per page on /reports/. */
  reportsPerPage: 4,
  /** Reports per page on a topic's pages and on the full lists of an entity's or a source's reports. */
  listPageSize: 20,
  /** Reports an entity or source page shows before linking to the full, paginated list. */
  previewSize: 10,
  /** Source records per page on /sources/. */
  sourcesPerPage: 50,
  /** Newest items in each feed; older ones stay on the site's paginated lists. */
  feedSize: 50,
} as const;

/** One number per list: how many items a page (or a feed) holds. */
export type PageSizes = { readonly [K in keyof typeof DEFAULT_PAGE_SIZES]: number };

/** The environment variable that sets page sizes for a build. */
export const PAGE_SIZES_VARIABLE = 'KURSK_PAGE_SIZES';

const EXAMPLE = `${PAGE_SIZES_VARIABLE}=reportsPerPage=2,listPageSize=3`;

/**
 * The page sizes `text` asks for (`name=number` pairs separated by commas; any size not named keeps
 * its default), or the defaults when `text` is unset or blank. Throws, naming the variable, the
 * entry and what is allowed, on an unknown name, a repeated name, or a size that is not a whole
 * number of at least 1.
 */
export function parsePageSizes(text: string | undefined): PageSizes {
  const sizes: Record<string, number> = { ...DEFAULT_PAGE_SIZES };
  if (text === undefined || text.trim() === '') return sizes as PageSizes;
  const names = Object.keys(DEFAULT_PAGE_SIZES);
  const seen = new Set<string>();
  for (const entry of text.split(',')) {
    const [rawName, rawValue, ...rest] = entry.split('=');
    const name = rawName!.trim();
    if (!names.includes(name))
      throw new Error(
        `${PAGE_SIZES_VARIABLE}: '${entry.trim()}' does not name a page size; the sizes are ${names.join(', ')} (e.g. ${EXAMPLE}).`,
      );
    if (rawValue === undefined || rest.length > 0)
      throw new Error(
        `${PAGE_SIZES_VARIABLE}: '${entry.trim()}' must be written name=number (e.g. ${EXAMPLE}).`,
      );
    if (seen.has(name)) throw new Error(`${PAGE_SIZES_VARIABLE}: ${name} is given twice; give it once.`);
    seen.add(name);
    const value = rawValue.trim();
    if (!/^[1-9]\d*$/.test(value))
      throw new Error(
        `${PAGE_SIZES_VARIABLE}: ${name} must be a whole number of at least 1, not '${value}' (e.g. ${EXAMPLE}).`,
      );
    sizes[name] = Number(value);
  }
  return sizes as PageSizes;
}

/** Writes page sizes as `KURSK_PAGE_SIZES` reads them: the inverse of `parsePageSizes` for the sizes given. */
export function formatPageSizes(sizes: Partial<PageSizes>): string {
  return Object.entries(sizes)
    .map(([name, value]) => `${name}=${value}`)
    .join(',');
}
