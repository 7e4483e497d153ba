/**
 * Gives every heading and paragraph of a report a stable id (see src/lib/anchors.ts) and a "link to
 * this paragraph/section" control: a plain `<a href="#id">` that works without JavaScript. Two
 * plugins apply the same plan (`planAnchors`): `rehypeAnchors` for MDX (the remark pipeline) and
 * `satteriAnchors` for Markdown (Sätteri).
 */
import type { Root } from 'hast';
import { defineHastPlugin, type HastNode } from 'satteri';
import { planAnchors } from '../lib/anchors';

/** The class of the link control added to each heading and paragraph (defined in src/lib/anchors.ts). */
export { ANCHOR_CLASS, readableText } from '../lib/anchors';

/** The rehype plugin: applies the plan to the tree in place. */
export function rehypeAnchors() {
  return (tree: Root) => {
    for (const { strip, anchor } of planAnchors(tree)) {
      if (strip) strip.node.value = strip.rest;
      if (!anchor) continue;
      anchor.node.properties.id = anchor.id;
      const at = anchor.before ? anchor.parent.children.indexOf(anchor.before) : -1;
      if (at === -1) anchor.parent.children.push(...anchor.control);
      else anchor.parent.children.splice(at, 0, ...anchor.control);
    }
  };
}

/** The Sätteri hast plugin: plans on the document's tree once, then queues the same edits. */
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
