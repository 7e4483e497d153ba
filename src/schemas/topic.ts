/** A topic: a theme that reports are filed under, with a slug apart from its label. */
import { z } from 'astro/zod';
import { slugSchema } from './common';

export const topicSchema = z.strictObject({
  /** The topic's slug, used in its URL: `/topics/<id>/`. */
  id: slugSchema,
  /** The topic's name as shown to readers. */
  label: z.string().min(2),
  /** One sentence on what the topic covers. */
  description: z.string().min(10),
});

export type TopicData = z.output<typeof topicSchema>;
