/** A claim: a number someone put on something (troops deployed, killed, wounded...). */
import { z } from 'astro/zod';
import { createCitationSchema, partialDateSchema, slugSchema } from './common';

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

export const createClaimSchema = <S extends z.ZodType, E extends z.ZodType>(refs: { source: S; entity: E }) =>
  z.object({
    /** Key of the quantity claimed, shared by every claim about the same thing, e.g. `nk-troops-killed-kursk`. */
    quantity: slugSchema,
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
    /** When the claim was made. */
    claimedAt: partialDateSchema,
    /** The period the figure covers, when the source says. */
    period: z.object({ from: partialDateSchema.optional(), to: partialDateSchema.optional() }).optional(),
    /** The sources that report the claim. */
    sources: z.array(createCitationSchema(refs.source)).min(1, { message: 'needs at least one source' }),
  });
