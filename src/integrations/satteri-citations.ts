/**
 * The citation plugin for Sätteri, Astro's native Markdown processor, which renders `.md` reports
 * several times faster than the remark pipeline (docs/benchmarks.md). Same rules and output as
 * `remarkCitations` (which still serves `.mdx` and the content tests): footnote citations become
 * numbered links, the notes go to the page in `remarkPluginFrontmatter.citations`, and a marker
 * without a note, a note never cited, a note not in the `@source-id, locator` form or an unknown
 * source id fails the build, naming the file and line.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { citationId, noteId, numberNotes, parseNoteText, type NoteDefinition } from '../lib/citations';
import type { CitationNotes, RemarkCitationsOptions } from './remark-citations';

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<sup>` link that stands for the k-th citation of note n, as the remark plugin writes it. */
export function citationHtml(n: number, k: number): string {
  return `<sup class="cite"><a href="#${escapeAttribute(noteId(n))}" id="${escapeAttribute(citationId(n, k))}" aria-label="Note ${n}" data-cite="${n}">${n}</a></sup>`;
}

/** Creates the Sätteri mdast plugin. State is per document: `before` resets it. */
export function satteriCitations(options: RemarkCitationsOptions) {
  let errors: string[] = [];
  let definitions: NoteDefinition[] = [];
  let definedAt = new Map<string, number | undefined>();
  let referenceLabels: string[] = [];
  let numberOf = new Map<string, number>();
  let usesOf = new Map<number, number>();
  let path = '(unknown file)';
  const where = (line?: number) => (line ? `${path}:${line}` : path);

  return defineMdastPlugin({
    name: 'kursk-files:citations',
    options: { position: true },
    before(_root, ctx) {
      errors = [];
      definitions = [];
      definedAt = new Map();
      referenceLabels = [];
      numberOf = new Map();
      usesOf = new Map();
      path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
    },
    footnoteDefinition(node, ctx) {
      const label = node.label ?? node.identifier;
      const line = node.position?.start.line;
      const parsed = parseNoteText(label, ctx.textContent(node));
      if (!parsed.ok) errors.push(`${where(line)}: ${parsed.error}`);
      else if (!options.sourceIds.has(parsed.note.source)) {
        errors.push(
          `${where(line)}: note [^${label}] cites '@${parsed.note.source}', which is not a source; ` +
            `use the id of a file in content/sources/ (one of: ${[...options.sourceIds].sort().join(', ')})`,
        );
      } else {
        definitions.push(parsed.note);
        definedAt.set(parsed.note.label, line);
      }
      ctx.removeNode(node);
    },
    footnoteReference(node, ctx) {
      // Numbered in the order the text first cites them, as numberNotes does; `after` checks
      // that every label has a note, so a number is never shown for a missing one.
      const label = node.label ?? node.identifier;
      referenceLabels.push(label);
      const key = label.toLowerCase();
      const n = numberOf.get(key) ?? numberOf.size + 1;
      numberOf.set(key, n);
      const k = (usesOf.get(n) ?? 0) + 1;
      usesOf.set(n, k);
      ctx.replaceNode(node, { type: 'html', value: citationHtml(n, k) });
    },
    // A marker whose note is missing is not parsed as a reference: it stays as the text "[^x]".
    text(node) {
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        const start = node.position?.start.line;
        const line = start === undefined ? undefined : start + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
        errors.push(`${where(line)}: citation [^${match[1]}] has no note; add a line '[^${match[1]}]: @source-id, ¶ N' at the end of the file`);
      }
    },
    after(_root, ctx) {
      const { notes, uncited, missing } = numberNotes(definitions, referenceLabels);
      for (const note of uncited) {
        errors.push(`${where(definedAt.get(note.label))}: note [^${note.label}] is never cited; cite it with [^${note.label}] after the sentence it supports, or delete it`);
      }
      for (const label of missing) errors.push(`${where()}: citation [^${label}] has no valid note; fix the note '[^${label}]: @source-id, ¶ N'`);
      if (errors.length > 0) throw new Error(`Citation errors:\n  ${errors.join('\n  ')}`);
      const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter.citations = notes satisfies CitationNotes;
    },
  });
}
