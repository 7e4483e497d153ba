/**
 * An offline link checker for the built site: every internal link and `#fragment` (on the same
 * page or another) must resolve to a built file and an element id; every external link must be a
 * well-formed https URL marked as external and opened without a referrer. Nothing is fetched.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** One reference from a page to a URL. */
export interface PageLink {
  /** The element and attribute, e.g. `a[href]`. */
  where: string;
  /** The attribute's value as written. */
  value: string;
  /** The `rel` tokens, for links. */
  rel: string[];
  /** The visible text of a link, for messages. */
  text: string;
}

/** What the checker needs of one page: its ids and its links. */
export interface ParsedPage {
  /** Every `id` on the page (fragment targets). */
  ids: Set<string>;
  /** Every link, script, stylesheet, image and form target. */
  links: PageLink[];
}

const LINK_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
];

function textOf(node: Element | Root): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textOf(child);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function tokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Parses a page's HTML into its ids and links. */
export function parsePage(html: string): ParsedPage {
  const tree = fromHtml(html);
  const ids = new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
  const links: PageLink[] = [];
  for (const [tag, attribute] of LINK_ATTRIBUTES) {
    for (const el of selectAll(`${tag}[${attribute}]`, tree)) {
      const property = attribute === 'href' ? 'href' : attribute === 'src' ? 'src' : 'action';
      links.push({
        where: `${tag}[${attribute}]`,
        value: String(el.properties[property]),
        rel: tokens(el.properties.rel),
        text: textOf(el),
      });
    }
  }
  return { ids, links };
}

/** The URL path a built file is served at: `reports/x/index.html` → `/reports/x/`, `404.html` → `/404.html`. */
export function urlPathForFile(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Whether an href leaves the site: an absolute URL on another origin (mailto: and the like included). */
export function isExternalHref(href: string, siteOrigin: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) return false;
  try {
    return new URL(href).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** The `rel` tokens an external link must carry. */
export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'] as const;

/**
 * Every problem with the links of the built site, as `page: message` lines. `pages` maps each
 * page's URL path to its parsed HTML; `files` holds the URL path of every built file (pages
 * included); both are paths within the site, without the base path. `siteOrigin` is the public
 * origin, whose absolute links count as internal; `base` is the path the site is served under
 * (`/`, or `/kursk/`), which every internal link must stay under.
 */
export function findLinkProblems(
  pages: ReadonlyMap<string, ParsedPage>,
  files: ReadonlySet<string>,
  siteOrigin: string,
  base = '/',
): string[] {
  const problems: string[] = [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pageFor = (path: string): ParsedPage | undefined =>
    pages.get(path) ?? pages.get(`${path}${path.endsWith('/') ? '' : '/'}`);
  for (const [pagePath, page] of pages) {
    for (const link of page.links) {
      const label = `${pagePath}: ${link.where}="${link.value}"${link.text ? ` (“${link.text}”)` : ''}`;
      if (isExternalHref(link.value, siteOrigin)) {
        let url: URL | undefined;
        try {
          url = new URL(link.value);
        } catch {
          problems.push(`${label}: not a well-formed URL`);
          continue;
        }
        if (url.protocol !== 'https:') problems.push(`${label}: external links must use https`);
        if (link.where !== 'a[href]') problems.push(`${label}: loads a resource from another site`);
        const missing = EXTERNAL_REL.filter((token) => !link.rel.includes(token));
        if (link.where === 'a[href]' && missing.length > 0)
          problems.push(`${label}: external link lacks rel ${missing.join(' ')}`);
        continue;
      }
      const url = new URL(link.value, `${siteOrigin}${prefix}${pagePath.slice(1)}`);
      if (url.origin !== siteOrigin) {
        problems.push(`${label}: not a link this checker understands`);
        continue;
      }
      const served = decodeURI(url.pathname);
      if (!served.startsWith(prefix)) {
        problems.push(`${label}: ${served} is outside the base path ${prefix}`);
        continue;
      }
      const target = `/${served.slice(prefix.length)}`;
      if (!files.has(target)) {
        problems.push(`${label}: ${target} is not a built page or file`);
        continue;
      }
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (fragment) {
        const targetPage = pageFor(target);
        if (!targetPage) problems.push(`${label}: #${fragment} points into ${target}, which is not a page`);
        else if (!targetPage.ids.has(fragment))
          problems.push(`${label}: ${target} has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}
