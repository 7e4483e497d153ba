/**
 * The citation plugin: turns a report's footnote citations into numbered citation links and hands
 * the notes to the page in `remarkPluginFrontmatter.citations`, which renders them with the
 * source's outlet, title and date. A marker without a note, a note never cited, a note not in the
 * `@source-id, locator` form or an unknown source id fails the build, naming the file and line
 * (the rules are `checkCitations` in src/lib/citations.ts). The same plugin serves `.md` and
 * `.mdx` reports, and the content check reads notes with it (`readCitationNotes`).
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import { defineMdastPlugin, markdownToHtml, mdxToJs, type Custom, type MdastPluginEntry } from 'satteri';
import {
  checkCitations,
  citationId,
  createCitationCounter,
  findStrayMarkers,
  noteId,
  type NumberedNote,
  type RawNote,
  type StrayMarker,
} from '../lib/citations';
import { setFrontmatter } from './frontmatter';
import { mayHaveIdProblems } from '../lib/anchors';
import { satteriIdCheck } from './anchors';
import { satteriSafeContent } from './safe-content';

/** What the plugin needs to know. */
export interface CitationsOptions {
  /** Every source id that exists; a note citing another id fails the build. */
  sourceIds: ReadonlySet<string>;
  /**
   * A source's capture text: a note's passage not found in it fails the build, and the note links
   * to the paragraph the passage is in. Absent when the build goes without the captures.
   */
  captureOf?: ((sourceId: string) => string | undefined) | undefined;
}

/** What the plugin leaves in `remarkPluginFrontmatter.citations`. */
export type CitationNotes = NumberedNote[];

/**
 * The k-th citation of note n as an mdast node: a `<sup class="cite">` holding the link to the
 * note. Written as nodes rather than HTML, since MDX has no raw HTML.
 */
function citationNode(n: number, k: number): Custom {
  return {
    type: 'citation',
    // Left out of the search index: a note number glued to the last word ("secret.”10") is no
    // part of the text a result's excerpt quotes.
    data: { hName: 'sup', hProperties: { className: ['cite'], dataPagefindIgnore: '' } },
    children: [
      {
        type: 'citationLink',
        data: {
          hName: 'a',
          hProperties: {
            href: `#${noteId(n)}`,
            id: citationId(n, k),
            ariaLabel: `Note ${n}`,
            dataCite: String(n),
          },
        },
        children: [{ type: 'text', value: String(n) }],
      },
    ],
  };
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML the k-th citation of note n renders to, for tools that write report pages without
 * rendering them (scripts/bench/search-site.ts); a unit test holds it to the plugin's output.
 */
export function citationHtml(n: number, k: number): string {
  return `<sup class="cite" data-pagefind-ignore=""><a href="#${escapeAttribute(noteId(n))}" id="${escapeAttribute(citationId(n, k))}" aria-label="Note ${n}" data-cite="${n}">${n}</a></sup>`;
}

/** Creates the Sätteri mdast plugin: a factory, so each document gets its own state. */
export function satteriCitations(options: CitationsOptions): MdastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL ? fileURLToPath(fileURL) : undefined;
    const notes: RawNote[] = [];
    const referenceLabels: string[] = [];
    const strayMarkers: StrayMarker[] = [];
    // Numbered as the text first cites them, as `numberNotes` does; `after` fails the build
    // before a number shown for a missing or rejected note can reach a page.
    const count = createCitationCounter();
    return defineMdastPlugin({
      name: 'kursk-files:citations',
      options: { position: true },
      footnoteDefinition(node, ctx) {
        notes.push({
          label: node.label ?? node.identifier,
          text: ctx.textContent(node),
          line: node.position?.start.line,
        });
        ctx.removeNode(node);
      },
      footnoteReference(node, ctx) {
        const label = node.label ?? node.identifier;
        referenceLabels.push(label);
        const { n, k } = count(label);
        ctx.replaceNode(node, citationNode(n, k));
      },
      text(node) {
        strayMarkers.push(...findStrayMarkers(node.value, node.position?.start.line));
      },
      after(_root, ctx) {
        const checked = checkCitations({
          path,
          sourceIds: options.sourceIds,
          notes,
          referenceLabels,
          strayMarkers,
          captureOf: options.captureOf,
        });
        if (!checked.ok) throw checked.error;
        setFrontmatter(ctx.data, 'citations', checked.notes satisfies CitationNotes);
      },
    });
  };
}

/** Where to read notes from: a report's body, the path it is read from, and the source ids. */
export interface ReadCitationNotesOptions extends CitationsOptions {
  /** The report's file; its extension says whether the body is Markdown or MDX. */
  path: string;
}

/** Where MDX says its source cannot be parsed, as `line:column: message` or on the error. */
function mdxSyntaxLine(error: unknown): { line: number; message: string } | undefined {
  const { message, line } = error as { message?: unknown; line?: unknown };
  if (typeof message !== 'string') return undefined;
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
  if (match) return { line: Number(match[1]), message: match[3]! };
  return typeof line === 'number' ? { line, message } : undefined;
}

/**
 * A report's numbered notes, read with the citation plugin alone (nothing else of the page is
 * made): through Sätteri's MDX compiler for `.mdx`, its Markdown compiler otherwise, as Astro
 * renders them. Throws the plugin's error on bad citations. MDX that does not parse throws an error
 * in the same form (a first line, then `path:line: problem`), with the fix when an editor wrote a
 * paragraph id without its backslash (`{#id}` instead of `\{#id}`).
 */
export function readCitationNotes(body: string, options: ReadCitationNotesOptions): CitationNotes {
  const fileURL = pathToFileURL(options.path);
  const compile = {
    // The safe-content rules first, as in the build: nothing else of the report is compiled.
    mdastPlugins: [satteriSafeContent, satteriCitations(options)],
    // Then the ids the page will give its headings and paragraphs, with the citation markers in
    // place: only where the source could hold a problem, since building the tree is costly.
    hastPlugins: mayHaveIdProblems(body) ? [satteriIdCheck] : [],
    fileURL,
    features: { gfm: true, smartPunctuation: true },
  };
  let result;
  if (options.path.endsWith('.mdx')) {
    try {
      result = mdxToJs(body, compile);
    } catch (error) {
      const syntax = mdxSyntaxLine(error);
      if (!syntax) throw error;
      const text = body.split('\n')[syntax.line - 1] ?? '';
      const hint = /\{#[a-z][a-z0-9-]*\}/.test(text.replace(/\\\{/g, ''))
        ? "; in an .mdx report write a paragraph's own id with a backslash, '\\{#my-id}', since MDX reads '{' as the start of code"
        : '; fix the MDX syntax (write a literal { or < as \\{ or \\<)';
      throw new Error(
        `MDX syntax errors:\n${fileURLToPath(fileURL)}:${syntax.line}: ${syntax.message}${hint}`,
        {
          cause: error,
        },
      );
    }
  } else result = markdownToHtml(body, compile);
  // The citation plugin has no async step, so Sätteri answers at once.
  if (result instanceof Promise)
    throw new Error('satteriCitations became asynchronous; make its callers async');
  type Frontmatter = { astro?: { frontmatter?: { citations?: CitationNotes } } };
  return (result.data as Frontmatter).astro?.frontmatter?.citations ?? [];
}
