/**
 * The report pipelines, in one place for astro.config.mjs and the render benchmark
 * (scripts/bench/render.ts): Sätteri with its mdast and hast plugins for `.md`, and the remark
 * pipeline with the same plugins, as remark and rehype plugins, for `.mdx`.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { FigureIndex } from '../lib/claims';
import type { NamedEntity } from '../lib/mentions';
import { withBase } from '../lib/urls';
import { rehypeFigureHrefs, satteriFigureHrefs } from './figure-hrefs';
import { remarkFigureLinks, satteriFigureLinks } from './figure-links';
import { rehypeAnchors, satteriAnchors } from './rehype-anchors';
import { rehypeBaseLinks, satteriBaseLinks } from './rehype-base-links';
import { rehypeEntityLinks, satteriEntityLinks } from './rehype-entity-links';
import { remarkCitations } from './remark-citations';
import { satteriCitations } from './satteri-citations';
import { remarkWordCount, satteriWordCount } from './word-count';

/** What the plugins need to know about the site. */
export interface PipelineOptions {
  /** Every source id; a note citing another fails the build. */
  sourceIds: ReadonlySet<string>;
  /** Every entity with its names, for linking first mentions. */
  entities: readonly NamedEntity[];
  /** The site's base path, `/` or e.g. `/kursk/`. */
  base: string;
  /** Every quantity and each claim's quantity: figures links are checked and pointed at the quantity's page. */
  figures: FigureIndex;
}

const entityLinkOptions = ({ entities, base }: PipelineOptions) => ({
  entities,
  hrefFor: (id: string) => withBase(base, `/entities/${id}/`),
});

/** Sätteri's plugins, for `satteri()`: Markdown reports. */
export function satteriPipeline(options: PipelineOptions): SatteriProcessorOptions {
  return {
    // Citations numbered and checked; words and figure links recorded (reports keep no raw body).
    mdastPlugins: [satteriCitations({ sourceIds: options.sourceIds }), satteriWordCount, satteriFigureLinks],
    // Entity links on first mentions; stable ids and "link to this paragraph" controls; figures
    // links pointed at the quantity's page; the base path on root-relative links written in
    // reports (e.g. to /figures/).
    hastPlugins: [
      satteriEntityLinks(entityLinkOptions(options)),
      satteriAnchors,
      satteriFigureHrefs(options),
      satteriBaseLinks({ base: options.base }),
    ],
  };
}

/** The same plugins for the remark pipeline, for `unified()`: MDX reports. */
export function remarkPipeline(options: PipelineOptions): UnifiedProcessorOptions {
  return {
    remarkPlugins: [[remarkCitations, { sourceIds: options.sourceIds }], remarkWordCount, remarkFigureLinks],
    rehypePlugins: [
      [rehypeEntityLinks, entityLinkOptions(options)],
      rehypeAnchors,
      [rehypeFigureHrefs, { figures: options.figures }],
      [rehypeBaseLinks, { base: options.base }],
    ],
  };
}
