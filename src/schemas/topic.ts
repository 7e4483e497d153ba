/** A topic: a theme that reports are filed under, with a slug apart from its label. */
import { z } from 'astro/zod';
import { shownTextSchema, slugSchema } from './common';

export const topicSchema = z.strictObject({
  /** The topic's slug, used in its URL: `/topics/<id>/`. */
  id: slugSchema,
  /** The topic's name as shown to readers. */
  label: shownTextSchema(2, 60),
  /** One sentence on what the topic covers. */
  description: shownTextSchema(10, 400),
});

export type TopicData = z.output<typeof topicSchema>;
