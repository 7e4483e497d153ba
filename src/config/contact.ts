/**
 * Where readers report an error: an e-mail address or the https address of a contact page, set by
 * whoever deploys the archive. The repository sets none, and none may be made up: without one, the
 * "Report an error" page says that this copy has no contact configured. `src/config/site.ts` reads
 * the environment variable `KURSK_CONTACT`, once; this module only parses and checks it.
 */

/** The environment variable that sets the contact for a build. */
export const CONTACT_VARIABLE = 'KURSK_CONTACT';

/** A contact for error reports: an e-mail address, or the address of a page on the deployer's site. */
export type Contact = { kind: 'email'; address: string } | { kind: 'url'; href: string };

const EXAMPLE = `${CONTACT_VARIABLE}=corrections@example.org or ${CONTACT_VARIABLE}=https://example.org/contact`;

/**
 * The contact `text` sets (an e-mail address, or an https:// address), or `undefined` when `text`
 * is unset or blank. Throws on anything else, naming where the value was set (`where`: the
 * variable, or the file and constant), the value and the forms allowed.
 */
export function parseContact(
  text: string | undefined,
  where: string = CONTACT_VARIABLE,
): Contact | undefined {
  const value = text?.trim() ?? '';
  if (value === '') return undefined;
  if (/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/.test(value))
    return { kind: 'email', address: value };
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && url.hostname.includes('.')) return { kind: 'url', href: url.href };
  throw new Error(
    `${where}: '${value}' is neither an e-mail address nor an https:// address; set it to the address where readers should report errors (e.g. ${EXAMPLE}), or leave it unset.`,
  );
}
