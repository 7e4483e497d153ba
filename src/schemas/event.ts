/** An event: something that happened on a date the sources give or imply. */
import { z } from 'astro/zod';
import {
  createCitationSchema,
  createClaimantSchema,
  datedSchema,
  partialDateSchema,
  shownTextSchema,
} from './common';

export const createEventSchema = <S extends z.ZodType, E extends z.ZodType, T extends z.ZodType>(refs: {
  source: S;
  entity: E;
  topic: T;
}) =>
  z.strictObject({
    /** When it happened, as precisely as known, stated or inferred. */
    happened: datedSchema,
    /**
     * When it was first reported, which may be later than when it happened. Leave it out to use
     * the publication date of the earliest source that reports it.
     */
    reportedAt: partialDateSchema.optional(),
    /** What happened, in one or two sentences of the archive's own words. */
    summary: shownTextSchema(10, 1500),
    /**
     * Who reported or claimed it, each as the capture credits the statement: an entity id, an
     * entity the archive identifies (`{ entity, basis: inferred, asWritten, reason }`), or the
     * source report in its own voice (`{ report: <source-id> }`). See `createClaimantSchema`.
     */
    claimedBy: z.array(createClaimantSchema(refs)).default([]),
    /** The entities involved. */
    entities: z.array(refs.entity).default([]),
    /** Topics the event belongs to. */
    topics: z.array(refs.topic).default([]),
    /** The sources that report it. */
    sources: z.array(createCitationSchema(refs.source)).min(1, { message: 'needs at least one source' }),
  });
