/** A source record: one captured news report that the archive draws on. */
import { z } from 'astro/zod';
import {
  basisSchema,
  calendarDateSchema,
  datedSchema,
  freeTextSchema,
  printedNameSchema,
  reasonSchema,
  requireReasonWhenInferred,
  shownTextSchema,
} from './common';

/** Who published the source. `null` when the capture does not say and nothing points to it. */
export const outletSchema = z
  .object({
    /** The outlet's name as a reader knows it, e.g. `NPR`. */
    name: printedNameSchema(1),
    /** `stated` when the capture names the outlet; `inferred` from a URL, e-mail domain or the like. */
    basis: basisSchema,
    /** For an inferred outlet: what it was inferred from. */
    reason: reasonSchema.optional(),
  })
  .superRefine(requireReasonWhenInferred('outlet'));

/**
 * One author of a source. A name printed as a byline (`By …`, `Written by …`) is `stated`; a name
 * the archive takes from elsewhere, such as a closing block with a reporter's biography, is
 * `inferred`, with where it is and why. A plain string is shorthand for a stated byline name.
 */
export const authorSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value, basis: 'stated' } : value),
  z
    .object({
      /** The name, as spelled in the capture (capitals as a reader writes them). */
      name: printedNameSchema(1),
      /** `stated` for a byline; `inferred` when the archive takes the name from elsewhere in the capture. */
      basis: basisSchema,
      /** The byline as printed, when it differs from `name`, e.g. `BY YOUNGNAM KIM`. */
      asPrinted: printedNameSchema(1).optional(),
      /** Where in the capture the name is, e.g. `¶ 95`. Required for an inferred author. */
      locator: z.string().min(1).optional(),
      /** For an inferred author: why the archive takes this person to be the author. */
      reason: reasonSchema.optional(),
    })
    .strict()
    .superRefine(requireReasonWhenInferred('author'))
    .superRefine((author, ctx) => {
      if (author.basis === 'inferred' && author.locator === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['locator'],
          message:
            "is missing: an inferred author needs a locator, '¶ N', saying where in the capture the name is",
        });
    }),
);

/** A name printed with the author credit whose role the capture does not state (shown as "role not stated"). */
export const unexplainedNameSchema = z
  .object({
    /** The name, as spelled in the capture. */
    name: printedNameSchema(1),
    /** Where in the capture, e.g. `¶ 96`. */
    locator: z.string().min(1),
  })
  .strict();

export const sourceSchema = z.strictObject({
  /** The headline as published, or a descriptive title when the capture has none. */
  title: shownTextSchema(5, 300),
  /** True when the capture has no headline and `title` was written by the archive. */
  titleSuppliedByArchive: z.boolean().default(false),
  /** The publishing outlet, or `null` when unknown. */
  outlet: outletSchema.nullable(),
  /**
   * The authors, as spelled in the capture; empty when none is named. A byline name is `stated`;
   * a name taken from a closing author block is `inferred`, with its locator and reason.
   */
  authors: z.array(authorSchema).default([]),
  /** Other names printed with the author credit (e.g. under a closing biography) whose role the capture does not state. */
  namedWithoutRole: z.array(unexplainedNameSchema).default([]),
  /** The byline as printed when it names no person, e.g. `By Staff Writer`. */
  bylineAsPrinted: printedNameSchema(1).optional(),
  /** When the source was published, with its precision and how the archive knows it. */
  published: datedSchema,
  /** The original address of the report, when the capture gives one. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The capture the record was drawn from, in ../shared/captures. */
  capture: z.strictObject({
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
  sourcingNote: freeTextSchema(10, 1500).optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
export type Author = z.output<typeof authorSchema>;
