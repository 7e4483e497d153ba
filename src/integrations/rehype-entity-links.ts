/**
 * Rehype plugin: links the first mention of each entity in a report body to the entity's page,
 * and records every entity the text mentions (in `remarkPluginFrontmatter.entityMentions`, in
 * order of first mention) so entity pages can list the report. Matching follows src/lib/mentions.ts.
 *
 * Mentions are counted everywhere in the body, but a link is placed only in running text: never
 * inside a heading, an existing link, a citation marker, code, a block quotation or an inline
 * quotation (“…”), so headings, citations and quoted words stay exactly as written.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { createMentionMatcher, findMentions, type NamedEntity } from '../lib/mentions';
import { findQuotations } from '../lib/quotes';

export interface RehypeEntityLinksOptions {
  /** Every entity with its names. */
  entities: readonly NamedEntity[];
  /** The URL of an entity's page. */
  hrefFor: (id: string) => string;
}

/** What the plugin leaves in `remarkPluginFrontmatter.entityMentions`: entity ids in order of first mention. */
export type EntityMentions = string[];

const NO_LINK = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'blockquote', 'q', 'sup', 'sub', 'script', 'style', 'svg', 'button', 'label', 'figcaption', 'cite', 'abbr', 'time']);

/** Whether an offset falls inside one of the spans. */
const inside = (spans: { start: number; end: number }[], at: number) => spans.some((s) => at > s.start && at < s.end);

export function rehypeEntityLinks(options: RehypeEntityLinksOptions) {
  const matcher = createMentionMatcher(options.entities);
  return (tree: Root, file: VFile) => {
    const mentioned: string[] = [];
    const linked = new Set<string>();

    const walk = (node: Root | Element, linkable: boolean) => {
      const children = node.children as ElementContent[];
      // Typography plugins may split a text into pieces (`Ukraine`, `’`, `s`); join neighbours so a name can match across them.
      for (let i = children.length - 1; i > 0; i -= 1) {
        const [before, after] = [children[i - 1]!, children[i]!];
        if (before.type === 'text' && after.type === 'text') {
          before.value += after.value;
          children.splice(i, 1);
        }
      }
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i]!;
        if (child.type === 'element') {
          walk(child, linkable && !NO_LINK.has(child.tagName));
          continue;
        }
        if (child.type !== 'text') continue;
        const mentions = findMentions(child.value, matcher);
        for (const m of mentions) if (!mentioned.includes(m.id)) mentioned.push(m.id);
        if (!linkable) continue;
        const quoted = findQuotations(child.value);
        const toLink = mentions.filter((m) => !linked.has(m.id) && !inside(quoted, m.start)).filter((m, k, all) => all.findIndex((x) => x.id === m.id) === k);
        if (toLink.length === 0) continue;
        const parts: ElementContent[] = [];
        let at = 0;
        for (const m of toLink) {
          linked.add(m.id);
          if (m.start > at) parts.push({ type: 'text', value: child.value.slice(at, m.start) } satisfies Text);
          parts.push({
            type: 'element',
            tagName: 'a',
            properties: { href: options.hrefFor(m.id), className: ['entity-link'], dataEntity: m.id },
            children: [{ type: 'text', value: m.text }],
          });
          at = m.end;
        }
        if (at < child.value.length) parts.push({ type: 'text', value: child.value.slice(at) });
        children.splice(i, 1, ...parts);
        i += parts.length - 1;
      }
    };
    walk(tree, true);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.entityMentions = mentioned satisfies EntityMentions;
  };
}
