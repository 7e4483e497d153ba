/**
 * Test helpers: a report rendered with the site's Sätteri plugins as Astro renders it, as `.md`
 * (Sätteri's Markdown compiler, to HTML) and as `.mdx` (its MDX compiler, to a component, run here
 * with a small JSX runtime that writes HTML), so each plugin test runs every case through both.
 */
import {
  defineMdastPlugin,
  evaluate,
  markdownToHtml,
  mdxToJs,
  type CompileOptions,
  type Data,
  type MarkdownToHtmlResult,
  type MdastPluginEntry,
  type MdxToJsResult,
} from 'satteri';

/** The data Astro hands a Sätteri render: the file's frontmatter and empty heading and image lists. */
export function astroData(frontmatter: Record<string, unknown> = {}) {
  return {
    astro: {
      frontmatter,
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  };
}

/** What a render gives a test: the HTML (without Sätteri's final newline) and the document data. */
export interface Rendered {
  html: string;
  data: Data;
}

/** Renders Markdown with plugins that are all synchronous, as the site's are. */
export function renderSync(markdown: string, options: CompileOptions = {}): MarkdownToHtmlResult {
  const result = markdownToHtml(markdown, options);
  if (result instanceof Promise)
    throw new Error('a plugin ran asynchronously; the site’s plugins are synchronous');
  return result;
}

/** Compiles MDX to a module as Astro's `mdx()` does, with plugins that are all synchronous. */
export function mdxToJsSync(mdx: string, options: CompileOptions = {}): MdxToJsResult {
  const result = mdxToJs(mdx, options);
  if (result instanceof Promise)
    throw new Error('a plugin ran asynchronously; the site’s plugins are synchronous');
  return result;
}

/**
 * Drops an MDX report's `import` lines once the site's plugins have read them: `evaluate` cannot
 * load an .astro file, so a test passes the imported components to `renderMdx` instead.
 */
export const withoutImports: MdastPluginEntry = () =>
  defineMdastPlugin({
    name: 'test:without-imports',
    mdxjsEsm(node, ctx) {
      ctx.removeNode(node);
    },
  });

/** HTML already written, so a parent does not escape it again. */
class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}
const Fragment = Symbol('Fragment');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const childrenHtml = (children: unknown): string =>
  (Array.isArray(children) ? children : [children])
    .map((c) => (c instanceof Html ? c.html : c == null || c === false ? '' : escapeText(String(c))))
    .join('');

/** A JSX runtime that writes HTML, enough for the elements Markdown makes and simple components. */
function jsx(type: unknown, props: unknown): Html {
  if (typeof type === 'function') return (type as (p: unknown) => Html)(props);
  const { children, ...attributes } = props as Record<string, unknown>;
  if (type === Fragment) return new Html(childrenHtml(children));
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v != null && v !== false)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
  return new Html(`<${String(type)}${attrs}>${childrenHtml(children)}</${String(type)}>`);
}

/**
 * Renders MDX as Astro's `mdx()` compiles it with the Sätteri processor (HTML attribute names,
 * GFM and smart punctuation as `renderMdx` is asked), then runs the component. `components` are
 * the components the MDX uses, each writing its own HTML.
 */
export function renderMdx(
  mdx: string,
  options: CompileOptions & { components?: Record<string, (props: { children?: unknown }) => string> } = {},
): Rendered {
  const { components = {}, ...compile } = options;
  const data = compile.data ?? {};
  const module = evaluate(mdx, {
    ...compile,
    data,
    Fragment,
    jsx,
    jsxs: jsx,
    elementAttributeNameCase: 'html',
  });
  if (module instanceof Promise)
    throw new Error('a plugin ran asynchronously; the site’s plugins are synchronous');
  const Content = module.default as (props: { components: Record<string, unknown> }) => Html;
  const wrapped = Object.fromEntries(
    Object.entries(components).map(([name, render]) => [
      name,
      (props: { children?: unknown }) =>
        new Html(render({ ...props, children: childrenHtml(props.children) })),
    ]),
  );
  return { html: Content({ components: wrapped }).html.trimEnd(), data };
}

/** The two ways a report is rendered, for `describe.each`: `.md` and `.mdx`, the same plugins. */
export const formats = [
  {
    name: '.md',
    render: (source: string, options: CompileOptions = {}): Rendered => {
      const { html, data } = renderSync(source, options);
      return { html: html.trimEnd(), data };
    },
  },
  {
    name: '.mdx',
    render: (source: string, options: CompileOptions = {}): Rendered => renderMdx(source, options),
  },
];
