/**
 * Site-wide settings, and the one place that reads the base path Astro was built with, the page
 * sizes a build was given (src/config/page-sizes.ts), the contact for error reports
 * (src/config/contact.ts) and the publisher's name (src/config/publisher.ts).
 */
import { withBase } from '../lib/urls';
import { CONTACT_VARIABLE, parseContact } from './contact';
import { PAGE_SIZES_VARIABLE, parsePageSizes } from './page-sizes';
import { parsePublisher, PUBLISHER_VARIABLE } from './publisher';

/**
 * Where readers report an error: an e-mail address or an https:// address. None is set here, and
 * none may be made up: whoever deploys the archive sets theirs with the environment variable
 * KURSK_CONTACT, which overrides this, or writes it here in a copy of their own. Without one,
 * /report-an-error/ says that this copy of the archive has no contact configured.
 */
const CONTACT: string | undefined = undefined;

export const SITE = {
  name: 'The Kursk Files',
  tagline: "North Korea's part in Russia's war against Ukraine, cited fact by fact.",
  description:
    'An investigative archive on the North Korean troops sent to Kursk, the drones, the casualty figures and who claimed them. Every fact is cited to the report it came from.',
  /** Page sizes of the paginated lists and feeds: the defaults, or KURSK_PAGE_SIZES for a fixture build. */
  ...parsePageSizes(process.env[PAGE_SIZES_VARIABLE]),
  /** Where readers report an error, or undefined when none is configured (see CONTACT above). */
  contact:
    process.env[CONTACT_VARIABLE] === undefined
      ? parseContact(CONTACT, "src/config/site.ts: 'CONTACT'")
      : parseContact(process.env[CONTACT_VARIABLE]),
  /** Who publishes this copy (KURSK_PUBLISHER), or undefined: none is made up. */
  publisher: parsePublisher(process.env[PUBLISHER_VARIABLE]),
} as const;

/** A root-relative path with the site's base path in front, for every link and asset. */
export const link = (path: string): string => withBase(import.meta.env.BASE_URL, path);
