/**
 * What a report may hold besides prose and notes. A report is Markdown (or MDX, for a component):
 * raw HTML, links to other schemes than the web's and e-mail, and MDX code are refused, so that
 * nothing a contributor writes can run, redirect or restyle a page (`<meta http-equiv="refresh">`,
 * a `javascript:` link) and no `.mdx` file can run code while the site is built. The plugin in
 * src/markdown/safe-content.ts applies these rules; the content check and the build both run it.
 */

/** The URL schemes a link or image in a report may use; anything without a scheme is site-relative. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto'] as const;

/**
 * Why a link's address is refused, or undefined when it is allowed: https, http, mailto,
 * site-relative (`/figures/`, `../x/`) and `#fragment` addresses pass; any other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:`) fails, however it is spelt or encoded.
 */
export function urlProblem(url: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme: `java\tscript:` runs.
  const bare = [...url].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `links to '${scheme}:', which a report may not use; link with https:, http: or mailto:, or to a page of this site (/reports/…)`;
}

/**
 * An MDX import the archive allows: one component, by default import, from the site's report
 * components (src/components/mdx/) or the content folder's own components/ folder.
 */
const COMPONENT_IMPORT =
  /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])(?:(?:\.\.\/)+src\/components\/mdx\/|\.\.\/components\/)\1\.astro\2;?$/;

/**
 * The components an MDX report's `import`/`export` block brings in, or the problem with it: only
 * `import Name from '../../src/components/mdx/Name.astro'` (or from the content folder's own
 * `components/`) is allowed; any other import, any export and any code is refused before the
 * report is compiled.
 */
export function esmProblem(value: string): { components: string[]; problem?: string } {
  const components: string[] = [];
  for (const line of value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = COMPONENT_IMPORT.exec(line);
    if (!match)
      return {
        components,
        problem: `'${line.slice(0, 60)}' is not allowed in a report; an .mdx report may only import one of the site's report components, as "import Name from '../../src/components/mdx/Name.astro'", and holds no other import, export or code`,
      };
    components.push(match[1]!);
  }
  return { components };
}

/** What the rules read of an MDX element: its name and its attributes. */
export interface JsxElement {
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
}

/**
 * Why an MDX element is refused, or undefined: it must be a component the report imported, with
 * plain text attributes (no `{…}` code in them, no `on…` handlers).
 */
export function jsxProblem(element: JsxElement, imported: ReadonlySet<string>): string | undefined {
  if (!element.name || !imported.has(element.name))
    return `<${element.name ?? ''}> is not allowed in a report; use Markdown, or import one of the site's report components (src/components/mdx/)`;
  for (const attribute of element.attributes) {
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      (attribute.value !== null && typeof attribute.value !== 'string')
    )
      return `<${element.name}> has an attribute written as code ({…}); write attributes as plain text, name="value"`;
    if (/^on/i.test(attribute.name ?? ''))
      return `<${element.name}> has an event handler '${attribute.name}', which a report may not use`;
  }
  return undefined;
}

/** Raw HTML as the refusal quotes it: its first line, cut at 80 characters. */
export function htmlProblem(value: string): string {
  const line = value.trim().split('\n')[0]!;
  const first = line.length > 80 ? `${line.slice(0, 80)}…` : line;
  return `raw HTML is not allowed in a report ('${first}'); write it in Markdown, or use a component in an .mdx report`;
}
