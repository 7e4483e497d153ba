/** An entity: a person, organisation, military unit, place or weapon the sources name. */
import { z } from 'astro/zod';
import { createCitationSchema } from './common';

/** What sort of thing an entity is; entity pages are grouped by it. */
export const entityKindSchema = z.enum(['person', 'organisation', 'unit', 'place', 'weapon']);

export const createEntitySchema = <S extends z.ZodType, E extends z.ZodType>(refs: {
  source: S;
  entity: E;
}) =>
  z.object({
    /** The name the archive displays. */
    name: z.string().min(2),
    /** What sort of thing it is. */
    kind: entityKindSchema,
    /** A short description in the archive's own words. */
    description: z.string().min(10),
    /** Every other spelling of the name found in the sources, plus hyphenation variants and the name in its own script. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Roles and affiliations: a title, and the organisation it is held in when that is an entity. */
    roles: z
      .array(
        z.object({
          /** The role as the sources give it, e.g. `spokesman`. */
          title: z.string().min(2),
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
