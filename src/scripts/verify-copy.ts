/**
 * The "Verify a copy" commands of /data/ name the address they fetch from. As built they name the
 * configured public address; read on another host (a local build, a mirror), the reader means to
 * check the copy in front of them, so the first line names that host instead (as the citations do,
 * `addressForReader`). Without the script the built address stays, which is right for the public site.
 */
import { addressForReader } from '../lib/urls';

const code = document.querySelector<HTMLElement>('[data-verify-site]');
if (code) {
  const built = code.dataset.verifySite!;
  const here = addressForReader(built, import.meta.env.SITE!, window.location.origin);
  const first = code.firstChild;
  if (here !== built && first?.nodeType === Node.TEXT_NODE && first.nodeValue?.startsWith(`site=${built}\n`))
    first.nodeValue = `site=${here}\n${first.nodeValue.slice(`site=${built}\n`.length)}`;
}
