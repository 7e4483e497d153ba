/** A report: one of the archive's own articles, written from one or more sources. */
import { z } from 'astro/zod';
import { calendarDateSchema, freeTextSchema, shownTextSchema, slugSchema } from './common';

/** Kinds of article: a `report` retells one source; an `analysis` reads several side by side. */
export const reportTypeSchema = z.enum(['report', 'analysis']);

/** One dated entry in a report's log of corrections and updates, shown at the top of the report. */
export const correctionSchema = z.strictObject({
  /** The day the correction or update was published: a real calendar day, on or after the report's. */
  date: calendarDateSchema,
  /** `correction` when something published was wrong; `update` when new information was added. */
  kind: z.enum(['correction', 'update']),
  /** What changed, in a sentence or two a reader can check against the text. */
  text: freeTextSchema(10, 1500, 'say what was corrected or updated, in at least 10 characters'),
});

/**
 * The report schema, given how references to other collections are checked: Astro passes
 * `reference('sources')` and friends, tests pass plain id schemas.
 */
export const createReportSchema = <S extends z.ZodType, E extends z.ZodType, T extends z.ZodType>(refs: {
  source: S;
  entity: E;
  topic: T;
}) =>
  z
    .strictObject({
      /** The headline. */
      title: shownTextSchema(10, 140),
      /** One sentence that says what the report establishes, shown under the headline and in lists. */
      dek: shownTextSchema(20, 300),
      /** Kind of article; defaults to `report`. */
      type: reportTypeSchema.default('report'),
      /** The day the archive published the report. */
      publishedAt: calendarDateSchema,
      /** The day of the latest update, when there has been one. */
      updatedAt: calendarDateSchema.optional(),
      /** Who wrote the report for the archive. */
      byline: freeTextSchema(2, 120),
      /** Topics the report is filed under (ids from content/topics.yaml). */
      topics: z.array(refs.topic).min(1, { message: 'needs at least one topic' }),
      /** The sources the report draws on, primary source first. */
      sources: z.array(refs.source).min(1, { message: 'needs at least one source, primary first' }),
      /** The entities the report mentions. */
      entities: z.array(refs.entity).default([]),
      /**
       * Slugs this report was published under before it was renamed. Each old address keeps working:
       * it redirects to the current one. Never remove an entry once published.
       */
      formerSlugs: z.array(slugSchema).default([]),
      /** The log of corrections and updates, oldest first; it also moves the report's modified date. */
      corrections: z.array(correctionSchema).default([]),
      /**
       * Stated in every report, never assumed: `false` publishes it, `true` keeps it out of every
       * page, feed and file (a misspelt or missing `draft` fails the build rather than publishing).
       */
      draft: z.boolean(),
    })
    .superRefine((report, ctx) => {
      report.corrections.forEach((correction, i) => {
        if (correction.date.getTime() < report.publishedAt.getTime())
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', i, 'date'],
            message: `is ${correction.date.toISOString().slice(0, 10)}, before the report was published (${report.publishedAt.toISOString().slice(0, 10)}); a correction is dated the day it was made, on or after publication`,
          });
      });
    });

/** The report schema with plain ids, for tests and scripts that run without Astro. */
export const reportSchema = createReportSchema({ source: slugSchema, entity: slugSchema, topic: slugSchema });

export type ReportData = z.output<typeof reportSchema>;
/** One entry of a report's corrections log. */
export type Correction = z.output<typeof correctionSchema>;
export { slugSchema as reportSlugSchema };
