/**
 * Links the first mention of each entity in a report body to the entity's page, and records every
 * entity the text mentions (in `remarkPluginFrontmatter.entityMentions`, in order of first mention)
 * so entity pages can list the report. Matching follows src/lib/mentions.ts; which mention is
 * linked follows `planEntityLinks` there, applied by `rehypeEntityLinks` (MDX, remark pipeline)
 * and `satteriEntityLinks` (Markdown, Sätteri).
 *
 * Mentions are counted everywhere in the body, but a link is placed only in running text: never
 * inside a heading, an existing link, a citation marker, code, a block quotation or an inline
 * quotation (“…”), so headings, citations and quoted words stay exactly as written.
 */
import type { Root } from 'hast';
import { defineHastPlugin, type HastNode, type HastPluginDefinition } from 'satteri';
import type { VFile } from 'vfile';
import { createMentionMatcher, planEntityLinks, type NamedEntity } from '../lib/mentions';
import { setFrontmatter } from './satteri-data';

export interface RehypeEntityLinksOptions {
  /** Every entity with its names. */
  entities: readonly NamedEntity[];
  /** The URL of an entity's page. */
  hrefFor: (id: string) => string;
}

/** What the plugin leaves in `remarkPluginFrontmatter.entityMentions`: entity ids in order of first mention. */
export type EntityMentions = string[];

/** The rehype plugin: applies the plan to the tree in place. */
export function rehypeEntityLinks(options: RehypeEntityLinksOptions) {
  const matcher = createMentionMatcher(options.entities);
  return (tree: Root, file: VFile) => {
    const { mentioned, edits } = planEntityLinks(tree, matcher, options.hrefFor);
    for (const { parent, texts, parts } of edits) {
      parent.children.splice(parent.children.indexOf(texts[0]!), texts.length, ...parts);
    }
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.entityMentions = mentioned satisfies EntityMentions;
  };
}

/** The Sätteri hast plugin: plans on the document's tree once, then queues the same edits. */
export function satteriEntityLinks(options: RehypeEntityLinksOptions): HastPluginDefinition {
  const matcher = createMentionMatcher(options.entities);
  return defineHastPlugin({
    name: 'kursk-files:entity-links',
    before(root, ctx) {
      const { mentioned, edits } = planEntityLinks(root as Root, matcher, options.hrefFor);
      for (const { texts, parts } of edits) {
        const [first, ...rest] = texts as HastNode[];
        ctx.replaceNode(first!, parts as HastNode[]);
        for (const text of rest) ctx.removeNode(text);
      }
      setFrontmatter(ctx.data, 'entityMentions', mentioned satisfies EntityMentions);
    },
  });
}
