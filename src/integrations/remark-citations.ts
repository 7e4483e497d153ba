/**
 * Remark plugin: turns a report's footnote citations into numbered citation links and hands the
 * notes to the page, which renders them with the source's outlet, title and date. Fails the
 * build, naming the file and line, on a marker without a note, a note never cited, a note not in
 * the `@source-id, locator` form, or a source id that does not exist.
 */
import type { FootnoteDefinition, FootnoteReference, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationId, noteId, numberNotes, parseNoteText, type NoteDefinition, type NumberedNote } from '../lib/citations';

export interface RemarkCitationsOptions {
  /** Every source id that exists; a note citing another id fails the build. */
  sourceIds: ReadonlySet<string>;
}

/** What the plugin leaves in `remarkPluginFrontmatter.citations`. */
export type CitationNotes = NumberedNote[];

function where(file: VFile, line?: number): string {
  const path = file.path ?? '(unknown file)';
  return line ? `${path}:${line}` : path;
}

export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const errors: string[] = [];
    const definitions: NoteDefinition[] = [];
    const definedAt = new Map<string, number | undefined>();

    visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      const label = node.label ?? node.identifier;
      const parsed = parseNoteText(label, toString(node));
      if (!parsed.ok) errors.push(`${where(file, node.position?.start.line)}: ${parsed.error}`);
      else if (!options.sourceIds.has(parsed.note.source)) {
        errors.push(
          `${where(file, node.position?.start.line)}: note [^${label}] cites '@${parsed.note.source}', which is not a source; ` +
            `use the id of a file in content/sources/ (one of: ${[...options.sourceIds].sort().join(', ')})`,
        );
      } else {
        definitions.push(parsed.note);
        definedAt.set(parsed.note.label, node.position?.start.line);
      }
    });

    const referenceLabels: string[] = [];
    visit(tree, 'footnoteReference', (node: FootnoteReference) => {
      referenceLabels.push(node.label ?? node.identifier);
    });

    // A marker whose note is missing is not parsed as a reference: it stays as the text "[^x]".
    visit(tree, 'text', (node: Text) => {
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        const start = node.position?.start.line;
        const line = start === undefined ? undefined : start + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
        errors.push(
          `${where(file, line)}: citation [^${match[1]}] has no note; ` +
            `add a line '[^${match[1]}]: @source-id, ¶ N' at the end of the file`,
        );
      }
    });

    const { notes, uncited } = numberNotes(definitions, referenceLabels);
    for (const note of uncited) {
      errors.push(`${where(file, definedAt.get(note.label))}: note [^${note.label}] is never cited; cite it with [^${note.label}] after the sentence it supports, or delete it`);
    }
    if (errors.length > 0) throw new Error(`Citation errors:\n  ${errors.join('\n  ')}`);

    const byLabel = new Map(notes.map((n) => [n.label.toLowerCase(), n]));
    const seen = new Map<number, number>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'footnoteDefinition' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type !== 'footnoteReference' || !parent || index === undefined) return undefined;
      const note = byLabel.get((node.label ?? node.identifier).toLowerCase())!;
      const k = (seen.get(note.n) ?? 0) + 1;
      seen.set(note.n, k);
      // A node with hName/hChildren becomes that element, in Markdown and MDX alike.
      parent.children.splice(index, 1, {
        type: 'text',
        value: '',
        data: {
          hName: 'sup',
          hProperties: { className: ['cite'] },
          hChildren: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: `#${noteId(note.n)}`, id: citationId(note.n, k), 'aria-label': `Note ${note.n}`, dataCite: String(note.n) },
              children: [{ type: 'text', value: String(note.n) }],
            },
          ],
        },
      } as Text);
      return undefined;
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = notes satisfies CitationNotes;
  };
}
