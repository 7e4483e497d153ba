/**
 * Gives every heading and paragraph of a report a stable id (see src/lib/anchors.ts) and a "link to
 * this paragraph/section" control: a plain `<a href="#id">` that works without JavaScript. An
 * editor's own id ends the paragraph as `{#my-id}` in `.md`, `\{#my-id}` in `.mdx` (where a bare
 * `{` starts code); both reach this plugin as the text `{#my-id}`, which it removes.
 */
import type { Root } from 'hast';
import { defineHastPlugin, type HastNode } from 'satteri';
import { planAnchors } from '../lib/anchors';

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
