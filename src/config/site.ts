/**
 * Site-wide settings, and the one place that reads the base path Astro was built with and the page
 * sizes a build was given (src/config/page-sizes.ts).
 */
import { withBase } from '../lib/urls';
import { PAGE_SIZES_VARIABLE, parsePageSizes } from './page-sizes';

export const SITE = {
  name: 'The Kursk Files',
  tagline: "North Korea's part in Russia's war against Ukraine, cited fact by fact.",
  description:
    'An investigative archive on the North Korean troops sent to Kursk, the drones, the casualty figures and who claimed them. Every fact is cited to the report it came from.',
  /** Page sizes of the paginated lists and feeds: the defaults, or KURSK_PAGE_SIZES for a fixture build. */
  ...parsePageSizes(process.env[PAGE_SIZES_VARIABLE]),
} as const;

/** A root-relative path with the site's base path in front, for every link and asset. */
export const link = (path: string): string => withBase(import.meta.env.BASE_URL, path);
