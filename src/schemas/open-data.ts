/**
 * The shape of the open data files under /data/: one record schema per file. The JSON Schema
 * published beside each file (`/data/<name>.schema.json`) is generated from these with
 * `z.toJSONSchema`, and docs/data.md documents every field.
 */
import { z } from 'astro/zod';

/** A date at its precision, with how the archive knows it. */
export const dataDateSchema = z.object({
  /** The date as written: `2024`, `2024-autumn`, `2024-12` or `2024-12-19`. */
  value: z.string().describe('The date as written: YYYY, YYYY-season, YYYY-MM or YYYY-MM-DD'),
  /** How precisely it is known. */
  precision: z.enum(['year', 'season', 'month', 'day']),
  /** `stated` by the capture, `inferred` by the archive, or (for a first-report date) `derived` from the earliest source. */
  basis: z.enum(['stated', 'inferred', 'derived']),
  /** For an inferred date: what it was inferred from; otherwise null. */
  reason: z.string().nullable(),
  /** `year` when only the year was inferred (the capture prints the day, month or season); otherwise null. */
  inferredPart: z.enum(['year']).nullable(),
});

/**
 * Who made a statement, as the capture credits it: an entity it names (`basis: stated`), an
 * entity the archive identifies from the capture's words (`basis: inferred`, with `asWritten` and
 * `reason`), or the source report itself in its own voice (`report`, and `entity` null).
 */
export const claimantRecordSchema = z.object({
  /** Entity id, or null when the report speaks in its own voice. */
  entity: z.string().nullable(),
  /** Source id of the report that says it in its own voice, or null. */
  report: z.string().nullable(),
  /** `stated` (the capture names the entity) or `inferred` (the archive identifies it); null for a report. */
  basis: z.enum(['stated', 'inferred']).nullable(),
  /** The capture's own words for the party, or null. */
  asWritten: z.string().nullable(),
  /** For an inferred claimant: why the archive takes the words to mean the entity; otherwise null. */
  reason: z.string().nullable(),
});

/** One report of the archive. */
export const reportRecordSchema = z.object({
  /** The report's id (its URL slug). */
  id: z.string(),
  /** Absolute URL of the report page. */
  url: z.url(),
  /** Headline. */
  title: z.string(),
  /** `report` or `analysis`. */
  type: z.enum(['report', 'analysis']),
  /** Day the archive published it, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Day of the latest update, or null. */
  updated: z.string().nullable(),
  /** Who wrote it for the archive. */
  byline: z.string(),
  /** Topic ids. */
  topics: z.array(z.string()),
  /** Source ids, primary source first. */
  sources: z.array(z.string()).min(1),
  /** Entity ids the report involves: named in its text or listed in its frontmatter. */
  entities: z.array(z.string()),
});

/** One captured source. */
export const sourceRecordSchema = z.object({
  /** Source id. */
  id: z.string(),
  /** Absolute URL of the source record page. */
  page: z.url(),
  /** Headline as published, or a title the archive supplied. */
  title: z.string(),
  /** True when the archive supplied the title. */
  titleSuppliedByArchive: z.boolean(),
  /** Outlet name, or null when unknown. */
  outlet: z.string().nullable(),
  /** How the outlet is known (`stated` or `inferred`), or null when unknown. */
  outletBasis: z.enum(['stated', 'inferred']).nullable(),
  /** Authors as spelled in the capture: `stated` for a byline, `inferred` (with locator and reason) when taken from elsewhere, such as a closing biography. */
  authors: z.array(
    z.object({
      /** The name. */
      name: z.string(),
      /** `stated` (a byline) or `inferred`. */
      basis: z.enum(['stated', 'inferred']),
      /** The byline as printed, when it differs from the name, or null. */
      asPrinted: z.string().nullable(),
      /** Where in the capture the name is (`¶ N`), or null. */
      locator: z.string().nullable(),
      /** For an inferred author: why the archive takes the person to be the author; otherwise null. */
      reason: z.string().nullable(),
    }),
  ),
  /** Other names printed with the author credit whose role the capture does not state. */
  namedWithoutRole: z.array(z.object({ name: z.string(), locator: z.string() })),
  /** Publication date with precision and basis. */
  published: dataDateSchema,
  /** Original address of the report, or null when the capture gives none. */
  url: z.string().nullable(),
  /** File name of the capture. */
  captureFile: z.string(),
  /** SHA-256 of the capture file. */
  captureSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** One entity. */
export const entityRecordSchema = z.object({
  /** Entity id. */
  id: z.string(),
  /** Absolute URL of the entity page. */
  url: z.url(),
  /** Display name. */
  name: z.string(),
  /** person, organisation, unit, place or weapon. */
  kind: z.enum(['person', 'organisation', 'unit', 'place', 'weapon']),
  /** Description in the archive's words. */
  description: z.string(),
  /** Other spellings, each found in a capture. */
  aliases: z.array(z.string()),
  /** Names the archive adds for search (another script, a fuller name), with their BCP 47 language; no capture uses them. */
  searchNames: z.array(z.object({ name: z.string(), lang: z.string() })),
  /** Capture wording the archive takes to mean this entity: its inference, with where the words are and why. */
  identifications: z.array(
    z.object({
      /** The capture's words. */
      asWritten: z.string(),
      /** Source id. */
      source: z.string(),
      /** Where in the capture. */
      locator: z.string(),
      /** Always `inferred`. */
      basis: z.literal('inferred'),
      /** Why the archive takes the words to mean this entity. */
      reason: z.string(),
    }),
  ),
  /** Roles: a title and, when it is an entity, the organisation's id. */
  roles: z.array(z.object({ title: z.string(), organisation: z.string().nullable() })),
  /** Reference coordinates (not evidence), or null. */
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  /** Source ids backing the description. */
  sources: z.array(z.string()).min(1),
});

/** One event. */
export const eventRecordSchema = z.object({
  /** Event id. */
  id: z.string(),
  /** Absolute URL of the event on the timeline. */
  url: z.url(),
  /** When it happened. */
  date: dataDateSchema,
  /** The earliest report of it the archive has: the date an editor gives, else the publication date of the earliest source in this archive that reports it (not the first report anywhere). */
  reported: dataDateSchema,
  /** What happened, in the archive's words. */
  text: z.string(),
  /** Ids of the entities who reported or claimed it, whether the capture names them or the archive identifies them (see `claimants`). */
  claimedBy: z.array(z.string()),
  /** Who reported or claimed it, each as the capture credits it, including reports speaking in their own voice. */
  claimants: z.array(claimantRecordSchema),
  /** Ids of the entities involved. */
  entities: z.array(z.string()),
  /** Topic ids. */
  topics: z.array(z.string()),
  /** Source ids. */
  sources: z.array(z.string()).min(1),
});

/** One claimed figure. */
export const claimRecordSchema = z.object({
  /** Claim id. */
  id: z.string(),
  /** Absolute URL of the claim in the figures ledger. */
  url: z.url(),
  /** The single number claimed, or null when the claim is a range (see min and max). */
  value: z.number().nullable(),
  /** Low end: the number itself, or the range's minimum. */
  min: z.number(),
  /** High end: the number itself, or the range's maximum. */
  max: z.number(),
  /** exactly, at-least, about, up-to or more-than. */
  qualifier: z.enum(['exactly', 'at-least', 'about', 'up-to', 'more-than']),
  /** Unit counted. */
  unit: z.string(),
  /** What exactly is counted. */
  counts: z.string(),
  /** Quantity id. */
  quantity: z.string(),
  /**
   * Who made the claim, as one id: the claimant's entity id, or `report:<source-id>` when the report
   * gives the figure in its own voice (see `claimantDetail`). Claims with the same claimant share it.
   */
  claimant: z.string(),
  /** Who made the claim, as the capture credits it. */
  claimantDetail: claimantRecordSchema,
  /** When the claim was made. */
  claimedAt: dataDateSchema,
  /** Start of the period covered, or null. */
  periodFrom: z.string().nullable(),
  /** End of the period covered (for a running total, the moment it counts up to), or null. */
  periodTo: z.string().nullable(),
  /** `stated` when the source prints the period's dates, `inferred` when the archive worked them out; null without a period. */
  periodBasis: z.enum(['stated', 'inferred']).nullable(),
  /** For an inferred period: what it was inferred from; else null. */
  periodReason: z.string().nullable(),
  /** `year` when only the period's year was inferred (the capture prints its months or seasons); otherwise null. */
  periodInferredPart: z.enum(['year']).nullable(),
  /** What the figure covers; only claims of the same scope are compared for a dispute. */
  scope: z.object({
    /** `running-total`, `period`, `incident` or `at-one-time`. */
    kind: z.enum(['running-total', 'period', 'incident', 'at-one-time']),
    /** For an incident: the event id it counts, else null. */
    incident: z.string().nullable(),
    /** The place entity id, when the source says, else null. */
    place: z.string().nullable(),
    /** For a period without dates: its length in words, else null. */
    span: z.string().nullable(),
  }),
  /** Source ids. */
  sources: z.array(z.string()).min(1),
  /** URLs of the reports that cite the claim. */
  reports: z.array(z.url()),
  /** Derived status. */
  status: z.enum(['single-source', 'corroborated', 'disputed']),
  /** Independent sources reporting this claimant's value. */
  independentSources: z.number().int(),
  /** Ids of the claims it conflicts with. */
  disputedBy: z.array(z.string()),
  /** Ids of the other claims of the same quantity and scope: the only ones it was compared with. */
  comparedWith: z.array(z.string()),
  /** Source ids that report this claimant's value but name neither outlet nor author, so do not count as independent. */
  uncountedSources: z.array(z.string()),
});

/** Every open data file: its record schema, title, and CSV columns when it has a CSV form. */
export const OPEN_DATA = {
  reports: { title: 'Reports', record: reportRecordSchema },
  sources: { title: 'Sources', record: sourceRecordSchema },
  entities: { title: 'Entities', record: entityRecordSchema },
  events: { title: 'Events', record: eventRecordSchema },
  claims: { title: 'Claims', record: claimRecordSchema },
} as const;

/** Name of an open data file. */
export type OpenDataName = keyof typeof OPEN_DATA;

/** The JSON Schema of a data file (an array of records), generated from its zod schema. */
export function openDataJsonSchema(name: OpenDataName): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.array(OPEN_DATA[name].record), { io: 'output' }),
    title: `The Kursk Files: ${OPEN_DATA[name].title.toLowerCase()}`,
  };
}

export type ReportRecord = z.output<typeof reportRecordSchema>;
export type SourceRecord = z.output<typeof sourceRecordSchema>;
export type EntityRecord = z.output<typeof entityRecordSchema>;
export type EventRecord = z.output<typeof eventRecordSchema>;
export type ClaimRecord = z.output<typeof claimRecordSchema>;
export type DataDate = z.output<typeof dataDateSchema>;
export type ClaimantRecord = z.output<typeof claimantRecordSchema>;
