/**
 * Queries for the investigation layer: entities, events, claims and quantities. Like archive.ts,
 * every cross-collection reference is resolved here and a dangling one fails the build, naming the
 * file, the field and the fix; the rules (status, grouping, mentions) live in src/lib/.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { EntityMentions } from '../markdown/entity-links';
import {
  deriveClaimStatuses,
  groupClaimsByQuantity,
  indexCitingReports,
  toStatusInput,
  type ClaimantLabelInput,
  type ClaimantRef,
  type SourceIdentity,
  type StatusResult,
} from '../lib/claims';
import { formatSourceTitle } from '../lib/sources';
import { comparePartialDates, type PartialDate } from '../lib/dates';
import { mergeMapPlaces, type MapPlace } from '../lib/map';
import { detectScript, namesOf } from '../lib/mentions';
import {
  deriveReportedDate,
  groupEventsByYear,
  type ReportedDate,
  type TimelineGroup,
} from '../lib/timeline';
import { paths } from '../lib/urls';
import {
  getPublishedReports,
  getSources,
  getTopics,
  oncePerBuild,
  type Report,
  type Source,
  type Topic,
} from './archive';
import { groupByKeys, positionsById } from '../lib/reports';

export type Entity = CollectionEntry<'entities'>;
export type Event = CollectionEntry<'events'>;
export type Claim = CollectionEntry<'claims'>;
export type Quantity = CollectionEntry<'quantities'>;
export type EntityKind = Entity['data']['kind'];

type Owner = { id: string; filePath?: string | undefined };
const where = (owner: Owner) => owner.filePath ?? owner.id;

// By position, indexed once per list: claims, events and entities look up thousands of references
// in the shared lists (at 10,000 reports, 3,334 sources for every citation), and a search each time was quadratic.
function lookup<T extends { id: string }>(
  all: readonly T[],
  owner: Owner,
  field: string,
  id: string,
  folder: string,
): T {
  const at = positionsById(all).get(id);
  const found = at === undefined ? undefined : all[at];
  if (!found)
    throw new Error(
      `${where(owner)}: '${field}' names '${id}', which is not in content/${folder}; fix the id or add content/${folder}/${id}.yaml.`,
    );
  return found;
}

/** A citation of a source with its locator, resolved. */
export interface ResolvedCitation {
  source: Source;
  locator?: string | undefined;
}

async function resolveCitations(
  owner: Owner,
  field: string,
  citations: readonly { source: { id: string }; locator?: string | undefined }[],
): Promise<ResolvedCitation[]> {
  const sources = await getSources();
  return citations.map((c, i) => ({
    source: lookup(sources, owner, `${field}[${i}].source`, c.source.id, 'sources'),
    locator: c.locator,
  }));
}

/** Every entity, alphabetically by name. Computed once per build; shared: do not change it. */
export const getEntities: () => Promise<Entity[]> = oncePerBuild(async () =>
  (await getCollection('entities')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
);

/** Every event, earliest first. Computed once per build; shared: do not change it. */
export const getEvents: () => Promise<Event[]> = oncePerBuild(async () =>
  (await getCollection('events')).sort(
    (a, b) => comparePartialDates(a.data.happened.date, b.data.happened.date) || a.id.localeCompare(b.id),
  ),
);

/** Every quantity, alphabetically by label. Computed once per build; shared: do not change it. */
export const getQuantities: () => Promise<Quantity[]> = oncePerBuild(async () =>
  (await getCollection('quantities')).sort((a, b) => a.data.label.localeCompare(b.data.label, 'en')),
);

/** Every claim, in file order. Computed once per build; shared: do not change it. */
export const getClaims: () => Promise<Claim[]> = oncePerBuild(() => getCollection('claims'));

/** The reader's label for each kind of entity, in the order the index lists them. */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = {
  person: 'People',
  organisation: 'Organisations',
  unit: 'Military units',
  place: 'Places',
  weapon: 'Weapons',
};

/** Entities grouped by kind, in the order of {@link KIND_LABELS}; empty kinds left out. */
export async function getEntitiesByKind(): Promise<
  { kind: EntityKind; label: string; entities: Entity[] }[]
> {
  const entities = await getEntities();
  return (Object.keys(KIND_LABELS) as EntityKind[])
    .map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      entities: entities.filter((e) => e.data.kind === kind),
    }))
    .filter((g) => g.entities.length > 0);
}

/**
 * The entities each published report involves: those its text names (found by the link plugin
 * when the report is rendered) merged with its frontmatter `entities`, each checked to exist.
 * Computed once per build (every entity page asks); the map is shared: do not change it.
 */
export const getReportEntities: () => Promise<Map<string, string[]>> = oncePerBuild(async () => {
  const [reports, entities] = await Promise.all([getPublishedReports(), getEntities()]);
  const result = new Map<string, string[]>();
  for (const report of reports) {
    const rendered = await render(report);
    const derived = (rendered.remarkPluginFrontmatter.entityMentions ?? []) as EntityMentions;
    const listed = report.data.entities.map(
      (ref, i) => lookup(entities, report, `entities[${i}]`, ref.id, 'entities').id,
    );
    result.set(report.id, [...new Set([...derived, ...listed])]);
  }
  return result;
});

// Grouped once per build: each entity page asks for its own reports.
const reportsByEntity = oncePerBuild(async () => {
  const [reports, reportEntities] = await Promise.all([getPublishedReports(), getReportEntities()]);
  return groupByKeys(reports, (r) => reportEntities.get(r.id) ?? []);
});

/** Published reports that involve an entity (name it or list it), newest first. */
export async function getReportsNamingEntity(entityId: string): Promise<Report[]> {
  return (await reportsByEntity()).get(entityId) ?? [];
}

/** A source as the status rule sees it: its outlet, and its stated authors (an inferred author does not vouch for independence). */
function identityOf(source: Source): SourceIdentity {
  return {
    id: source.id,
    outlet: source.data.outlet?.name ?? null,
    authors: source.data.authors.filter((a) => a.basis === 'stated').map((a) => a.name),
  };
}

/** A claimant or event claimer as written: an entity (named or identified by the archive), or a report in its own voice. */
type ClaimantData = Claim['data']['claimant'];

/** A claimant resolved: the entity the capture names or the archive identifies, or the source report speaking in its own voice. */
export type ResolvedClaimant =
  | {
      kind: 'entity';
      entity: Entity;
      /** `stated` when the capture names the entity; `inferred` when the archive identifies it. */
      basis: 'stated' | 'inferred';
      /** The capture's words for the party, when given. */
      asWritten?: string | undefined;
      /** Why the archive identifies these words with the entity. */
      reason?: string | undefined;
    }
  | { kind: 'report'; source: Source };

/** A claimant with its references reduced to ids, as src/lib/claims.ts reads it. */
function refOf(claimant: ClaimantData): ClaimantRef {
  return claimant.kind === 'report'
    ? { kind: 'report', report: claimant.report.id }
    : { kind: 'entity', entity: claimant.entity.id };
}

async function resolveClaimant(
  owner: Owner,
  field: string,
  claimant: ClaimantData,
): Promise<ResolvedClaimant> {
  if (claimant.kind === 'report')
    return {
      kind: 'report',
      source: lookup(await getSources(), owner, `${field}.report`, claimant.report.id, 'sources'),
    };
  return {
    kind: 'entity',
    entity: lookup(await getEntities(), owner, field, claimant.entity.id, 'entities'),
    basis: claimant.basis,
    asWritten: claimant.asWritten,
    reason: claimant.reason,
  };
}

/** A resolved claimant as `formatClaimant` (src/lib/claims.ts) reads it. */
export function claimantLabel(claimant: ResolvedClaimant): ClaimantLabelInput {
  if (claimant.kind === 'entity')
    return { kind: 'entity', name: claimant.entity.data.name, basis: claimant.basis };
  return {
    kind: 'report',
    outlet: claimant.source.data.outlet,
    title: formatSourceTitle(claimant.source.data),
  };
}

/** The entity of a resolved claimant, if it is one. */
/** The derived status of every claim, by claim id. Computed once per build; shared: do not change it. */
export const getClaimStatuses: () => Promise<Map<string, StatusResult>> = oncePerBuild(async () => {
  const [claims, sources, entities, quantities] = await Promise.all([
    getClaims(),
    getSources(),
    getEntities(),
    getQuantities(),
  ]);
  for (const claim of claims) {
    const claimant = claim.data.claimant;
    if (claimant.kind === 'entity') lookup(entities, claim, 'claimant', claimant.entity.id, 'entities');
    else lookup(sources, claim, 'claimant.report', claimant.report.id, 'sources');
    lookup(quantities, claim, 'quantity', claim.data.quantity.id, 'quantities');
    claim.data.sources.forEach((s, i) =>
      lookup(sources, claim, `sources[${i}].source`, s.source.id, 'sources'),
    );
  }
  return deriveClaimStatuses(
    claims.map((c) =>
      toStatusInput(c.id, {
        ...c.data,
        quantity: c.data.quantity.id,
        claimant: refOf(c.data.claimant),
        scope: { ...c.data.scope, place: c.data.scope.place?.id },
        sources: c.data.sources.map((s) => ({ source: s.source.id })),
      }),
    ),
    new Map(sources.map((s) => [s.id, identityOf(s)])),
  );
});

/** A claim's scope resolved: its kind, and the event and place it names. */
export interface ResolvedScope {
  kind: Claim['data']['scope']['kind'];
  /** For an incident: the event it counts. */
  incident?: Event | undefined;
  /** The place the counted things were in, when the source says. */
  place?: Entity | undefined;
  /** For a period without dates: its length in words. */
  span?: string | undefined;
}

/** A claim ready to show: the entry, its claimant and quantity, its cited sources, its derived status, and the reports citing it. */
export interface ClaimView {
  claim: Claim;
  claimant: ResolvedClaimant;
  scope: ResolvedScope;
  quantity: Quantity;
  citations: ResolvedCitation[];
  status: StatusResult;
  reports: Report[];
}

/** A report's links into the figures ledger, as its render plugins recorded them. */
async function figureLinksOf(report: Report): Promise<string[]> {
  const links = (await render(report)).remarkPluginFrontmatter.figureLinks as string[] | undefined;
  if (!links)
    throw new Error(
      `${report.filePath ?? report.id}: rendering recorded no figure links; is the figure-links plugin missing from astro.config.mjs?`,
    );
  return links;
}

/** Every claim, resolved, with its status and the reports that cite it (see `reportCitesClaim` in src/lib/claims.ts). Computed once per build; shared: do not change it. */
export const getClaimViews: () => Promise<ClaimView[]> = oncePerBuild(async () => {
  const [claims, entities, quantities, statuses, reports, events] = await Promise.all([
    getClaims(),
    getEntities(),
    getQuantities(),
    getClaimStatuses(),
    getPublishedReports(),
    getEvents(),
  ]);
  // Reports keep no Markdown body; their figure links were recorded while rendering (src/markdown/figure-links.ts).
  const citing = indexCitingReports(
    await Promise.all(
      reports.map(async (r) => ({ sources: r.data.sources.map((s) => s.id), links: await figureLinksOf(r) })),
    ),
  );
  return Promise.all(
    claims.map(async (claim) => ({
      claim,
      claimant: await resolveClaimant(claim, 'claimant', claim.data.claimant),
      scope: {
        kind: claim.data.scope.kind,
        incident:
          claim.data.scope.incident === undefined
            ? undefined
            : lookup(events, claim, 'scope.incident', claim.data.scope.incident, 'events'),
        place:
          claim.data.scope.place === undefined
            ? undefined
            : lookup(entities, claim, 'scope.place', claim.data.scope.place.id, 'entities'),
        span: claim.data.scope.span,
      },
      quantity: lookup(quantities, claim, 'quantity', claim.data.quantity.id, 'quantities'),
      citations: await resolveCitations(claim, 'sources', claim.data.sources),
      status: statuses.get(claim.id)!,
      reports: citing({
        id: claim.id,
        quantity: claim.data.quantity.id,
        sources: claim.data.sources.map((s) => s.source.id),
      }).map((at) => reports[at]!),
    })),
  );
});

/** The figures ledger: each quantity (most claims first) with its note, the note's sources, and its claims by claim date. */
export async function getFigures() {
  const [quantities, views] = await Promise.all([getQuantities(), getClaimViews()]);
  // Quantities with the most competing claims first, where the ledger matters most; then by label.
  const count = (id: string) => views.filter((v) => v.quantity.id === id).length;
  const order = quantities.map((q) => q.id).sort((a, b) => count(b) - count(a));
  const groups = groupClaimsByQuantity(
    views.map((v) => ({
      id: v.claim.id,
      quantity: v.quantity.id,
      claimedAt: v.claim.data.claimedAt.date,
      view: v,
    })),
    order,
    comparePartialDates,
  );
  return Promise.all(
    groups.map(async (g) => {
      const quantity = quantities.find((q) => q.id === g.quantity)!;
      return {
        quantity,
        noteCitations: await resolveCitations(quantity, 'noteSources', quantity.data.noteSources),
        claims: g.claims.map((c) => c.view),
      };
    }),
  );
}

/** An event ready to show: dates, who claimed it, who and what it involves, and its cited sources. */
export interface EventView {
  event: Event;
  reported: ReportedDate;
  /** Who reported or claimed it, as the captures credit it. */
  claimedBy: ResolvedClaimant[];
  /** The entities among `claimedBy` (named or identified), for filters and entity pages. */
  claimedByEntities: Entity[];
  entities: Entity[];
  topics: Topic[];
  citations: ResolvedCitation[];
}

/** Every event, resolved, earliest first. Computed once per build; shared: do not change it. */
export const getEventViews: () => Promise<EventView[]> = oncePerBuild(async () => {
  const [events, entities, topics] = await Promise.all([getEvents(), getEntities(), getTopics()]);
  return Promise.all(
    events.map(async (event) => {
      const citations = await resolveCitations(event, 'sources', event.data.sources);
      const claimedBy = await Promise.all(
        event.data.claimedBy.map((c, i) => resolveClaimant(event, `claimedBy[${i}]`, c)),
      );
      return {
        event,
        reported: deriveReportedDate(
          event.data.reportedAt,
          citations.map((c) => ({ id: c.source.id, published: c.source.data.published.date })),
        ),
        claimedBy,
        claimedByEntities: claimedBy.flatMap((c) => (c.kind === 'entity' ? [c.entity] : [])),
        entities: event.data.entities.map((ref, i) =>
          lookup(entities, event, `entities[${i}]`, ref.id, 'entities'),
        ),
        topics: event.data.topics.map((ref, i) => lookup(topics, event, `topics[${i}]`, ref.id, 'topics')),
        citations,
      };
    }),
  );
});

/** The timeline split by year (oldest first), each year's month groups cut into pages (`parts`). */
export async function getTimelineYears() {
  const views = await getEventViews();
  const viewGroups = (g: TimelineGroup<{ view: EventView }>): TimelineGroup<EventView> => ({
    ...g,
    events: g.events.map((e) => e.view),
  });
  return groupEventsByYear(
    views.map((v) => ({ id: v.event.id, happened: v.event.data.happened.date, view: v })),
  ).map((y) => ({
    year: y.year,
    count: y.count,
    parts: y.parts.map((p) => ({ number: p.number, count: p.count, groups: p.groups.map(viewGroups) })),
  }));
}

/** The timeline page that holds each event, by event id: its year, and which page of that year (1 for the first). */
export const getEventPages: () => Promise<Map<string, { year: number; part: number }>> = oncePerBuild(
  async () => {
    const years = await getTimelineYears();
    return new Map(
      years.flatMap((y) =>
        y.parts.flatMap((p) =>
          p.groups.flatMap((g) =>
            g.events.map((e) => [e.event.id, { year: y.year, part: p.number }] as const),
          ),
        ),
      ),
    );
  },
);

/** Each event's address on the timeline (`paths.event`), by event id. */
export const getEventAddresses: () => Promise<Map<string, string>> = oncePerBuild(async () => {
  const pages = await getEventPages();
  return new Map([...pages].map(([id, { year, part }]) => [id, paths.event(id, year, part)]));
});

/** Everything an entity page shows. */
export async function getEntityView(entity: Entity) {
  const [entities, claims, events] = await Promise.all([getEntities(), getClaimViews(), getEventViews()]);
  return {
    /** The sources' other spellings of the name. */
    names: namesOf({ id: entity.id, name: entity.data.name, aliases: entity.data.aliases })
      .slice(1)
      .map((text) => ({ text, script: detectScript(text) })),
    /** Names the archive adds for search, with their language. */
    searchNames: entity.data.searchNames.map((n) => ({
      text: n.name,
      lang: n.lang,
      script: detectScript(n.name),
    })),
    /** The capture wording the archive identifies with this entity, each with where it is and why. */
    identifications: await Promise.all(
      entity.data.identifications.map(async (idn, i) => ({
        asWritten: idn.asWritten,
        reason: idn.reason,
        citation: (await resolveCitations(entity, `identifications[${i}]`, [idn]))[0]!,
      })),
    ),
    roles: entity.data.roles.map((role, i) => ({
      title: role.title,
      organisation: role.organisation
        ? lookup(entities, entity, `roles[${i}].organisation`, role.organisation.id, 'entities')
        : undefined,
    })),
    citations: await resolveCitations(entity, 'sources', entity.data.sources),
    reports: await getReportsNamingEntity(entity.id),
    claims: claims.filter((c) => c.claimant.kind === 'entity' && c.claimant.entity.id === entity.id),
    events: events.filter(
      (e) =>
        e.claimedByEntities.some((x) => x.id === entity.id) || e.entities.some((x) => x.id === entity.id),
    ),
    members: entities.filter((e) => e.data.roles.some((r) => r.organisation?.id === entity.id)),
  };
}

/** The places the locator map marks: reference places merged with place entities that have coordinates (linked to their pages). */
export async function getMapPlaces(reference: readonly MapPlace[], highlight?: string): Promise<MapPlace[]> {
  const entities = await getEntities();
  const fromEntities: MapPlace[] = entities
    .filter((e) => e.data.kind === 'place' && e.data.coordinates)
    .map((e) => ({
      id: e.id,
      name: e.data.name,
      lat: e.data.coordinates!.lat,
      lon: e.data.coordinates!.lon,
      kind: 'city',
      href: paths.entity(e.id),
      highlight: e.id === highlight,
    }));
  return mergeMapPlaces(reference, fromEntities);
}

/** A source record by id, or undefined when this archive has none by that id (a fixture archive). */
export async function findSource(id: string): Promise<Source | undefined> {
  return (await getSources()).find((s) => s.id === id);
}

/** Published reports of type `analysis`, newest first. */
export async function getAnalyses(): Promise<Report[]> {
  return (await getPublishedReports()).filter((r) => r.data.type === 'analysis');
}

export type { PartialDate };
