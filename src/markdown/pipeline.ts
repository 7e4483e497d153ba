/**
 * The report pipeline: Sätteri's mdast and hast plugins, given to `satteri()` as
 * `markdown.processor` in astro.config.mjs. `mdx()` inherits that processor, so `.md` and `.mdx`
 * reports go through the same plugins. The render benchmark (scripts/bench/render.ts) uses it too.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { FigureIndex } from '../lib/claims';
import type { NamedEntity } from '../lib/mentions';
import { withBase } from '../lib/urls';
import { satteriAnchors } from './anchors';
import { satteriBaseLinks } from './base-links';
import { satteriCitations } from './citations';
import { satteriSafeContent } from './safe-content';
import { satteriEntityLinks } from './entity-links';
import { satteriFigureHrefs } from './figure-hrefs';
import { satteriFigureLinks } from './figure-links';
import { satteriWordCount } from './word-count';

/** What the plugins need to know about the site. */
export interface PipelineOptions {
  /** Every source id; a note citing another fails the build. */
  sourceIds: ReadonlySet<string>;
  /** A source's capture text, for the notes' passages; absent when the build goes without the captures. */
  captureOf?: ((sourceId: string) => string | undefined) | undefined;
  /** Every entity with its names, for linking first mentions. */
  entities: readonly NamedEntity[];
  /** The site's base path, `/` or e.g. `/kursk/`. */
  base: string;
  /** Every quantity and each claim's quantity: figures links are checked and pointed at the quantity's page. */
  figures: FigureIndex;
}

/** Sätteri's plugins, for `satteri()`: every report, `.md` or `.mdx`. */
export function satteriPipeline(options: PipelineOptions): SatteriProcessorOptions {
  return {
    // Nothing but prose and notes (no raw HTML, other link schemes or MDX code); citations
    // numbered and checked; words and figure links recorded (reports keep no raw body).
    mdastPlugins: [
      satteriSafeContent,
      satteriCitations({ sourceIds: options.sourceIds, captureOf: options.captureOf }),
      satteriWordCount,
      satteriFigureLinks,
    ],
    // Entity links on first mentions; stable ids and "link to this paragraph" controls; figures
    // links pointed at the quantity's page; the base path on root-relative links written in
    // reports (e.g. to /figures/).
    hastPlugins: [
      satteriEntityLinks({
        entities: options.entities,
        hrefFor: (id) => withBase(options.base, `/entities/${id}/`),
      }),
      satteriAnchors,
      satteriFigureHrefs(options),
      satteriBaseLinks({ base: options.base }),
    ],
  };
}
