/**
 * The citation plugin for Sätteri, Astro's native Markdown processor, which renders `.md` reports
 * (docs/benchmarks.md). Same rules, output and messages as `remarkCitations` (which serves `.mdx`):
 * both collect what they find and hand it to `checkCitations` in src/lib/citations.ts. Footnote
 * citations become numbered links, the notes go to the page in `remarkPluginFrontmatter.citations`,
 * and a marker without a note, a note never cited, a note not in the `@source-id, locator` form or
 * an unknown source id fails the build, naming the file and line.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import {
  checkCitations,
  citationId,
  createCitationCounter,
  findStrayMarkers,
  noteId,
  type RawNote,
  type StrayMarker,
} from '../lib/citations';
import type { CitationNotes, RemarkCitationsOptions } from './remark-citations';
import { setFrontmatter } from './satteri-data';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<sup>` link that stands for the k-th citation of note n, as the remark plugin writes it. */
export function citationHtml(n: number, k: number): string {
  return `<sup class="cite"><a href="#${escapeAttribute(noteId(n))}" id="${escapeAttribute(citationId(n, k))}" aria-label="Note ${n}" data-cite="${n}">${n}</a></sup>`;
}

/** Creates the Sätteri mdast plugin: a factory, so each document gets its own state. */
export function satteriCitations(options: RemarkCitationsOptions): MdastPluginEntry {
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
        ctx.replaceNode(node, { type: 'html', value: citationHtml(n, k) });
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
        });
        if (!checked.ok) throw checked.error;
        setFrontmatter(ctx.data, 'citations', checked.notes satisfies CitationNotes);
      },
    });
  };
}
