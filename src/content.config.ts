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

const refs = {
  source: reference('sources'),
  entity: reference('entities'),
  topic: reference('topics'),
  quantity: reference('quantities'),
};

const yamlIn = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '**/*.{yaml,yml}' });

export const collections = {
  sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
  topics: defineCollection({ loader: file(`${contentDir}/topics.yaml`), schema: topicSchema }),
  reports: defineCollection({
    // No raw Markdown in the content store: the render plugins record what pages need from it
    // (citations, word count, figure links) in the rendered entry.
    loader: glob({ base: `${contentDir}/reports`, pattern: '**/*.{md,mdx}', retainBody: false }),
    schema: createReportSchema(refs),
  }),
  entities: defineCollection({ loader: yamlIn('entities'), schema: createEntitySchema(refs) }),
  events: defineCollection({ loader: yamlIn('events'), schema: createEventSchema(refs) }),
  claims: defineCollection({ loader: yamlIn('claims'), schema: createClaimSchema(refs) }),
  quantities: defineCollection({ loader: yamlIn('quantities'), schema: createQuantitySchema(refs) }),
};
