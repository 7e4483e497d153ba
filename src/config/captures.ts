/**
 * Whether this build checked the source captures. A build goes without them only when told to
 * (`KURSK_SKIP_CAPTURES=1`, for synthetic archives and benchmarks); each source page then says
 * its hash was not checked, so a copy built that way never passes for a verified one.
 */

/** The environment variable that builds without the captures. */
export const SKIP_CAPTURES_VARIABLE = 'KURSK_SKIP_CAPTURES';

/** Whether an environment tells the build to go without the captures. */
export const skipsCaptures = (env: Record<string, string | undefined>): boolean =>
  env[SKIP_CAPTURES_VARIABLE] === '1';
