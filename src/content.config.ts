/** Collections: loaders plus schemas, nothing else. Content lives in content/ at the top level. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createClaimSchema, createQuantitySchema } from './schemas/claim';
import { createEntitySchema } from './schemas/entity';
import { createEventSchema } from './schemas/event';
import { createReportSchema } from './schemas/report';
import { sourceSchema } from './schemas/source';
import { topicSchema } from './schemas/topic';
import { contentDir } from './content-dir';
import { shareLoaderStores } from './integrations/content-store-module';
import { keepRenderedHtmlApart } from './integrations/rendered-html';

const refs = {
  source: reference('sources'),
  entity: reference('entities'),
  topic: reference('topics'),
  quantity: reference('quantities'),
};

const yamlIn = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '**/*.{yaml,yml}' });

// Each loader leaves its store for the page build, which then holds the store once
// (src/integrations/content-store-module.ts).
export const collections = shareLoaderStores({
  sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
  topics: defineCollection({ loader: file(`${contentDir}/topics.yaml`), schema: topicSchema }),
  reports: defineCollection({
    // Neither raw Markdown nor rendered HTML in the content store (docs/benchmarks.md: at 10,000
    // reports the Markdown was a third of the store, and the HTML two thirds of what was left): the
    // render plugins record what pages need from the Markdown (citations, word count, figure links),
    // and the HTML is kept in a file per report (src/integrations/rendered-html.ts).
    loader: keepRenderedHtmlApart(
      glob({ base: `${contentDir}/reports`, pattern: '**/*.{md,mdx}', retainBody: false }),
    ),
    schema: createReportSchema(refs),
  }),
  entities: defineCollection({ loader: yamlIn('entities'), schema: createEntitySchema(refs) }),
  events: defineCollection({ loader: yamlIn('events'), schema: createEventSchema(refs) }),
  claims: defineCollection({ loader: yamlIn('claims'), schema: createClaimSchema(refs) }),
  quantities: defineCollection({ loader: yamlIn('quantities'), schema: createQuantitySchema(refs) }),
});
