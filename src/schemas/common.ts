/**
 * Building blocks shared by every collection: ids, partial dates, and citations of a source.
 * Imports only `astro/zod`, so tests and scripts can validate content without Astro running.
 */
import { z } from 'astro/zod';
import { parsePartialDate, type DatePrecision } from '../lib/dates';
import { codePoint, findInvisible } from '../lib/spellings';

/** A lower-case, hyphenated id such as `drone-losses`: the last part of a page's URL. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "must be lower-case letters and digits joined by single hyphens, e.g. 'drone-losses'",
});

/**
 * A date known only as precisely as the evidence allows: `2024`, `2024-autumn`, `2024-12` or
 * `2024-12-19`. YAML turns an unquoted full date into a Date, so that is accepted too.
 */
export const partialDateSchema = z.union([z.string(), z.date()]).transform((raw, ctx) => {
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw.trim();
  const parsed = parsePartialDate(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.date;
});

/**
 * A full calendar day, `YYYY-MM-DD`, as a Date at midnight UTC. Unlike `z.coerce.date()`, an
 * impossible day such as `2024-02-30` is an error instead of silently becoming 1 March.
 */
export const calendarDateSchema = z.union([z.string(), z.date()]).transform((raw, ctx) => {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) {
      ctx.addIssue({ code: 'custom', message: "is not a date; write it as 'YYYY-MM-DD'" });
      return z.NEVER;
    }
    return raw;
  }
  const parsed = parsePartialDate(raw.trim());
  if (!parsed.ok || parsed.date.precision !== 'day') {
    ctx.addIssue({
      code: 'custom',
      message: parsed.ok ? `'${raw}' is not a full day; write it as 'YYYY-MM-DD'` : parsed.error,
    });
    return z.NEVER;
  }
  return new Date(`${parsed.date.iso}T00:00:00Z`);
});

/**
 * Text readers are shown (a headline, a dek, a title, a label, a description), between `min` and
 * `max` characters long: a headline or label without a limit would overflow cards, feeds and
 * link previews. It may hold no invisible character (zero-width space, soft hyphen, a
 * bidirectional control such as the right-to-left override, which reverses what follows it), as
 * those would reach headlines, feeds and cards unseen.
 */
export const shownTextSchema = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max, {
      error: (issue) =>
        `is ${String(issue.input).length} characters long, more than the ${max} it may have (it is shown whole in lists, feeds and link previews); shorten it`,
    })
    .superRefine((text, ctx) => {
      refuseInvisible(text, ctx);
      refuseStraightQuotes(text, ctx);
    });

/**
 * Free text the archive writes or copies for a reader, shown on the page it belongs to rather than
 * in lists (a reason, what a claim counts, a correction, a sourcing note, a name as printed), between
 * `min` and `max` characters long. The limits are set well above the longest such text in content/
 * (docs/editing.md lists them and those lengths) and only stop a runaway value, such as a
 * paste of a whole article, from swamping the page, the data files and the search index. Like
 * shown text, it may hold no invisible or bidirectional-control character.
 */
export const freeTextSchema = (min: number, max: number, minMessage?: string) =>
  z
    .string()
    .min(min, minMessage === undefined ? undefined : { message: minMessage })
    .max(max, {
      error: (issue) =>
        `is ${String(issue.input).length} characters long, more than the ${max} it may have (a longer text would swamp the page it is shown on); shorten it`,
    })
    .superRefine((text, ctx) => {
      refuseInvisible(text, ctx);
      refuseStraightQuotes(text, ctx);
    });

/**
 * A straight quotation mark used as one. Markdown's typography curls a report's quotation marks;
 * text from YAML is shown as typed, so `'on Thursday'` would reach readers with typewriter marks
 * beside the curled ones of the report it explains. A straight apostrophe inside or after a word
 * (`Korea's`, `soldiers'`) is left alone: only a single mark that opens a quotation (at the start,
 * or after a space or an opening bracket or dash, before a word) is one.
 */
function refuseStraightQuotes(text: string, ctx: z.RefinementCtx): void {
  if (text.includes('"'))
    ctx.addIssue({
      code: 'custom',
      message: `uses a straight quotation mark ("), which is shown as typed (text from YAML is not set by Markdown's typography); write “…” around a quotation`,
    });
  const single = /(?:^|[\s([{—–/])'(?=[^\s'])/u.exec(text);
  if (single)
    ctx.addIssue({
      code: 'custom',
      message: `opens a quotation with a straight single quotation mark (${JSON.stringify(text.slice(single.index, single.index + 24).trim())}…), which is shown as typed (text from YAML is not set by Markdown's typography); write “…” around a quotation, ‘…’ inside one`,
    });
}

function refuseInvisible(text: string, ctx: z.RefinementCtx): void {
  const invisible = findInvisible(text);
  if (invisible)
    ctx.addIssue({
      code: 'custom',
      message: `holds an invisible character, ${codePoint(invisible.char)} (${invisible.name}), which readers would not see but which would change the text in pages, feeds and cards; type the text again without it (it usually comes with text pasted from a web page)`,
    });
}

/** The longest a `reason` may be: why a date, claimant, author, outlet or identification is inferred. */
export const REASON_MAX = 1000;
/** A `reason` for an inference: at least 10 characters, at most REASON_MAX. */
export const reasonSchema = freeTextSchema(10, REASON_MAX);
/** A name as a capture prints or writes it (an author, an outlet, a byline as printed). */
export const printedNameSchema = (min: number) => freeTextSchema(min, 200);

/** Whether a value is printed in the capture, or worked out by the archive from other clues. */
export const basisSchema = z.enum(['stated', 'inferred']);

/**
 * A refinement for a value with a `basis`: an inferred one must give its `reason`, so a reader can
 * judge the inference. `what` names the value in the message ("date", "outlet").
 */
export function requireReasonWhenInferred(what: string) {
  return (
    value: { basis: 'stated' | 'inferred'; reason?: string | undefined },
    ctx: z.RefinementCtx,
  ): void => {
    if (value.basis === 'inferred' && !value.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `an inferred ${what} needs a 'reason' that says what it was inferred from`,
      });
    }
  };
}

/** Which part of an inferred date the archive worked out, when not all of it: only `year`. */
export const inferredPartSchema = z.literal('year', {
  message:
    "can only be 'year' (the capture prints the day, month or season, not the year); leave it out when the whole date is inferred",
});

/**
 * A refinement for a date or period with an `inferredPart`: it needs `basis: inferred`, and a date
 * that is only a year has no other part to be stated.
 */
export function requireInferredPartFits(what: string) {
  return (
    value: {
      basis: 'stated' | 'inferred';
      inferredPart?: 'year' | undefined;
      date?: { precision: DatePrecision } | undefined;
      from?: { precision: DatePrecision } | undefined;
      to?: { precision: DatePrecision } | undefined;
    },
    ctx: z.RefinementCtx,
  ): void => {
    if (value.inferredPart === undefined) return;
    if (value.basis !== 'inferred')
      ctx.addIssue({
        code: 'custom',
        path: ['inferredPart'],
        message: `'inferredPart: year' marks a ${what} whose year the archive inferred, so it needs 'basis: inferred' and a 'reason'; remove it for a stated ${what}`,
      });
    const dates = [value.date, value.from, value.to].filter((d) => d !== undefined);
    if (dates.some((d) => d.precision === 'year'))
      ctx.addIssue({
        code: 'custom',
        path: ['inferredPart'],
        message: `a ${what} given only as a year has no stated part: remove 'inferredPart' (the whole ${what} is inferred)`,
      });
  };
}

/**
 * A partial date plus how the archive knows it. An inferred date must say why, so a reader can
 * judge the inference.
 */
export const datedSchema = z
  .strictObject({
    /** The date, as precise as the evidence allows. */
    date: partialDateSchema,
    /** `stated` when the capture prints the date; `inferred` when the archive worked it out. */
    basis: basisSchema,
    /** For an inferred date: the clues it was worked out from, written for a reader. */
    reason: reasonSchema.optional(),
    /**
     * `year` when the capture prints the day, month or season ('December 17', 'late April') and
     * only the year is the archive's: readers then see "(year inferred)", not "(date inferred)".
     */
    inferredPart: inferredPartSchema.optional(),
  })
  .superRefine(requireReasonWhenInferred('date'))
  .superRefine(requireInferredPartFits('date'));

/**
 * A pointer into one source: which source, and where in it (`¶ 4` is the fourth non-blank line of
 * the capture). Used by entities, events and claims; reports cite with footnotes instead.
 */
export const createCitationSchema = <Ref extends z.ZodType>(sourceRef: Ref) =>
  z.strictObject({
    /** Id of the source record in content/sources/. */
    source: sourceRef,
    /** Where in the source, e.g. `¶ 4`. */
    locator: z.string().min(1).optional(),
  });

export type PartialDateInput = z.input<typeof partialDateSchema>;
export type Dated = z.output<typeof datedSchema>;

/** A BCP 47 language tag such as `en`, `ko` or `uk`. */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, {
  message: "must be a language tag such as 'en', 'ko', 'ru' or 'uk'",
});

/**
 * Who made a statement (a claim's `claimant`, an event's `claimedBy`), as an editor writes it:
 *
 * - `<entity-id>`: an entity the capture names for the statement;
 * - `{ entity: <entity-id>, basis: inferred, asWritten: "…", reason: "…" }`: an entity the archive
 *   identifies from the capture's words (an unnamed "spy agency" taken to be a named service);
 * - `{ report: <source-id> }`: the source report itself, saying it in its own voice without
 *   crediting anyone. Never an outlet inferred from a URL: the report is credited, not the outlet.
 *
 * The output is always an object with a `kind`, so code never has to tell a string from an object.
 */
export const createClaimantSchema = <E extends z.ZodType, S extends z.ZodType>(refs: {
  entity: E;
  source: S;
}) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? { entity: value } : value),
    z
      .object({
        /** The entity that made the statement. */
        entity: refs.entity.optional(),
        /** The source report that makes the statement in its own voice. */
        report: refs.source.optional(),
        /** `stated` when the capture names this entity; `inferred` when the archive identifies it from the capture's words. */
        basis: basisSchema.optional(),
        /** The capture's own words for the party, e.g. `South Korea's spy agency`. */
        asWritten: printedNameSchema(2).optional(),
        /** For an inferred claimant: why the archive takes these words to mean this entity. */
        reason: reasonSchema.optional(),
      })
      .strict()
      .superRefine((c, ctx) => {
        if ((c.entity === undefined) === (c.report === undefined))
          ctx.addIssue({
            code: 'custom',
            message:
              "needs either 'entity: <entity-id>' (the party the capture names) or 'report: <source-id>' (the report, saying it in its own voice), and not both",
          });
        if (
          c.report !== undefined &&
          (c.basis !== undefined || c.asWritten !== undefined || c.reason !== undefined)
        )
          ctx.addIssue({
            code: 'custom',
            message:
              "takes no 'basis', 'asWritten' or 'reason' when it is a report speaking in its own voice; remove them, or credit the entity the capture names with 'entity: <entity-id>'",
          });
        if (c.basis === 'inferred' && c.asWritten === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['asWritten'],
            message:
              "is missing: an inferred claimant needs the capture's own words for the party, copied exactly",
          });
        if (c.basis === 'inferred' && c.reason === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message:
              "is missing: an inferred claimant needs a reason saying why the archive takes the capture's words to mean this entity",
          });
      })
      .transform((c) =>
        c.report !== undefined
          ? { kind: 'report' as const, report: c.report as z.output<S> }
          : {
              kind: 'entity' as const,
              entity: c.entity as z.output<E>,
              basis: c.basis ?? ('stated' as const),
              asWritten: c.asWritten,
              reason: c.reason,
            },
      ),
  );
