/**
 * The content, read once and checked, for build-time code and editors' scripts: every file
 * parses, matches its schema, points only at entries that exist, cites correctly, records the
 * right capture hash, and no spelling belongs to two entities. Each problem is one line naming
 * the file, the field and the fix. `readContent` also returns the typed view of the entries that
 * passed their schemas, which astro.config.mjs hands to the Markdown pipeline, the redirects and
 * the search index, so nothing else at build time reads content/ or re-checks a field by hand.
 * Run by `npm run check` (scripts/check-content.mjs) and when astro.config.mjs is loaded; the
 * build fails on any problem (src/integrations/content-check.ts), so it never ships content that
 * Astro itself would only warn about (duplicate ids, dangling references).
 */
import { toJSONSchema, type z } from 'astro/zod';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  entityNames,
  findAliasesInNoCapture,
  findSharedAliases,
  findUnsafeSpellings,
  normaliseForCapture,
  usesSpelling,
} from '../lib/aliases';
import { fieldsAt, nearestName, type JsonSchemaNode } from '../lib/field-names';
import { countParagraphs, locatorProblem, type CaptureParagraphs } from '../lib/locators';
import { findTodoFields } from '../lib/scaffold';
import { groupSourcesByOutlet } from '../lib/outlets';
import { collectRedirects } from '../lib/redirects';
import { paths, reservedIdReason } from '../lib/urls';
import { collectReferences, findDanglingReferences, findDuplicateIds } from '../lib/references';
import { createClaimSchema, createQuantitySchema } from '../schemas/claim';
import { slugSchema } from '../schemas/common';
import { createEntitySchema } from '../schemas/entity';
import { createEventSchema } from '../schemas/event';
import { reportSchema } from '../schemas/report';
import { sourceSchema } from '../schemas/source';
import { topicSchema, type TopicData } from '../schemas/topic';
import { captureReader, readCollectionEach, type ContentFile } from './content-files';
import { readCitationNotes, type CitationNotes } from '../markdown/citations';
import { figureIndex, figureLinkProblems } from '../markdown/figure-hrefs';

/** Where to look: the content folder, and the captures folder when it exists. */
export interface ContentCheckOptions {
  /** The content folder (content/, or a fixture). */
  contentDir: string;
  /**
   * The folder of source captures, whose hashes, paragraphs and spellings are checked; a folder
   * that does not exist is a problem. `undefined` skips those checks (KURSK_SKIP_CAPTURES=1).
   */
  capturesDir?: string | undefined;
}

/** What the check reads of a zod issue. */
export interface Issue {
  /** Where in the file: field names and list positions. */
  path: PropertyKey[];
  /** The schema's message. */
  message: string;
  /** The zod issue code; a `custom` issue's message carries its own fix. */
  code?: string | undefined;
  /** For `unrecognized_keys`: the fields the file has that the schema does not know. */
  keys?: readonly string[] | undefined;
}

const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };

/**
 * Each collection's schema as src/content.config.ts declares it, with references as plain ids
 * where Astro's loader makes them `reference()`s: the same fields, checks and transforms.
 */
export const contentSchemas = {
  sources: sourceSchema,
  reports: reportSchema,
  entities: createEntitySchema(refs),
  events: createEventSchema(refs),
  claims: createClaimSchema(refs),
  quantities: createQuantitySchema(refs),
};
type Folder = keyof typeof contentSchemas;
const FOLDERS = Object.keys(contentSchemas) as Folder[];
/** The file in src/schemas/ that describes each collection's fields, for messages. */
const SCHEMA_FILES: Readonly<Record<Folder, string>> = {
  sources: 'source.ts',
  reports: 'report.ts',
  entities: 'entity.ts',
  events: 'event.ts',
  claims: 'claim.ts',
  quantities: 'claim.ts',
};

/** One entry that passed its schema: the schema's output, and where it came from. */
export interface Entry<T> {
  /** The entry id: the file name without its extension. */
  id: string;
  /** The file, relative to the working directory, for messages. */
  path: string;
  /** The fields as the schema outputs them (defaults filled in, claimants as objects, dates parsed). */
  data: T;
  /** The Markdown body; empty for YAML. */
  body: string;
  /** The file's line (from 1) on which the body starts. */
  bodyLine: number;
}

/** The typed view of the content: every entry that passed its schema, by collection. */
export type Content = { [F in Folder]: Entry<z.output<(typeof contentSchemas)[F]>>[] } & {
  topics: TopicData[];
};
export type SourceEntry = Content['sources'][number];
export type ReportEntry = Content['reports'][number];
export type EntityEntry = Content['entities'][number];
export type EventEntry = Content['events'][number];
export type ClaimEntry = Content['claims'][number];

const fieldSchemas = new Map<string, JsonSchemaNode>();
/** The fields a collection's schema allows at a place in a file, for naming a misspelt one. */
const fieldsOf =
  (folder: Folder | 'topics') =>
  (at: readonly PropertyKey[]): string[] => {
    let json = fieldSchemas.get(folder);
    if (!json) {
      const schema = (folder === 'topics' ? topicSchema : contentSchemas[folder]) as unknown as z.ZodType;
      // The input side: the fields as an editor writes them, before any transform.
      json = toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
      fieldSchemas.set(folder, json);
    }
    return fieldsAt(json, at);
  };

/** Reads each Markdown or YAML file of a folder on its own, so one broken file does not hide the rest. */
function readFolder(contentDir: string, folder: string, problems: string[]): ContentFile[] {
  const { files, errors } = readCollectionEach(contentDir, folder);
  for (const error of errors) {
    const message = error.message.replace(/\n+/g, ' ').trim();
    problems.push(`${message} Fix the frontmatter/YAML syntax (quote values that contain ': ' or '#').`);
  }
  return files;
}

/** Extra advice for fields whose schema message alone does not say what to write. */
const FIX_HINTS: Readonly<Record<string, string>> = {
  value:
    "write a number such as 4700 (no quotes, no thousands separators) or a range as 'value: { min: 1000, max: 2000 }'; words such as 'about' or 'at least' go in 'qualifier'",
  claimant:
    "add 'claimant: <entity-id>' (the party the capture names for the figure, a file in content/entities/), or 'claimant: { report: <source-id> }' when the report gives it in its own voice",
  scope:
    "add 'scope: { kind: running-total | period | incident | at-one-time }' saying what the number covers (see docs/editing.md, 'Record a figure')",
  kind: "use 'running-total', 'period', 'incident' or 'at-one-time'",
  reason: 'write, in a sentence a reader can judge, what the archive worked it out from and why',
  locator: "write where in the capture it is, as '¶ N' (the N-th non-blank line)",
  sources: "add 'sources:' with at least one '- source: <source-id>' and its locator '¶ N'",
  quantity: "add 'quantity: <quantity-id>', the id of a file in content/quantities/",
  date: "write the date as 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-season', and a real one",
  draft: "write 'draft: false' to publish the report, or 'draft: true' to keep it unpublished",
};

/**
 * One zod issue as an editor-facing line: the file, the field, what is wrong, the fix where the
 * field has advice of its own (else "add it" for a missing field), and the schema file that
 * describes the field.
 */
export function describeSchemaIssue(
  path: string,
  issue: Issue,
  schemaFile: string,
  knownFields: (at: readonly PropertyKey[]) => readonly string[] = () => [],
): string {
  if (issue.code === 'unrecognized_keys' && issue.keys)
    return issue.keys
      .map((key) => describeUnknownField(path, issue.path, key, knownFields(issue.path), schemaFile))
      .join('\n');
  const field = issue.path.map(String).join('.') || '(the file)';
  const missing = /received undefined/.test(issue.message);
  // The advice of the field itself (the last part of its path), so a nested field never gets its parent's.
  const last = issue.path.length > 0 ? String(issue.path.at(-1)) : undefined;
  const hint =
    issue.code !== 'custom' && last !== undefined && FIX_HINTS[last] !== undefined ? last : undefined;
  const fix = hint ? FIX_HINTS[hint] : missing ? 'add it' : undefined;
  return `${path}: '${field}' ${missing ? 'is missing' : issue.message}${fix ? `; ${fix}` : ''} (the field is described in src/schemas/${schemaFile})`;
}

/**
 * A field the schema does not know, which zod would otherwise drop without a word (a misspelt
 * `Draft: true` would publish a draft): named with the known field it most likely meant.
 */
function describeUnknownField(
  path: string,
  at: readonly PropertyKey[],
  key: string,
  known: readonly string[],
  schemaFile: string,
): string {
  const where = (name: string) => [...at.map(String), name].join('.');
  const nearest = nearestName(key, known);
  const fix = nearest
    ? `did you mean '${where(nearest)}'? Correct its name, or remove it`
    : `remove it, or use one of the fields allowed there: ${known.join(', ')}`;
  return `${path}: '${where(key)}' is not a field this file can have; ${fix} (the fields are described in src/schemas/${schemaFile})`;
}

/**
 * Checks a report's citations with the plugin and parser the build renders it with (Sätteri's
 * Markdown or MDX compiler, src/markdown/citations.ts). Line numbers in an error count from the
 * start of the body.
 */
function runCitations(
  report: { path: string; body: string },
  sourceIds: ReadonlySet<string>,
  captureOf: (sourceId: string) => string | undefined,
): { notes?: CitationNotes; error?: string } {
  try {
    return { notes: readCitationNotes(report.body, { path: resolve(report.path), sourceIds, captureOf }) };
  } catch (error) {
    // Sätteri names the file by its absolute path; the check names files as the editor sees them.
    return { error: (error as Error).message.replaceAll(resolve(report.path), report.path) };
  }
}

/** What `readContent` found: every problem, one line each (none when the content is sound), and the typed view. */
export interface ContentCheck {
  problems: string[];
  /** The entries that passed their schemas; complete only when there are no problems. */
  content: Content;
}

/** Every problem in the content, one line each; empty when the content is sound. */
export function checkContent(options: ContentCheckOptions): string[] {
  return readContent(options).problems;
}

/** Reads every content file once, checks it, and returns the problems with the typed view. */
export function readContent(options: ContentCheckOptions): ContentCheck {
  const { contentDir } = options;
  const problems: string[] = [];
  const files = Object.fromEntries(
    FOLDERS.map((folder) => [folder, readFolder(contentDir, folder, problems)]),
  ) as Record<Folder, ContentFile[]>;

  const topicsPath = relative(process.cwd(), join(contentDir, 'topics.yaml'));
  let topicItems: unknown[] = [];
  if (!existsSync(join(contentDir, 'topics.yaml')))
    problems.push(
      `${topicsPath}: missing; create it with a YAML list of topics ('- id: ...', 'label: ...', 'description: ...').`,
    );
  else {
    try {
      const value = parseYaml(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as unknown;
      if (!Array.isArray(value)) throw new Error('expected a YAML list of topics');
      topicItems = value;
    } catch (error) {
      problems.push(`${topicsPath}: ${(error as Error).message.replace(/\n+/g, ' ')}; fix the YAML syntax.`);
    }
  }

  // Unfinished scaffolds (npm run new:report / new:source): a TODO is never published.
  for (const f of FOLDERS.flatMap((folder) => files[folder])) {
    for (const field of findTodoFields(f.data))
      problems.push(
        `${f.path}: '${field}' still holds the scaffold's TODO; fill it in from the capture (see docs/editing.md)`,
      );
    if (/^TODO\b/m.test(f.body))
      problems.push(
        `${f.path}: the text still holds the scaffold's TODO; write the report and cite it (see docs/editing.md)`,
      );
  }

  // Schemas: the typed view keeps each entry that passes.
  const content = { topics: [] } as unknown as Content;
  for (const folder of FOLDERS) {
    const schema = contentSchemas[folder] as unknown as z.ZodType;
    const passed: Entry<unknown>[] = [];
    for (const f of files[folder]) {
      const result = schema.safeParse(f.data);
      if (result.success) passed.push({ ...f, data: result.data });
      else
        problems.push(
          ...result.error.issues.flatMap((issue) =>
            describeSchemaIssue(f.path, issue, SCHEMA_FILES[folder], fieldsOf(folder)).split('\n'),
          ),
        );
    }
    (content as unknown as Record<Folder, Entry<unknown>[]>)[folder] = passed;
    problems.push(
      ...findDuplicateIds(files[folder]).map((m) => `${files[folder][0]!.path.replace(/[^/]+$/, '')}: ${m}`),
    );
    for (const f of files[folder]) {
      if (!slugSchema.safeParse(f.id).success)
        problems.push(
          `${f.path}: the file name '${f.id}' is the entry's id and URL; rename the file to lower-case letters and digits joined by hyphens`,
        );
      // An id a list page uses would lose the entry or the list: the address can serve one page.
      const reserved =
        folder === 'reports' || folder === 'sources' ? reservedIdReason(folder, f.id) : undefined;
      if (reserved)
        problems.push(
          `${f.path}: the file name '${f.id}' is the entry's address, but ${reserved}; rename the file (an id needs a letter, and may not be a list's name)`,
        );
    }
  }
  topicItems.forEach((item, i) => {
    const result = topicSchema.safeParse(item);
    if (result.success) content.topics.push(result.data);
    else
      problems.push(
        ...result.error.issues.flatMap((issue) =>
          describeSchemaIssue(`${topicsPath}[${i}]`, issue, 'topic.ts', fieldsOf('topics')).split('\n'),
        ),
      );
  });
  problems.push(
    ...findDuplicateIds(
      topicItems.map((t, i) => ({
        id: String((t as { id?: unknown } | null)?.id),
        path: `${topicsPath}[${i}]`,
      })),
    ).map((m) => `${topicsPath}: ${m}`),
  );
  const { sources, reports, entities } = content;

  // References between collections.
  // Checked on the files as written, so a message names the field as the editor wrote it (a
  // claimant written as an id is 'claimant', not the schema's 'claimant.entity').
  const ids = (list: { id: string }[]) => new Set(list.map((f) => f.id));
  const known = {
    sources: ids(files.sources),
    entities: ids(files.entities),
    events: ids(files.events),
    topics: new Set(topicItems.map((t) => String((t as { id?: unknown } | null)?.id))),
    quantities: ids(files.quantities),
  };
  const fieldsByFolder: [ContentFile[], Record<string, string>][] = [
    [files.reports, { sources: 'sources', topics: 'topics', entities: 'entities' }],
    [
      files.entities,
      { 'sources.source': 'sources', 'roles.organisation': 'entities', 'identifications.source': 'sources' },
    ],
    [
      files.events,
      {
        'sources.source': 'sources',
        claimedBy: 'entities',
        'claimedBy.entity': 'entities',
        'claimedBy.report': 'sources',
        entities: 'entities',
        topics: 'topics',
      },
    ],
    [
      files.claims,
      {
        'sources.source': 'sources',
        claimant: 'entities',
        'claimant.entity': 'entities',
        'claimant.report': 'sources',
        quantity: 'quantities',
        'scope.place': 'entities',
        'scope.incident': 'events',
      },
    ],
    [files.quantities, { 'noteSources.source': 'sources' }],
  ];
  for (const [written, fields] of fieldsByFolder) {
    problems.push(
      ...findDanglingReferences(
        written.flatMap((f) => collectReferences(f.path, f.data, fields)),
        known,
      ),
    );
  }

  // Citations: every marker has a note, every note is cited, every note names a source, every
  // passage a note quotes is in the paragraph it cites, and a report cites exactly the sources it lists.
  const locators: LocatorUse[] = yamlLocators(content);
  const captureOf = captureReader(options.capturesDir, sources);
  for (const report of reports) {
    const { notes, error } = runCitations(report, known.sources, captureOf);
    if (error) {
      problems.push(
        ...error
          .split('\n')
          .slice(1)
          .map((line) =>
            line
              .trim()
              .replace(
                /^([^:]+):(\d+):/,
                (_, p: string, n: string) => `${p}:${Number(n) + report.bodyLine - 1}:`,
              ),
          ),
      );
      continue;
    }
    if (!notes || notes.length === 0) {
      problems.push(
        `${report.path}: the report cites nothing; cite every factual sentence with a footnote such as [^1] and a note '[^1]: @source-id, ¶ N'`,
      );
      continue;
    }
    for (const note of notes)
      if (note.locator !== undefined)
        locators.push({
          path: report.path,
          field: `note [^${note.label}]`,
          source: note.source,
          locator: note.locator,
        });
    const listed = report.data.sources;
    const cited = [...new Set(notes.map((n) => n.source))];
    const unlisted = cited.filter((id) => !listed.includes(id));
    const uncited = listed.filter((id) => !cited.includes(id));
    if (unlisted.length > 0)
      problems.push(
        `${report.path}: 'sources' does not list ${unlisted.join(', ')}, which the notes cite; add them to 'sources' in the frontmatter`,
      );
    if (uncited.length > 0)
      problems.push(
        `${report.path}: 'sources' lists ${uncited.join(', ')}, which no note cites; cite them or remove them from 'sources'`,
      );
  }

  // Former slugs (src/lib/redirects.ts): each old address leads to one published report, never to a
  // live report or a list page. The redirects integration builds them with the same rule.
  try {
    collectRedirects(
      reports
        .filter((r) => !r.data.draft)
        .map((r) => ({ slug: r.id, path: r.path, formerSlugs: [...r.data.formerSlugs] })),
      paths.report,
    );
  } catch (error) {
    problems.push(
      ...(error as Error).message
        .split('\n')
        .slice(1)
        .map((line) => line.trim()),
    );
  }
  for (const report of reports)
    for (const former of report.data.formerSlugs) {
      const reserved = reservedIdReason('reports', former);
      if (reserved)
        problems.push(
          `${report.path}: 'formerSlugs' lists '${former}', but ${reserved}; a redirect there would replace that page, so remove it`,
        );
    }

  // Outlets (src/lib/outlets.ts): each outlet's page needs an address of its own.
  try {
    groupSourcesByOutlet(sources.map((s) => ({ id: s.id, file: s.path, outlet: s.data.outlet, source: s })));
  } catch (error) {
    problems.push((error as Error).message);
  }

  // Figures links in reports (/figures/#<quantity>, /figures/#claim-<id>) name a quantity or claim that exists.
  const figures = figureIndex(content);
  for (const report of reports)
    problems.push(...figureLinkProblems(report.body, report.path, figures, report.bodyLine));

  // Captures: the recorded SHA-256 must be that of the file.
  const captures = options.capturesDir;
  if (captures && !existsSync(captures))
    problems.push(
      `${captures}: no captures folder here, so no capture's hash, paragraphs or spellings can be checked; put the captures there, point KURSK_CAPTURES_DIR at them, or build without checking them with KURSK_SKIP_CAPTURES=1 (each source page then says its hash was not checked)`,
    );
  // Each source's capture, by source id, with its paragraph count, for the locators.
  const paragraphs = new Map<string, CaptureParagraphs>();
  if (captures && existsSync(captures)) {
    for (const source of sources) {
      const { capture } = source.data;
      const full = join(captures, capture.file);
      if (!existsSync(full)) {
        problems.push(
          `${source.path}: 'capture.file' names ${capture.file}, which is not in ${relative(process.cwd(), captures) || '.'}; fix the file name, add the capture, or point KURSK_CAPTURES_DIR at the folder that holds it`,
        );
        continue;
      }
      const bytes = readFileSync(full);
      paragraphs.set(source.id, { file: capture.file, paragraphs: countParagraphs(bytes.toString('utf8')) });
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== capture.sha256) {
        problems.push(
          `${source.path}: 'capture.sha256' is ${capture.sha256}, but ${capture.file} hashes to ${actual}; if the capture is the right one, run 'sha256sum ${capture.file}' and copy the hash`,
        );
      }
    }
  }

  // Locators: '¶ N' or '¶ N–M', ascending, within the capture's paragraphs (when it is at hand).
  for (const use of locators) {
    const problem = locatorProblem(use.locator, paragraphs.get(use.source));
    if (problem) problems.push(`${use.path}: '${use.field}' is ${problem}`);
  }

  // A spelling is one readers can see and type, names something, and belongs to one entity only.
  const named = entityNames(entities);
  problems.push(...findUnsafeSpellings(named));
  problems.push(...findSharedAliases(named));

  // Who said it: a claimant is the party the capture names, an identification of the archive's, or
  // the report in its own voice; never an outlet the archive only inferred.
  problems.push(...claimantProblems(content));
  problems.push(...scopeProblems(content));

  // Spellings and quoted words checked against the captures, when they are at hand.
  if (captures && existsSync(captures)) {
    const texts = readCaptureTexts(captures);
    problems.push(...findAliasesInNoCapture(named, [...texts.values()]));
    problems.push(...asWrittenProblems(content, texts));
  }
  return { problems, content };
}

/** A locator the content gives: the file, the field as the editor wrote it, and the source it points into. */
interface LocatorUse {
  path: string;
  field: string;
  source: string;
  locator: string;
}

/**
 * Every locator in the YAML: the sources of entities, events and claims, the identifications of
 * entities, the note sources of quantities, and the inferred authors and other names of a source
 * (which point into that source's own capture).
 */
function yamlLocators({ entities, events, claims, quantities, sources }: Content): LocatorUse[] {
  const uses: LocatorUse[] = [];
  const cited = (
    path: string,
    list: string,
    citations: readonly { source: string; locator?: string | undefined }[],
  ) =>
    citations.forEach(({ source, locator }, i) => {
      if (locator !== undefined) uses.push({ path, field: `${list}[${i}].locator`, source, locator });
    });
  for (const e of entities) {
    cited(e.path, 'sources', e.data.sources);
    cited(e.path, 'identifications', e.data.identifications);
  }
  for (const e of events) cited(e.path, 'sources', e.data.sources);
  for (const c of claims) cited(c.path, 'sources', c.data.sources);
  for (const q of quantities) cited(q.path, 'noteSources', q.data.noteSources);
  for (const s of sources) {
    const own = (list: readonly { locator?: string | undefined }[]) =>
      list.map((x) => ({ ...x, source: s.id }));
    cited(s.path, 'authors', own(s.data.authors));
    cited(s.path, 'namedWithoutRole', own(s.data.namedWithoutRole));
  }
  return uses;
}

/** Every capture in the folder, by file name, normalised for finding spellings (`normaliseForCapture`). */
function readCaptureTexts(capturesDir: string): Map<string, string> {
  return new Map(
    readdirSync(capturesDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, normaliseForCapture(readFileSync(join(capturesDir, name), 'utf8'))] as const),
  );
}

/** What the claimant rules read of a claimant (a `ClaimEntry['data']['claimant']`). */
interface Claimant {
  entity?: string | undefined;
  report?: string | undefined;
  asWritten?: string | undefined;
}
/** What the claimant rules read of a claim or an event. */
interface ClaimantRecord {
  path: string;
  data: { sources: readonly { source: string }[] } & (
    { claimant: Claimant; claimedBy?: undefined } | { claimedBy: readonly Claimant[]; claimant?: undefined }
  );
}

/** The claimants a claim or event names, each with the field it sits in. */
function claimantsOf(record: ClaimantRecord): { field: string; claimant: Claimant }[] {
  if (record.data.claimant !== undefined) return [{ field: 'claimant', claimant: record.data.claimant }];
  return (record.data.claimedBy ?? []).map((claimant, i) => ({ field: `claimedBy[${i}]`, claimant }));
}

/** What `claimantProblems` reads of the content. */
export interface ClaimantRules {
  claims: readonly ClaimantRecord[];
  events: readonly ClaimantRecord[];
  entities: readonly { id: string; data: { name: string; aliases: readonly string[] } }[];
  sources: readonly { id: string; path: string; data: { outlet: { name: string; basis: string } | null } }[];
}

/**
 * The claimant rules: an outlet the archive only inferred (a source's `outlet.basis: inferred`)
 * is never a claimant; a report speaking in its own voice is one the claim or event cites.
 */
export function claimantProblems({ claims, events, entities, sources }: ClaimantRules): string[] {
  // Each inferred outlet's name, and the source that infers it.
  const inferredOutlets = new Map<string, ClaimantRules['sources'][number]>();
  for (const source of sources) {
    const { outlet } = source.data;
    if (outlet?.basis === 'inferred') inferredOutlets.set(normaliseForCapture(outlet.name), source);
  }
  // The entities whose name or alias is such an outlet's name.
  const outletEntities = new Map<string, ClaimantRules['sources'][number]>();
  for (const entity of entities) {
    for (const name of [entity.data.name, ...entity.data.aliases]) {
      const source = inferredOutlets.get(normaliseForCapture(name));
      if (source) outletEntities.set(entity.id, source);
    }
  }
  const problems: string[] = [];
  for (const record of [...claims, ...events]) {
    const cited = record.data.sources.map((c) => c.source);
    for (const { field, claimant } of claimantsOf(record)) {
      const source = claimant.entity === undefined ? undefined : outletEntities.get(claimant.entity);
      if (source)
        problems.push(
          `${record.path}: '${field}' credits '${claimant.entity}', an outlet that ${source.path} only infers ('outlet.basis: inferred'), so it cannot be the party making the statement; credit the party the capture names for it, or, where the report says it in its own voice, put '{ report: ${source.id} }' in its place`,
        );
      if (claimant.report !== undefined && !cited.includes(claimant.report))
        problems.push(
          `${record.path}: '${field}.report' names '${claimant.report}', which its 'sources' do not cite; a report speaking in its own voice must be one of the sources it is cited from: add '- source: ${claimant.report}' with its locator, or fix the id`,
        );
    }
  }
  return problems;
}

/** What `scopeProblems` reads of the content. */
export interface ScopeRules {
  claims: readonly { path: string; data: { scope: { place?: string | undefined } } }[];
  entities: readonly { id: string; data: { kind: string } }[];
}

/** A claim's scope names a place that is a place. (The schema checks the rest of the scope; references are checked apart.) */
export function scopeProblems({ claims, entities }: ScopeRules): string[] {
  const kinds = new Map(entities.map((e) => [e.id, e.data.kind]));
  const problems: string[] = [];
  for (const claim of claims) {
    const { place } = claim.data.scope;
    if (place === undefined || !kinds.has(place) || kinds.get(place) === 'place') continue;
    problems.push(
      `${claim.path}: 'scope.place' names '${place}', which is of kind '${kinds.get(place)}', not a place; name a place entity (kind: place), or leave 'place' out when the source gives none`,
    );
  }
  return problems;
}

/** What `asWrittenProblems` reads of the content. */
export interface AsWrittenRules {
  claims: readonly ClaimantRecord[];
  events: readonly ClaimantRecord[];
  entities: readonly {
    path: string;
    data: { identifications: readonly { asWritten: string; source: string }[] };
  }[];
  sources: readonly { id: string; data: { capture: { file: string } } }[];
}

/**
 * The capture's own words, where a record quotes them (`asWritten` of an inferred claimant or of
 * an identification), are in the capture of a source it cites: the archive's identification must
 * start from what the capture prints.
 */
export function asWrittenProblems(
  { claims, events, entities, sources }: AsWrittenRules,
  captureTexts: ReadonlyMap<string, string>,
): string[] {
  const captureOf = new Map(sources.map((s) => [s.id, s.data.capture.file] as const));
  const textsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const file = captureOf.get(id);
      const text = file === undefined ? undefined : captureTexts.get(file);
      return text === undefined ? [] : [text];
    });
  const problems: string[] = [];
  for (const record of [...claims, ...events]) {
    const texts = textsOf(record.data.sources.map((c) => c.source));
    if (texts.length === 0) continue;
    for (const { field, claimant } of claimantsOf(record)) {
      const { asWritten } = claimant;
      if (asWritten === undefined || texts.some((t) => usesSpelling(t, asWritten))) continue;
      problems.push(
        `${record.path}: '${field}.asWritten' is '${asWritten}', which the captures of its sources do not print; copy the capture's words for the party exactly`,
      );
    }
  }
  for (const entity of entities) {
    entity.data.identifications.forEach((idn, i) => {
      const texts = textsOf([idn.source]);
      if (texts.length === 0 || texts.some((t) => usesSpelling(t, idn.asWritten))) return;
      problems.push(
        `${entity.path}: 'identifications[${i}].asWritten' is '${idn.asWritten}', which the capture of ${idn.source} does not print; copy the capture's words exactly, or cite the source that prints them`,
      );
    });
  }
  return problems;
}

/** The problems as one error message, with a count and one problem a line. */
export function formatContentProblems(problems: readonly string[]): string {
  return `The content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n  ${problems.join('\n  ')}`;
}
