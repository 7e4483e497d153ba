/** A claim: a number someone put on something (troops deployed, killed, wounded...). */
import { z } from 'astro/zod';
import { createCitationSchema, datedSchema, partialDateSchema } from './common';

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

export const createClaimSchema = <S extends z.ZodType, E extends z.ZodType, Q extends z.ZodType>(refs: {
  source: S;
  entity: E;
  quantity: Q;
}) =>
  z.object({
    /** The quantity claimed: the id of a file in content/quantities/, shared by every claim about the same thing. */
    quantity: refs.quantity,
    /** The claimed value. */
    value: claimValueSchema,
    /** How the value is qualified: `exactly`, `at least`, `about`, `up to`, `more than`. */
    qualifier: z.enum(['exactly', 'at-least', 'about', 'up-to', 'more-than']).default('exactly'),
    /** The unit counted, e.g. `soldiers`. */
    unit: z.string().min(2),
    /** What exactly is counted, in the archive's words. */
    counts: z.string().min(10),
    /** Who made the claim. */
    claimant: refs.entity,
    /** When the claim was made, stated or inferred (e.g. from 'on Thursday' and the source's date). */
    claimedAt: datedSchema,
    /** The period the figure covers, when the source says. */
    period: z.object({ from: partialDateSchema.optional(), to: partialDateSchema.optional() }).optional(),
    /** The sources that report the claim. */
    sources: z.array(createCitationSchema(refs.source)).min(1, { message: 'needs at least one source' }),
  });

/** A quantity: one thing that several claims put numbers on, so their estimates stand side by side. */
export const createQuantitySchema = <S extends z.ZodType>(refs: { source: S }) =>
  z.object({
    /** What is counted, as a short label, e.g. `North Korean soldiers killed in Kursk`. */
    label: z.string().min(5),
    /** What exactly the figures count, and what they leave out, in the archive's words. */
    description: z.string().min(10),
    /** Why the estimates may differ (time frame, who counts, what counts), in the archive's words; cited by `noteSources`. */
    note: z.string().min(10).optional(),
    /** The sources that back `note`. */
    noteSources: z.array(createCitationSchema(refs.source)).default([]),
  });
