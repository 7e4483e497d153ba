/** Checks over a built site on disk, shared by the root and subpath end-to-end tests. */
import { existsSync, readFileSync } from 'node:fs';
import { listSiteUrls, fileForUrl, readLinks } from '../../src/integrations/site-files';

/** Every broken internal link or missing #fragment in a built site, as `page: link` lines. */
export function findBrokenLinks(dir: string, base: string): string[] {
  const problems: string[] = [];
  const pages = listSiteUrls(dir).filter((url) => url.endsWith('/'));
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) idsOf.set(file, readLinks(readFileSync(file, 'utf8')).ids);
    return idsOf.get(file)!;
  };
  for (const url of pages) {
    const file = fileForUrl(dir, url);
    const { links } = readLinks(readFileSync(file, 'utf8'));
    for (const raw of links) {
      if (/^(https?:|mailto:|data:)/.test(raw) || raw === '') continue;
      const [pathPart, fragment] = raw.split('#') as [string, string | undefined];
      let target = file;
      if (pathPart !== '' && !pathPart.startsWith('?')) {
        if (!pathPart.startsWith(base)) {
          problems.push(`${url}: ${raw} is outside the base path ${base}`);
          continue;
        }
        target = fileForUrl(dir, `/${pathPart.slice(base.length)}`);
        if (!existsSync(target)) {
          problems.push(`${url}: ${raw} leads nowhere`);
          continue;
        }
      }
      if (fragment && target.endsWith('.html') && !ids(target).has(decodeURIComponent(fragment))) problems.push(`${url}: ${raw} names a missing #${fragment}`);
    }
  }
  return problems;
}

/** The slugs of the published reports in a built site: report pages that are neither list pages nor redirects. */
export function publishedReportSlugs(dir: string): string[] {
  return listSiteUrls(dir)
    .map((url) => /^\/reports\/([a-z0-9-]+)\/$/.exec(url)?.[1])
    .filter((slug): slug is string => slug !== undefined && !/^\d+$/.test(slug))
    // A report page is an article (its JSON-LD says so); listings such as /reports/analysis/ and
    // redirect pages are not.
    .filter((slug) => /"@type":"(Analysis)?NewsArticle"/.test(readFileSync(fileForUrl(dir, `/reports/${slug}/`), 'utf8')))
    .sort();
}
