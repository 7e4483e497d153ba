/**
 * Links the first mention of each entity in a report body to the entity's page, and records every
 * entity the text mentions (in `remarkPluginFrontmatter.entityMentions`, in order of first mention)
 * so entity pages can list the report. Matching follows src/lib/mentions.ts; which mention is
 * linked follows `planEntityLinks` there.
 *
 * Mentions are counted everywhere in the body, but a link is placed only in running text: never
 * inside a heading, an existing link, a citation marker, code, a block quotation or an inline
 * quotation (“…”), so headings, citations and quoted words stay exactly as written. In an `.mdx`
 * report, text inside a component is the component's own and is left alone.
 */
import type { Root } from 'hast';
import { defineHastPlugin, type HastNode, type HastPluginDefinition } from 'satteri';
import { createMentionMatcher, planEntityLinks, type NamedEntity } from '../lib/mentions';
import { setFrontmatter } from './frontmatter';

/** What the plugin needs: the entities and where their pages are. */
export interface EntityLinksOptions {
  /** Every entity with its names. */
  entities: readonly NamedEntity[];
  /** The URL of an entity's page. */
  hrefFor: (id: string) => string;
}

/** What the plugin leaves in `remarkPluginFrontmatter.entityMentions`: entity ids in order of first mention. */
export type EntityMentions = string[];

/** The Sätteri hast plugin: plans on the document's tree once, then queues the edits. */
export function satteriEntityLinks(options: EntityLinksOptions): HastPluginDefinition {
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
