/** A claim: a number someone put on something (troops deployed, killed, wounded...). */
import { z } from 'astro/zod';
import {
  basisSchema,
  inferredPartSchema,
  requireInferredPartFits,
  createCitationSchema,
  createClaimantSchema,
  datedSchema,
  freeTextSchema,
  partialDateSchema,
  reasonSchema,
  requireReasonWhenInferred,
  shownTextSchema,
  slugSchema,
} from './common';

/** A claimed value: one number, or a range when the source gives one. */
export const claimValueSchema = z.union([
  z.number({ message: 'must be a number, without quotes or thousands separators' }),
  z
    .object({
      /** The low end of the range. */
      min: z.number(),
      /** The high end of the range. */
      max: z.number(),
    })
    .refine((range) => range.min <= range.max, { message: "a range's 'min' must not exceed its 'max'" }),
]);

/**
 * What a claim's number covers, so the ledger compares like with like (src/lib/claims.ts):
 *
 * - `running-total`: everything counted from a start (`period.from`, when known) up to a moment
 *   (`period.to`, else when it was claimed), e.g. soldiers killed since the deployment began;
 * - `period`: counted within a bounded stretch of time: `period.from` and `period.to`, or, when the
 *   source gives no dates, its length in words (`span: three days`);
 * - `incident`: one event, named by `incident` (an event id in content/events/);
 * - `at-one-time`: how many there were at one moment, e.g. troops massed on a border.
 */
export const scopeKindSchema = z.enum(['running-total', 'period', 'incident', 'at-one-time']);

/** A claim's scope: its kind, and the incident, place or span it is about. */
export const createScopeSchema = <E extends z.ZodType>(refs: { entity: E }) =>
  z
    .object({
      /** What kind of count it is: `running-total`, `period`, `incident` or `at-one-time`. */
      kind: scopeKindSchema,
      /** For an `incident`: the id of the event in content/events/ that the figure counts. */
      incident: slugSchema.optional(),
      /** Where the counted things were, when the source says: the id of a place in content/entities/. */
      place: refs.entity.optional(),
      /** For a `period` whose dates the source does not give: its length as the source puts it, e.g. `three days`. */
      span: freeTextSchema(3, 100).optional(),
    })
    .strict();

export const createClaimSchema = <S extends z.ZodType, E extends z.ZodType, Q extends z.ZodType>(refs: {
  source: S;
  entity: E;
  quantity: Q;
}) =>
  z
    .object({
      /** The quantity claimed: the id of a file in content/quantities/, shared by every claim about the same thing. */
      quantity: refs.quantity,
      /** The claimed value. */
      value: claimValueSchema,
      /** How the value is qualified: `exactly`, `at least`, `about`, `up to`, `more than`. */
      qualifier: z.enum(['exactly', 'at-least', 'about', 'up-to', 'more-than']).default('exactly'),
      /** The unit counted, e.g. `soldiers`. */
      unit: freeTextSchema(2, 60),
      /** What exactly is counted, in the archive's words. */
      counts: freeTextSchema(10, 1000),
      /**
       * Who made the claim: the entity the capture names for it (`lee-seong-kweun`), an entity the
       * archive identifies (`{ entity, basis: inferred, asWritten, reason }`), or the source report
       * in its own voice (`{ report: <source-id> }`). See `createClaimantSchema`.
       */
      claimant: createClaimantSchema(refs),
      /** When the claim was made, stated or inferred (e.g. from 'on Thursday' and the source's date). */
      claimedAt: datedSchema,
      /**
       * The period the figure covers, when the source says; for a running total, `to` is the moment
       * it counts up to. `basis` says whether the source prints these dates or the archive worked
       * them out (a year from a report's date for 'last fall'); an inferred period gives its `reason`.
       */
      period: z
        .strictObject({
          from: partialDateSchema.optional(),
          to: partialDateSchema.optional(),
          basis: basisSchema,
          reason: reasonSchema.optional(),
          /** `year` when the capture prints the months or seasons ('early January') but not the year. */
          inferredPart: inferredPartSchema.optional(),
        })
        .superRefine(requireReasonWhenInferred('period'))
        .superRefine(requireInferredPartFits('period'))
        .optional(),
      /** What the number covers (a running total, a period, one incident, one moment), so only like is compared with like. */
      scope: createScopeSchema(refs),
      /** The sources that report the claim. */
      sources: z.array(createCitationSchema(refs.source)).min(1, { message: 'needs at least one source' }),
    })
    .superRefine((claim, ctx) => {
      const { scope, period } = claim;
      if (scope.kind === 'incident' && scope.incident === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['scope', 'incident'],
          message:
            "is missing: an 'incident' claim names the event it counts, 'incident: <event-id>' (a file in content/events/)",
        });
      if (scope.kind !== 'incident' && scope.incident !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['scope', 'incident'],
          message: "is only for an 'incident' claim; remove it, or make the scope 'kind: incident'",
        });
      if (scope.kind === 'period' && scope.span === undefined && !(period?.from && period.to))
        ctx.addIssue({
          code: 'custom',
          path: ['scope', 'span'],
          message:
            "is missing: a 'period' claim needs its bounds ('period: { from: …, to: … }') or, when the source gives no dates, its length in words ('span: three days')",
        });
      if (scope.kind !== 'period' && scope.span !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['scope', 'span'],
          message: "is only for a 'period' claim; remove it, or make the scope 'kind: period'",
        });
    });

/** A quantity: one thing that several claims put numbers on, so their estimates stand side by side. */
export const createQuantitySchema = <S extends z.ZodType>(refs: { source: S }) =>
  z.strictObject({
    /** What is counted, as a short label, e.g. `North Korean soldiers killed in Kursk`. */
    label: shownTextSchema(5, 150),
    /** What exactly the figures count, and what they leave out, in the archive's words. */
    description: shownTextSchema(10, 1000),
    /** Why the estimates may differ (time frame, who counts, what counts), in the archive's words; cited by `noteSources`. */
    note: freeTextSchema(10, 2000).optional(),
    /** The sources that back `note`. */
    noteSources: z.array(createCitationSchema(refs.source)).default([]),
  });
