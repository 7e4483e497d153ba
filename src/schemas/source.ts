/** A source record: one captured news report that the archive draws on. */
import { z } from 'astro/zod';
import { basisSchema, calendarDateSchema, datedSchema, requireReasonWhenInferred } from './common';

/** Who published the source. `null` when the capture does not say and nothing points to it. */
export const outletSchema = z
  .object({
    /** The outlet's name as a reader knows it, e.g. `NPR`. */
    name: z.string().min(1),
    /** `stated` when the capture names the outlet; `inferred` from a URL, e-mail domain or the like. */
    basis: basisSchema,
    /** For an inferred outlet: what it was inferred from. */
    reason: z.string().min(10).optional(),
  })
  .superRefine(requireReasonWhenInferred('outlet'));

export const sourceSchema = z.object({
  /** The headline as published, or a descriptive title when the capture has none. */
  title: z.string().min(5),
  /** True when the capture has no headline and `title` was written by the archive. */
  titleSuppliedByArchive: z.boolean().default(false),
  /** The publishing outlet, or `null` when unknown. */
  outlet: outletSchema.nullable(),
  /** The people credited as authors, as spelled in the capture; empty when none is named. */
  authors: z.array(z.string().min(1)).default([]),
  /** The byline as printed when it names no person, e.g. `By Staff Writer`. */
  bylineAsPrinted: z.string().min(1).optional(),
  /** When the source was published, with its precision and how the archive knows it. */
  published: datedSchema,
  /** The original address of the report, when the capture gives one. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The capture the record was drawn from, in ../shared/captures. */
  capture: z.object({
    /** File name of the capture, e.g. `000_65705e2e294dcafd.txt`. */
    file: z.string().regex(/^[\w.-]+\.txt$/, { message: "must be a capture file name ending in '.txt'" }),
    /** SHA-256 of the capture file (`sha256sum FILE`), 64 lower-case hex digits. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lower-case hex digits, as printed by sha256sum' }),
  }),
  /** The date the capture was taken into the archive. */
  retrievedAt: calendarDateSchema,
  /** Language of the source, as a BCP 47 tag such as `en`. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: "must be a language tag such as 'en'" }),
  /** How the outlet sourced its report, where the capture says so (e.g. relays Reuters). */
  sourcingNote: z.string().min(10).optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
