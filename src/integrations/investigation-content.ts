/**
 * Build-time checks of the investigation content (entities, events, claims, quantities) that
 * Astro cannot make or only logs: schema problems named by file, field and fix; references to
 * unknown sources, entities, topics or quantities; a name or alias given to two entities. The build
 * runs the same rules through src/integrations/content-check.ts; these entry points serve the
 * content tests. Also gives astro.config.mjs the entity names the link plugin matches.
 */
import type { ZodType } from 'astro/zod';
import { collectReferences, findDanglingReferences, type ReferenceUse } from '../lib/references';
import { findSharedAliases } from '../lib/aliases';
import type { EntityFile } from '../lib/mentions';
import { createClaimSchema, createQuantitySchema } from '../schemas/claim';
import { slugSchema } from '../schemas/common';
import { createEntitySchema } from '../schemas/entity';
import { createEventSchema } from '../schemas/event';
import { readCollection, readYamlList, type ContentFile } from './content-files';

const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };

/** Extra advice for fields whose schema message alone does not say what to write. */
const FIX_HINTS: Readonly<Record<string, string>> = {
  value: "write a number such as 4700 (no quotes, no thousands separators) or a range as 'value: { min: 1000, max: 2000 }'; words such as 'about' or 'at least' go in 'qualifier'",
  claimant: "add 'claimant: <entity-id>', the id of a file in content/entities/",
  sources: "add 'sources:' with at least one '- source: <source-id>' and its locator '¶ N'",
  quantity: "add 'quantity: <quantity-id>', the id of a file in content/quantities/",
  date: "write the date as 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-season', and a real one",
};

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** A zod issue as `file: 'field': message; fix`, for editors. */
export function describeIssue(file: string, issue: Issue): string {
  const field = issue.path.map(String).join('.') || '(the file)';
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const message = missing ? 'is missing' : issue.message;
  const hint = [...issue.path].reverse().map(String).find((p) => FIX_HINTS[p] !== undefined);
  return `${file}: '${field}' ${message}${hint ? `; ${FIX_HINTS[hint]}` : ''}`;
}

function validate(files: readonly ContentFile[], schema: ZodType): string[] {
  return files.flatMap((f) => {
    const result = schema.safeParse(f.data);
    return result.success ? [] : result.error.issues.map((i) => describeIssue(f.path, i as Issue));
  });
}

/** Everything the checks read, so tests can pass a fixture folder. */
export interface InvestigationFiles {
  entities: ContentFile[];
  events: ContentFile[];
  claims: ContentFile[];
  quantities: ContentFile[];
  reports: ContentFile[];
  sourceIds: Set<string>;
  topicIds: Set<string>;
}

/** Reads the files the checks need from a content folder. */
export function readInvestigationFiles(contentDir: string): InvestigationFiles {
  const topics = (() => {
    try {
      return readYamlList(contentDir, 'topics.yaml').items.map((t) => String(t.id));
    } catch {
      return [];
    }
  })();
  return {
    entities: readCollection(contentDir, 'entities'),
    events: readCollection(contentDir, 'events'),
    claims: readCollection(contentDir, 'claims'),
    quantities: readCollection(contentDir, 'quantities'),
    reports: readCollection(contentDir, 'reports'),
    sourceIds: new Set(readCollection(contentDir, 'sources').map((s) => s.id)),
    topicIds: new Set(topics),
  };
}

/** The entities as the name matcher and clash check see them. */
export function entityNames(files: Pick<InvestigationFiles, 'entities'>): EntityFile[] {
  return files.entities.map((f) => ({
    id: f.id,
    path: f.path,
    name: typeof f.data.name === 'string' ? f.data.name : f.id,
    aliases: Array.isArray(f.data.aliases) ? f.data.aliases.filter((a): a is string => typeof a === 'string') : [],
  }));
}

/** Every problem in the investigation content, each naming the file, the field and the fix; empty when all is well. */
export function checkInvestigationContent(files: InvestigationFiles): string[] {
  const problems = [
    ...validate(files.entities, createEntitySchema(refs)),
    ...validate(files.events, createEventSchema(refs)),
    ...validate(files.claims, createClaimSchema(refs)),
    ...validate(files.quantities, createQuantitySchema(refs)),
  ];
  const ids = (list: ContentFile[]) => new Set(list.map((f) => f.id));
  const known = { sources: files.sourceIds, topics: files.topicIds, entities: ids(files.entities), quantities: ids(files.quantities) };
  const uses: ReferenceUse[] = [
    ...files.entities.flatMap((f) => collectReferences(f.path, f.data, { 'sources.source': 'sources', 'roles.organisation': 'entities' })),
    ...files.events.flatMap((f) => collectReferences(f.path, f.data, { 'sources.source': 'sources', claimedBy: 'entities', entities: 'entities', topics: 'topics' })),
    ...files.claims.flatMap((f) => collectReferences(f.path, f.data, { 'sources.source': 'sources', claimant: 'entities', quantity: 'quantities' })),
    ...files.quantities.flatMap((f) => collectReferences(f.path, f.data, { 'noteSources.source': 'sources' })),
    ...files.reports.flatMap((f) => collectReferences(f.path, f.data, { entities: 'entities' })),
  ];
  problems.push(...findDanglingReferences(uses, known));
  problems.push(...findSharedAliases(entityNames(files)));
  return problems;
}

/** Throws one error listing every problem, for the build. */
export function assertInvestigationContent(files: InvestigationFiles): void {
  const problems = checkInvestigationContent(files);
  if (problems.length > 0) throw new Error(`Content errors (${problems.length}):\n  ${problems.join('\n  ')}`);
}
