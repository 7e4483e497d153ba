/** The records of the open data files, built from the collections. Endpoints in src/pages/data/ call these. */
import { link } from '../config/site';
import type { PartialDate } from '../lib/dates';
import { toIsoDay } from '../lib/dates';
import { paths } from '../lib/urls';
import type {
  ClaimantRecord,
  ClaimRecord,
  DataDate,
  EntityRecord,
  EventRecord,
  OpenDataName,
  ReportRecord,
  SourceRecord,
} from '../schemas/open-data';
import { getPublishedReports, getSources } from './archive';
import {
  getClaimViews,
  getEntities,
  getEventAddresses,
  getEventViews,
  getReportEntities,
  type EventView,
  type ResolvedClaimant,
} from './investigation';

/** A claimant as the open data gives it. */
const claimantRecord = (c: ResolvedClaimant): ClaimantRecord =>
  c.kind === 'report'
    ? { entity: null, report: c.source.id, basis: null, asWritten: null, reason: null }
    : {
        entity: c.entity.id,
        report: null,
        basis: c.basis,
        asWritten: c.asWritten ?? null,
        reason: c.reason ?? null,
      };

const date = (
  d: PartialDate,
  basis: DataDate['basis'],
  reason?: string,
  inferredPart?: 'year',
): DataDate => ({
  value: d.iso,
  precision: d.precision,
  basis,
  reason: reason ?? null,
  inferredPart: inferredPart ?? null,
});

/** Why a derived first-report date is what it is, saying when the source's own date was inferred. */
function derivedReason(v: EventView): string {
  const source = v.citations.find((c) => c.source.id === v.reported.sourceId)!.source;
  const inferred =
    source.data.published.basis === 'inferred'
      ? `, itself inferred: ${source.data.published.reason ?? 'see the source record'}`
      : '';
  return `publication date of the earliest source, ${source.id}${inferred}`;
}

/** Every record of one data file, with absolute URLs on `site`. */
export async function getOpenData(
  name: OpenDataName,
  site: URL,
): Promise<ReportRecord[] | SourceRecord[] | EntityRecord[] | EventRecord[] | ClaimRecord[]> {
  const abs = (path: string) => new URL(link(path), site).href;
  switch (name) {
    case 'reports': {
      const [reports, mentions] = await Promise.all([getPublishedReports(), getReportEntities()]);
      return reports.map((r) => ({
        id: r.id,
        url: abs(paths.report(r.id)),
        title: r.data.title,
        type: r.data.type,
        date: toIsoDay(r.data.publishedAt),
        updated: r.data.updatedAt ? toIsoDay(r.data.updatedAt) : null,
        byline: r.data.byline,
        topics: r.data.topics.map((t) => t.id),
        sources: r.data.sources.map((s) => s.id),
        entities: mentions.get(r.id) ?? [],
      }));
    }
    case 'sources':
      return (await getSources()).map((s) => ({
        id: s.id,
        page: abs(paths.source(s.id)),
        title: s.data.title,
        titleSuppliedByArchive: s.data.titleSuppliedByArchive,
        outlet: s.data.outlet?.name ?? null,
        outletBasis: s.data.outlet?.basis ?? null,
        authors: s.data.authors.map((a) => ({
          name: a.name,
          basis: a.basis,
          asPrinted: a.asPrinted ?? null,
          locator: a.locator ?? null,
          reason: a.reason ?? null,
        })),
        namedWithoutRole: s.data.namedWithoutRole.map((n) => ({ name: n.name, locator: n.locator })),
        published: date(s.data.published.date, s.data.published.basis, s.data.published.reason),
        url: s.data.url ?? null,
        captureFile: s.data.capture.file,
        captureSha256: s.data.capture.sha256,
      }));
    case 'entities':
      return (await getEntities()).map((e) => ({
        id: e.id,
        url: abs(paths.entity(e.id)),
        name: e.data.name,
        kind: e.data.kind,
        description: e.data.description,
        aliases: e.data.aliases,
        searchNames: e.data.searchNames.map((n) => ({ name: n.name, lang: n.lang })),
        identifications: e.data.identifications.map((idn) => ({
          asWritten: idn.asWritten,
          source: idn.source.id,
          locator: idn.locator,
          basis: idn.basis,
          reason: idn.reason,
        })),
        roles: e.data.roles.map((r) => ({ title: r.title, organisation: r.organisation?.id ?? null })),
        coordinates: e.data.coordinates ?? null,
        sources: e.data.sources.map((s) => s.source.id),
      }));
    case 'events': {
      const addresses = await getEventAddresses();
      return (await getEventViews()).map((v) => ({
        id: v.event.id,
        url: abs(addresses.get(v.event.id)!),
        date: date(
          v.event.data.happened.date,
          v.event.data.happened.basis,
          v.event.data.happened.reason,
          v.event.data.happened.inferredPart,
        ),
        reported: date(
          v.reported.date,
          v.reported.basis,
          v.reported.basis === 'derived' ? derivedReason(v) : undefined,
        ),
        text: v.event.data.summary,
        claimedBy: v.claimedByEntities.map((x) => x.id),
        claimants: v.claimedBy.map(claimantRecord),
        entities: v.entities.map((x) => x.id),
        topics: v.topics.map((x) => x.id),
        sources: v.citations.map((c) => c.source.id),
      }));
    }
    case 'claims':
      return (await getClaimViews()).map((v) => {
        const value = v.claim.data.value;
        return {
          id: v.claim.id,
          url: abs(paths.claim(v.claim.id, v.quantity.id)),
          value: typeof value === 'number' ? value : null,
          min: typeof value === 'number' ? value : value.min,
          max: typeof value === 'number' ? value : value.max,
          qualifier: v.claim.data.qualifier,
          unit: v.claim.data.unit,
          counts: v.claim.data.counts,
          quantity: v.quantity.id,
          claimant: v.claimant.kind === 'entity' ? v.claimant.entity.id : `report:${v.claimant.source.id}`,
          claimantDetail: claimantRecord(v.claimant),
          claimedAt: date(
            v.claim.data.claimedAt.date,
            v.claim.data.claimedAt.basis,
            v.claim.data.claimedAt.reason,
            v.claim.data.claimedAt.inferredPart,
          ),
          periodFrom: v.claim.data.period?.from?.iso ?? null,
          periodTo: v.claim.data.period?.to?.iso ?? null,
          periodBasis: v.claim.data.period?.basis ?? null,
          periodReason: v.claim.data.period?.reason ?? null,
          periodInferredPart: v.claim.data.period?.inferredPart ?? null,
          scope: {
            kind: v.scope.kind,
            incident: v.scope.incident?.id ?? null,
            place: v.scope.place?.id ?? null,
            span: v.scope.span ?? null,
          },
          sources: v.citations.map((c) => c.source.id),
          reports: v.reports.map((r) => abs(paths.report(r.id))),
          status: v.status.status,
          independentSources: v.status.independentSources,
          disputedBy: v.status.disputedBy,
          comparedWith: v.status.comparedWith,
          uncountedSources: v.status.uncountedSources,
        };
      });
  }
}

/** CSV columns of the files that have a CSV form, each with how to read it from a record. */
export const CSV_COLUMNS = {
  claims: {
    id: (r: ClaimRecord) => r.id,
    quantity: (r: ClaimRecord) => r.quantity,
    value: (r: ClaimRecord) => r.value,
    min: (r: ClaimRecord) => r.min,
    max: (r: ClaimRecord) => r.max,
    qualifier: (r: ClaimRecord) => r.qualifier,
    unit: (r: ClaimRecord) => r.unit,
    claimant: (r: ClaimRecord) => r.claimant,
    claimant_report: (r: ClaimRecord) => r.claimantDetail.report,
    claimant_basis: (r: ClaimRecord) => r.claimantDetail.basis,
    claimant_as_written: (r: ClaimRecord) => r.claimantDetail.asWritten,
    scope: (r: ClaimRecord) => r.scope.kind,
    scope_incident: (r: ClaimRecord) => r.scope.incident,
    scope_place: (r: ClaimRecord) => r.scope.place,
    scope_span: (r: ClaimRecord) => r.scope.span,
    claimed_date: (r: ClaimRecord) => r.claimedAt.value,
    claimed_precision: (r: ClaimRecord) => r.claimedAt.precision,
    claimed_basis: (r: ClaimRecord) => r.claimedAt.basis,
    claimed_inferred_part: (r: ClaimRecord) => r.claimedAt.inferredPart,
    period_from: (r: ClaimRecord) => r.periodFrom,
    period_to: (r: ClaimRecord) => r.periodTo,
    period_basis: (r: ClaimRecord) => r.periodBasis,
    period_inferred_part: (r: ClaimRecord) => r.periodInferredPart,
    status: (r: ClaimRecord) => r.status,
    independent_sources: (r: ClaimRecord) => r.independentSources,
    sources: (r: ClaimRecord) => r.sources,
    reports: (r: ClaimRecord) => r.reports,
    counts: (r: ClaimRecord) => r.counts,
    url: (r: ClaimRecord) => r.url,
  },
  events: {
    id: (r: EventRecord) => r.id,
    date: (r: EventRecord) => r.date.value,
    date_precision: (r: EventRecord) => r.date.precision,
    date_basis: (r: EventRecord) => r.date.basis,
    date_reason: (r: EventRecord) => r.date.reason,
    date_inferred_part: (r: EventRecord) => r.date.inferredPart,
    reported: (r: EventRecord) => r.reported.value,
    reported_precision: (r: EventRecord) => r.reported.precision,
    reported_basis: (r: EventRecord) => r.reported.basis,
    text: (r: EventRecord) => r.text,
    claimed_by: (r: EventRecord) => r.claimedBy,
    claimed_by_reports: (r: EventRecord) => r.claimants.flatMap((c) => (c.report === null ? [] : [c.report])),
    claimed_by_inferred: (r: EventRecord) =>
      r.claimants.flatMap((c) => (c.basis === 'inferred' && c.entity !== null ? [c.entity] : [])),
    entities: (r: EventRecord) => r.entities,
    topics: (r: EventRecord) => r.topics,
    sources: (r: EventRecord) => r.sources,
    url: (r: EventRecord) => r.url,
  },
} as const;
