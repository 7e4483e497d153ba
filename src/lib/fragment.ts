/**
 * The id a page address's fragment names, for the scripts that follow it (src/scripts/). A
 * fragment is whatever the address bar holds after `#`, typed or pasted by anyone: `#%E0%A4%A` or
 * `#%` makes `decodeURIComponent` throw a URIError, which, uncaught, would stop the rest of the
 * page's script (the Copy buttons, the note popover). Such a fragment, or one far longer than any
 * id the site gives, names nothing: the page then reads as if opened without one.
 */

/** Longer than any id the site gives (a heading's slug, `claim-<id>`), so no real anchor is cut. */
export const MAX_FRAGMENT_LENGTH = 512;

/** The decoded id in `hash` (`location.hash`, with or without its `#`), or '' when it names none. */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw.length > MAX_FRAGMENT_LENGTH) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
