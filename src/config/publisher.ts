/**
 * Who publishes this copy of the archive: a person's or an organisation's name, set by whoever
 * deploys it. The repository sets none, and none may be made up: without one, the About page says
 * that this copy does not name its publisher. `src/config/site.ts` reads the environment variable
 * `KURSK_PUBLISHER`, once; this module only parses and checks it.
 */
import { findInvisible } from '../lib/spellings';

/** The environment variable that names the publisher for a build. */
export const PUBLISHER_VARIABLE = 'KURSK_PUBLISHER';

/** Longest name accepted: it is shown in a sentence on the About page. */
export const PUBLISHER_MAX_LENGTH = 120;

/**
 * The publisher's name `text` sets, trimmed, or `undefined` when it is unset or blank. Throws on a
 * name a reader could not read as typed (an invisible character, markup) or one too long to show,
 * naming where it was set (`where`) and the fix.
 */
export function parsePublisher(
  text: string | undefined,
  where: string = PUBLISHER_VARIABLE,
): string | undefined {
  const value = text?.trim().replace(/\s+/g, ' ') ?? '';
  if (value === '') return undefined;
  const problem =
    value.length > PUBLISHER_MAX_LENGTH
      ? `is ${value.length} characters long, more than the ${PUBLISHER_MAX_LENGTH} the About page shows`
      : findInvisible(value)
        ? 'holds an invisible character, which readers would not see'
        : /[<>]/.test(value)
          ? 'holds < or >: it is shown as text, never as markup'
          : undefined;
  if (problem)
    throw new Error(
      `${where}: '${value.slice(0, 60)}' ${problem}; set it to the plain name of the person or organisation that publishes this copy (e.g. ${PUBLISHER_VARIABLE}="Example Newsroom"), or leave it unset.`,
    );
  return value;
}
