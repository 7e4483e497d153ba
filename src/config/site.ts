/** Site-wide settings and the one place that reads the base path Astro was built with. */
import { withBase } from '../lib/urls';

export const SITE = {
  name: 'The Kursk Files',
  tagline: "North Korea's part in Russia's war against Ukraine, cited fact by fact.",
  description:
    'An investigative archive on the North Korean troops sent to Kursk, the drones, the casualty figures and who claimed them. Every fact is cited to the report it came from.',
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

/** A root-relative path with the site's base path in front, for every link and asset. */
export const link = (path: string): string => withBase(import.meta.env.BASE_URL, path);
