/**
 * The site fixtures the end-to-end tests build, each once per run, as Playwright web servers
 * (playwright.config.ts) before the tests start.
 */
import { formatPageSizes } from '../../../src/config/page-sizes';

/**
 * A small synthetic archive (scripts/synth.ts, every content kind, no capture files) built with
 * small page sizes, so that two dozen reports fill a dozen pages of /reports/ and several pages of
 * each topic, entity and of /sources/: the windowed page links and their gaps appear as on a large
 * archive. Its text comes from the fixture reports, so edits to content/ do not change it.
 */
export const SYNTH = {
  reports: 24,
  seed: 5,
  corpus: 'tests/fixtures/investigation/reports',
  content: '.synth/e2e-content',
  cache: '.synth/e2e-cache',
  dist: 'dist-synth',
  sizes: { reportsPerPage: 2, listPageSize: 3, previewSize: 2, sourcesPerPage: 3, feedSize: 5 },
} as const;

/** The shell command that writes the synthetic archive and builds it into SYNTH.dist. */
export const buildSynthCommand = [
  `node scripts/synth.ts --reports ${SYNTH.reports} --seed ${SYNTH.seed} --corpus ${SYNTH.corpus} --out ${SYNTH.content} --quiet`,
  // A synthetic archive has no capture files: the build is told to go without them.
  `KURSK_CONTENT_DIR=${SYNTH.content} KURSK_CACHE_DIR=${SYNTH.cache} KURSK_SKIP_CAPTURES=1 KURSK_PAGE_SIZES=${formatPageSizes(SYNTH.sizes)} npx astro build --outDir ${SYNTH.dist}`,
].join(' && ');

/**
 * The contact for error reports that the subpath build (playwright.config.ts) is given with
 * KURSK_CONTACT, as a deployment would set its own: the real build sets none. A reserved example
 * domain: no reader sees this build.
 */
export const SUBPATH_CONTACT = 'https://example.org/report-an-error';

/** The publisher the subpath build is given with KURSK_PUBLISHER; the real build names none. */
export const SUBPATH_PUBLISHER = 'Example Newsroom & Co.';
