/**
 * Old addresses that must keep working: a renamed report lists its former slugs, and each becomes
 * a redirect to the current address, as an HTML page any host can serve, a `_redirects` file for
 * hosts that read one, and nginx rules. Pure functions: the caller reads the files.
 */
import { withBase } from './urls';

/** What a report contributes: its slug, its file (for messages) and its former slugs. */
export interface RenamedReport {
  slug: string;
  path: string;
  formerSlugs: readonly string[];
}

/** One redirect between root-relative paths (without the base path). */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * The redirects for every former slug. Throws, naming both files, when a former slug is a live
 * slug or the former slug of another report, since one address cannot lead to two reports.
 */
export function collectRedirects(
  reports: readonly RenamedReport[],
  pathFor: (slug: string) => string,
): Redirect[] {
  const live = new Map(reports.map((r) => [r.slug, r.path]));
  const claimed = new Map<string, string>();
  const errors: string[] = [];
  const redirects: Redirect[] = [];
  for (const report of reports) {
    for (const former of report.formerSlugs) {
      if (former === report.slug) {
        errors.push(
          `${report.path}: 'formerSlugs' lists '${former}', which is the report's own slug; remove it.`,
        );
        continue;
      }
      const livePath = live.get(former);
      if (livePath) {
        errors.push(
          `${report.path}: 'formerSlugs' lists '${former}', but ${livePath} is published at that slug; an old address cannot lead to two reports, so remove it from one of them.`,
        );
        continue;
      }
      const other = claimed.get(former);
      if (other) {
        errors.push(
          `${report.path}: 'formerSlugs' lists '${former}', which ${other} also lists; keep it in the report that really had that address.`,
        );
        continue;
      }
      claimed.set(former, report.path);
      redirects.push({ from: pathFor(former), to: pathFor(report.slug) });
    }
  }
  if (errors.length > 0) throw new Error(`Redirect errors:\n  ${errors.join('\n  ')}`);
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A redirect page for any static host: refreshes at once to the new address, names it canonical,
 * keeps search engines from indexing the old one, and shows a plain link for everyone else.
 */
export function renderRedirectPage(redirect: Redirect, options: { site: string; base: string }): string {
  const target = withBase(options.base, redirect.to);
  const absolute = new URL(target, options.site).href;
  const t = escapeHtml(target);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>This report has moved</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${t}">
<link rel="canonical" href="${escapeHtml(absolute)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<p>This report has moved to <a href="${t}">${escapeHtml(absolute)}</a>.</p>
</body>
</html>
`;
}

/** The `_redirects` file (Netlify, Cloudflare Pages and others): one permanent 301 per line. */
export function renderRedirectsFile(redirects: readonly Redirect[], base: string): string {
  const lines = redirects.map((r) => `${withBase(base, r.from)} ${withBase(base, r.to)} 301`);
  return `# Generated at build from 'formerSlugs' in content/reports; do not edit.\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

/** nginx rules for the same redirects: an exact-match location per old address, with and without its trailing slash. */
export function renderNginxRedirects(redirects: readonly Redirect[], base: string): string {
  const blocks = redirects.flatMap((r) => {
    const from = withBase(base, r.from);
    const to = withBase(base, r.to);
    return [
      `location = ${from} { return 301 ${to}; }`,
      `location = ${from.replace(/\/$/, '')} { return 301 ${to}; }`,
    ];
  });
  return `# Generated at build from 'formerSlugs' in content/reports (npm run build); do not edit.\n# Include inside the server block: include /etc/nginx/kursk-files/redirects.conf;\n${blocks.join('\n')}${blocks.length ? '\n' : ''}`;
}
