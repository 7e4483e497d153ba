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

export interface RemarkCitationsOptions {
  /** Every source id that exists; a note citing another id fails the build. */
  sourceIds: ReadonlySet<string>;
}

/** What the plugin leaves in `remarkPluginFrontmatter.citations`. */
export type CitationNotes = NumberedNote[];

/** The remark plugin (used for MDX reports; Markdown goes through `satteriCitations`, with the same rules from src/lib/citations.ts). */
export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const notes: RawNote[] = [];
    visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      notes.push({
        label: node.label ?? node.identifier,
        text: toString(node),
        line: node.position?.start.line,
      });
    });
    const referenceLabels: string[] = [];
    visit(tree, 'footnoteReference', (node: FootnoteReference) => {
      referenceLabels.push(node.label ?? node.identifier);
    });
    const strayMarkers: StrayMarker[] = [];
    visit(tree, 'text', (node: Text) => {
      strayMarkers.push(...findStrayMarkers(node.value, node.position?.start.line));
    });
    const checked = checkCitations({
      path: file.path,
      sourceIds: options.sourceIds,
      notes,
      referenceLabels,
      strayMarkers,
    });
    if (!checked.ok) throw checked.error;

    const count = createCitationCounter();
    visit(tree, (node, index, parent) => {
      if (node.type === 'footnoteDefinition' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type !== 'footnoteReference' || !parent || index === undefined) return undefined;
      const { n, k } = count(node.label ?? node.identifier);
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
              properties: {
                href: `#${noteId(n)}`,
                id: citationId(n, k),
                'aria-label': `Note ${n}`,
                dataCite: String(n),
              },
              children: [{ type: 'text', value: String(n) }],
            },
          ],
        },
      } as Text);
      return undefined;
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = checked.notes satisfies CitationNotes;
  };
}
