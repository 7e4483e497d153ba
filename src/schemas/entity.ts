/** An entity: a person, organisation, military unit, place or weapon the sources name. */
import { z } from 'astro/zod';
import {
  createCitationSchema,
  freeTextSchema,
  languageTagSchema,
  printedNameSchema,
  REASON_MAX,
  shownTextSchema,
} from './common';

/** What sort of thing an entity is; entity pages are grouped by it. */
export const entityKindSchema = z.enum(['person', 'organisation', 'unit', 'place', 'weapon']);

export const createEntitySchema = <S extends z.ZodType, E extends z.ZodType>(refs: {
  source: S;
  entity: E;
}) =>
  z.strictObject({
    /** The name the archive displays. */
    name: z.string().min(2).max(120, {
      message:
        'is longer than 120 characters, too long for a name; keep the name as the capture prints it, without the words around it',
    }),
    /** What sort of thing it is. */
    kind: entityKindSchema,
    /** A short description in the archive's own words. */
    description: shownTextSchema(10, 1500),
    /**
     * Every other spelling of the name that a capture uses, copied as the capture prints it (the
     * content check fails on an alias that no capture contains). Shown as the sources' spellings,
     * linked in reports and searchable.
     */
    aliases: z
      .array(
        z.string().min(1).max(120, {
          message:
            'is longer than 120 characters, too long for a name; keep the name as the capture prints it, without the words around it',
        }),
      )
      .default([]),
    /**
     * Names the archive adds so readers find the entity however they type it, though no capture
     * uses them: another script (`김정은`, `Путин`), a fuller name, an abbreviation. Each has its
     * language (BCP 47). Searchable, never shown as a source's spelling.
     */
    searchNames: z
      .array(
        z
          .object({
            /** The name as a reader might type it. */
            name: z.string().min(1).max(120, {
              message:
                'is longer than 120 characters, too long for a name; keep the name as the capture prints it, without the words around it',
            }),
            /** Its language, e.g. `en`, `ko`, `ru`, `uk`. */
            lang: languageTagSchema,
          })
          .strict(),
      )
      .default([]),
    /**
     * Where the archive takes a capture's words for an unnamed party to mean this entity (an
     * unnamed "spy agency" for a named service), or takes several names to be one body. Each is
     * the archive's inference, shown as such, with the words, where they are, and the reason.
     */
    identifications: z
      .array(
        z
          .object({
            /** The capture's own words, copied exactly, e.g. `South Korea's spy agency`. */
            asWritten: printedNameSchema(2),
            /** The source whose capture uses them. */
            source: refs.source,
            /** Where in that capture, e.g. `¶ 61`. */
            locator: z.string().min(1),
            /** Always `inferred`: a name the capture itself gives this entity belongs in `aliases`. */
            basis: z.literal('inferred', {
              message:
                "must be 'inferred': an identification is the archive's own; a name the capture itself gives the entity belongs in 'aliases'",
            }),
            /** Why the archive takes these words to mean this entity, written for a reader. */
            reason: freeTextSchema(
              10,
              REASON_MAX,
              'say why the archive takes these words to mean this entity',
            ),
          })
          .strict(),
      )
      .default([]),
    /** Roles and affiliations: a title, and the organisation it is held in when that is an entity. */
    roles: z
      .array(
        z.strictObject({
          /** The role as the sources give it, e.g. `spokesman`. */
          title: printedNameSchema(2),
          /** The organisation the role is held in. */
          organisation: refs.entity.optional(),
        }),
      )
      .default([]),
    /**
     * For a place: reference coordinates in decimal degrees (WGS 84), e.g. of a region's
     * administrative centre, for the locator map. Reference data, not evidence: they come from
     * general geography, not from the sources.
     */
    coordinates: z
      .object({
        /** Latitude, -90 to 90 (north positive). */
        lat: z.number().min(-90).max(90),
        /** Longitude, -180 to 180 (east positive). */
        lon: z.number().min(-180).max(180),
      })
      .optional(),
    /** The sources that name the entity and back its description. */
    sources: z.array(createCitationSchema(refs.source)).min(1, { message: 'needs at least one source' }),
  });

export type EntityKind = z.output<typeof entityKindSchema>;
