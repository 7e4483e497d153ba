/**
 * Gives every heading and paragraph of a report a stable id (see src/lib/anchors.ts) and a "link to
 * this paragraph/section" control: a plain `<a href="#id">` that works without JavaScript. An
 * editor's own id ends the paragraph, list item or heading as `{#my-id}` in `.md`, `\{#my-id}` in `.mdx` (where a bare
 * `{` starts code); both reach this plugin as the text `{#my-id}`, which it removes.
 */
import type { Root } from 'hast';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type HastPluginEntry } from 'satteri';
import { findIdProblems, planAnchors } from '../lib/anchors';

/** The Sätteri hast plugin: plans on the document's tree once (`planAnchors`), then queues the edits. */
export const satteriAnchors = defineHastPlugin({
  name: 'kursk-files:anchors',
  before(root, ctx) {
    for (const { strip, anchor } of planAnchors(root as Root)) {
      if (strip) ctx.setProperty(strip.node as HastNode, 'value', strip.rest);
      if (!anchor) continue;
      ctx.setProperty(anchor.node as HastNode, 'id', anchor.id);
      if (anchor.before) ctx.insertBefore(anchor.before as HastNode, anchor.control as HastNode[]);
      else ctx.appendChild(anchor.parent as HastNode, anchor.control as HastNode[]);
    }
  },
});

/**
 * The id rules, for the content check (`readCitationNotes`): a heading or paragraph whose id the
 * page already gives one of its own parts (`## Note 1` and note 1), or a malformed `{#…}`, fails
 * naming the file and line (rules: `findIdProblems` in src/lib/anchors.ts). The build runs the
 * content check before it renders a report, so `satteriAnchors` never meets such an id.
 */
export const satteriIdCheck: HastPluginEntry = ({ fileURL }) => {
  const path = fileURL ? fileURLToPath(fileURL) : 'the report';
  return defineHastPlugin({
    name: 'kursk-files:id-check',
    options: { position: true },
    before(root) {
      const problems = findIdProblems(root as Root).map(
        ({ node, problem }) => `${path}:${node.position?.start.line ?? 1}: ${problem}`,
      );
      if (problems.length > 0) throw new Error(`Ids a report may not use:\n  ${problems.join('\n  ')}`);
    },
  });
};
