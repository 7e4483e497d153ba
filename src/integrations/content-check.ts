/**
 * Content validation for editors, without Astro: every file parses, matches its schema, points
 * only at entries that exist, cites correctly, records the right capture hash, and no spelling
 * belongs to two entities. Each problem is one line naming the file, the field and the fix. Run by
 * `npm run check` (scripts/check-content.mjs) and at the start of every `astro build`, so a build
 * never ships content that Astro itself would only warn about (duplicate ids, dangling references).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  entityNames,
  findAliasesInNoCapture,
  findSharedAliases,
  normaliseForCapture,
  usesSpelling,
} from '../lib/aliases';
import { findTodoFields } from '../lib/scaffold';
import { collectReferences, findDanglingReferences, findDuplicateIds } from '../lib/references';
import { createClaimSchema, createQuantitySchema } from '../schemas/claim';
import { slugSchema } from '../schemas/common';
import { createEntitySchema } from '../schemas/entity';
import { createEventSchema } from '../schemas/event';
import { reportSchema } from '../schemas/report';
import { sourceSchema } from '../schemas/source';
import { topicSchema } from '../schemas/topic';
import { readCollectionEach, type ContentFile } from './content-files';
import { readCitationNotes, type CitationNotes } from '../markdown/citations';
import { figureLinkProblems } from '../markdown/figure-hrefs';

/** Where to look: the content folder, and the captures folder when it exists. */
export interface ContentCheckOptions {
  /** The content folder (content/, or a fixture). */
  contentDir: string;
  /** The folder of source captures; hashes and locators are checked only when it exists. */
  capturesDir?: string | undefined;
  /** Called by the integration with the files it read, once they passed the check (before Astro reads them). */
  onChecked?: ((files: CheckedFiles) => void) | undefined;
}

/** What the check reads of a zod issue. */
export interface Issue {
  /** Where in the file: field names and list positions. */
  path: PropertyKey[];
  /** The schema's message. */
  message: string;
  /** The zod issue code; a `custom` issue's message carries its own fix. */
  code?: string | undefined;
}
interface SafeParser {
  safeParse: (value: unknown) => { success: boolean; error?: { issues: Issue[] } };
}

const refs = { source: slugSchema, entity: slugSchema, topic: slugSchema, quantity: slugSchema };

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
};

/**
 * One zod issue as an editor-facing line: the file, the field, what is wrong, the fix where the
 * field has advice of its own (else "add it" for a missing field), and the schema file that
 * describes the field.
 */
export function describeSchemaIssue(path: string, issue: Issue, schemaFile: string): string {
  const field = issue.path.map(String).join('.') || '(the file)';
  const missing = /received undefined/.test(issue.message);
  // The advice of the field itself (the last part of its path), so a nested field never gets its parent's.
  const last = issue.path.length > 0 ? String(issue.path.at(-1)) : undefined;
  const hint =
    issue.code !== 'custom' && last !== undefined && FIX_HINTS[last] !== undefined ? last : undefined;
  const fix = hint ? FIX_HINTS[hint] : missing ? 'add it' : undefined;
  return `${path}: '${field}' ${missing ? 'is missing' : issue.message}${fix ? `; ${fix}` : ''} (the field is described in src/schemas/${schemaFile})`;
}

/** Zod issues as editor-facing lines (see describeSchemaIssue). */
function schemaProblems(path: string, parser: SafeParser, data: unknown, schemaFile: string): string[] {
  const result = parser.safeParse(data);
  if (result.success) return [];
  return result.error!.issues.map((issue) => describeSchemaIssue(path, issue, schemaFile));
}

/**
 * Checks a report's citations with the plugin and parser the build renders it with (Sätteri's
 * Markdown or MDX compiler, src/markdown/citations.ts). Line numbers in an error count from the
 * start of the body.
 */
function runCitations(
  report: ContentFile,
  sourceIds: ReadonlySet<string>,
): { notes?: CitationNotes; error?: string } {
  try {
    return { notes: readCitationNotes(report.body, { path: resolve(report.path), sourceIds }) };
  } catch (error) {
    // Sätteri names the file by its absolute path; the check names files as the editor sees them.
    return { error: (error as Error).message.replaceAll(resolve(report.path), report.path) };
  }
}

/** The files the check read, by folder, for work that can start as soon as the content is sound. */
export interface CheckedFiles {
  sources: ContentFile[];
  reports: ContentFile[];
  entities: ContentFile[];
  events: ContentFile[];
  claims: ContentFile[];
  quantities: ContentFile[];
}

/** Every problem in the content, one line each; empty when the content is sound. */
export function checkContent(options: ContentCheckOptions): string[] {
  return checkContentFiles(options).problems;
}

/** `checkContent`, with the files it read. */
export function checkContentFiles(options: ContentCheckOptions): { problems: string[]; files: CheckedFiles } {
  const { contentDir } = options;
  const problems: string[] = [];
  const sources = readFolder(contentDir, 'sources', problems);
  const reports = readFolder(contentDir, 'reports', problems);
  const entities = readFolder(contentDir, 'entities', problems);
  const events = readFolder(contentDir, 'events', problems);
  const claims = readFolder(contentDir, 'claims', problems);
  const quantities = readFolder(contentDir, 'quantities', problems);

  const topicsPath = relative(process.cwd(), join(contentDir, 'topics.yaml'));
  let topics: Record<string, unknown>[] = [];
  if (!existsSync(join(contentDir, 'topics.yaml')))
    problems.push(
      `${topicsPath}: missing; create it with a YAML list of topics ('- id: ...', 'label: ...', 'description: ...').`,
    );
  else {
    try {
      const value = parseYaml(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as unknown;
      if (!Array.isArray(value)) throw new Error('expected a YAML list of topics');
      topics = value as Record<string, unknown>[];
    } catch (error) {
      problems.push(`${topicsPath}: ${(error as Error).message.replace(/\n+/g, ' ')}; fix the YAML syntax.`);
    }
  }

  // Unfinished scaffolds (npm run new:report / new:source): a TODO is never published.
  for (const f of [...sources, ...reports, ...entities, ...events, ...claims, ...quantities]) {
    for (const field of findTodoFields(f.data))
      problems.push(
        `${f.path}: '${field}' still holds the scaffold's TODO; fill it in from the capture (see docs/editing.md)`,
      );
    if (/^TODO\b/m.test(f.body))
      problems.push(
        `${f.path}: the text still holds the scaffold's TODO; write the report and cite it (see docs/editing.md)`,
      );
  }

  // Schemas.
  const entitySchema = createEntitySchema(refs);
  const checks: [ContentFile[], SafeParser, string][] = [
    [sources, sourceSchema, 'source.ts'],
    [reports, reportSchema, 'report.ts'],
    [entities, entitySchema, 'entity.ts'],
    [events, createEventSchema(refs), 'event.ts'],
    [claims, createClaimSchema(refs), 'claim.ts'],
    [quantities, createQuantitySchema(refs), 'claim.ts'],
  ];
  for (const [files, parser, schemaFile] of checks) {
    for (const f of files) problems.push(...schemaProblems(f.path, parser, f.data, schemaFile));
    problems.push(...findDuplicateIds(files).map((m) => `${files[0]!.path.replace(/[^/]+$/, '')}: ${m}`));
    for (const f of files) {
      if (!slugSchema.safeParse(f.id).success)
        problems.push(
          `${f.path}: the file name '${f.id}' is the entry's id and URL; rename the file to lower-case letters and digits joined by hyphens`,
        );
    }
  }
  topics.forEach((t, i) =>
    problems.push(...schemaProblems(`${topicsPath}[${i}]`, topicSchema, t, 'topic.ts')),
  );
  problems.push(
    ...findDuplicateIds(topics.map((t, i) => ({ id: String(t.id), path: `${topicsPath}[${i}]` }))).map(
      (m) => `${topicsPath}: ${m}`,
    ),
  );

  // References between collections.
  const ids = (files: { id: string }[]) => new Set(files.map((f) => f.id));
  const known = {
    sources: ids(sources),
    entities: ids(entities),
    events: ids(events),
    topics: new Set(topics.map((t) => String(t.id))),
    quantities: ids(quantities),
  };
  const fieldsByFolder: [ContentFile[], Record<string, string>][] = [
    [reports, { sources: 'sources', topics: 'topics', entities: 'entities' }],
    [
      entities,
      { 'sources.source': 'sources', 'roles.organisation': 'entities', 'identifications.source': 'sources' },
    ],
    [
      events,
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
      claims,
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
    [quantities, { 'noteSources.source': 'sources' }],
  ];
  for (const [files, fields] of fieldsByFolder) {
    problems.push(
      ...findDanglingReferences(
        files.flatMap((f) => collectReferences(f.path, f.data, fields)),
        known,
      ),
    );
  }

  // Citations: every marker has a note, every note is cited, every note names a source, and a
  // report cites exactly the sources it lists.
  for (const report of reports) {
    const { notes, error } = runCitations(report, known.sources);
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
                (_, p: string, n: string) => `${p}:${Number(n) + frontmatterLines(report)}:`,
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
    const listed = Array.isArray(report.data.sources) ? (report.data.sources as unknown[]).map(String) : [];
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

  // Figures links in reports (/figures/#<quantity>, /figures/#claim-<id>) name a quantity or claim that exists.
  const figures = {
    quantities: known.quantities,
    claimQuantities: new Map(claims.map((c) => [c.id, String(c.data.quantity)])),
  };
  for (const report of reports)
    problems.push(...figureLinkProblems(report.body, report.path, figures, frontmatterLines(report) + 1));

  // Captures: the recorded SHA-256 must be that of the file.
  const captures = options.capturesDir;
  if (captures && existsSync(captures)) {
    for (const source of sources) {
      const capture = source.data.capture as { file?: unknown; sha256?: unknown } | undefined;
      if (typeof capture?.file !== 'string' || typeof capture.sha256 !== 'string') continue;
      const full = join(captures, capture.file);
      if (!existsSync(full)) {
        problems.push(
          `${source.path}: 'capture.file' names ${capture.file}, which is not in ${relative(process.cwd(), captures) || '.'}; fix the file name, add the capture, or point KURSK_CAPTURES_DIR at the folder that holds it`,
        );
        continue;
      }
      const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
      if (actual !== capture.sha256) {
        problems.push(
          `${source.path}: 'capture.sha256' is ${capture.sha256}, but ${capture.file} hashes to ${actual}; if the capture is the right one, run 'sha256sum ${capture.file}' and copy the hash`,
        );
      }
    }
  }

  // A spelling belongs to one entity only.
  const named = entityNames(entities);
  problems.push(...findSharedAliases(named));

  // Who said it: a claimant is the party the capture names, an identification of the archive's, or
  // the report in its own voice; never an outlet the archive only inferred.
  problems.push(...claimantProblems(claims, events, entities, sources));
  problems.push(...scopeProblems(claims, entities));

  // Spellings and quoted words checked against the captures, when they are at hand.
  if (captures && existsSync(captures)) {
    const texts = readCaptureTexts(captures);
    problems.push(...findAliasesInNoCapture(named, [...texts.values()]));
    problems.push(...asWrittenProblems(claims, events, entities, sources, texts));
  }
  return { problems, files: { sources, reports, entities, events, claims, quantities } };
}

/** Every capture in the folder, by file name, normalised for finding spellings (`normaliseForCapture`). */
function readCaptureTexts(capturesDir: string): Map<string, string> {
  return new Map(
    readdirSync(capturesDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, normaliseForCapture(readFileSync(join(capturesDir, name), 'utf8'))] as const),
  );
}

/** A claimant or claimer as written in YAML, with the field it sits in. */
interface WrittenClaimant {
  field: string;
  entity?: string | undefined;
  report?: string | undefined;
  basis?: unknown;
  asWritten?: unknown;
}

/** The claimants a claim or event names, whether written as an id or as an object. */
function writtenClaimants(file: ContentFile): WrittenClaimant[] {
  const read = (value: unknown, field: string): WrittenClaimant | undefined => {
    if (typeof value === 'string') return { field, entity: value };
    if (value === null || typeof value !== 'object') return undefined;
    const v = value as Record<string, unknown>;
    return {
      field,
      entity: typeof v.entity === 'string' ? v.entity : undefined,
      report: typeof v.report === 'string' ? v.report : undefined,
      basis: v.basis,
      asWritten: v.asWritten,
    };
  };
  if ('claimant' in file.data) return [read(file.data.claimant, 'claimant')].filter((c) => c !== undefined);
  const list = Array.isArray(file.data.claimedBy) ? (file.data.claimedBy as unknown[]) : [];
  return list.map((c, i) => read(c, `claimedBy[${i}]`)).filter((c) => c !== undefined);
}

/** The source ids a claim or event cites in `sources`. */
function citedSources(file: ContentFile): string[] {
  const list = Array.isArray(file.data.sources) ? (file.data.sources as unknown[]) : [];
  return list
    .map((c) => (c as { source?: unknown } | null)?.source)
    .filter((id): id is string => typeof id === 'string');
}

/**
 * The claimant rules: an outlet the archive only inferred (a source's `outlet.basis: inferred`)
 * is never a claimant; a report speaking in its own voice is one the claim or event cites.
 */
export function claimantProblems(
  claims: readonly ContentFile[],
  events: readonly ContentFile[],
  entities: readonly ContentFile[],
  sources: readonly ContentFile[],
): string[] {
  // Each inferred outlet's name, and the source that infers it.
  const inferredOutlets = new Map<string, ContentFile>();
  for (const source of sources) {
    const outlet = source.data.outlet as { name?: unknown; basis?: unknown } | null | undefined;
    if (outlet?.basis === 'inferred' && typeof outlet.name === 'string')
      inferredOutlets.set(normaliseForCapture(outlet.name), source);
  }
  // The entities whose name or alias is such an outlet's name.
  const outletEntities = new Map<string, ContentFile>();
  for (const entity of entities) {
    const names = [entity.data.name, ...(Array.isArray(entity.data.aliases) ? entity.data.aliases : [])];
    for (const name of names) {
      const source = typeof name === 'string' ? inferredOutlets.get(normaliseForCapture(name)) : undefined;
      if (source) outletEntities.set(entity.id, source);
    }
  }
  const problems: string[] = [];
  for (const file of [...claims, ...events]) {
    const cited = citedSources(file);
    for (const c of writtenClaimants(file)) {
      const source = c.entity === undefined ? undefined : outletEntities.get(c.entity);
      if (source)
        problems.push(
          `${file.path}: '${c.field}' credits '${c.entity}', an outlet that ${source.path} only infers ('outlet.basis: inferred'), so it cannot be the party making the statement; credit the party the capture names for it, or, where the report says it in its own voice, put '{ report: ${source.id} }' in its place`,
        );
      if (c.report !== undefined && !cited.includes(c.report))
        problems.push(
          `${file.path}: '${c.field}.report' names '${c.report}', which its 'sources' do not cite; a report speaking in its own voice must be one of the sources it is cited from: add '- source: ${c.report}' with its locator, or fix the id`,
        );
    }
  }
  return problems;
}

/** A claim's scope names a place that is a place. (The schema checks the rest of the scope; references are checked apart.) */
export function scopeProblems(claims: readonly ContentFile[], entities: readonly ContentFile[]): string[] {
  const kinds = new Map(entities.map((e) => [e.id, e.data.kind]));
  const problems: string[] = [];
  for (const claim of claims) {
    const place = (claim.data.scope as { place?: unknown } | undefined)?.place;
    if (typeof place !== 'string' || !kinds.has(place) || kinds.get(place) === 'place') continue;
    problems.push(
      `${claim.path}: 'scope.place' names '${place}', which is of kind '${String(kinds.get(place))}', not a place; name a place entity (kind: place), or leave 'place' out when the source gives none`,
    );
  }
  return problems;
}

/**
 * The capture's own words, where a record quotes them (`asWritten` of an inferred claimant or of
 * an identification), are in the capture of a source it cites: the archive's identification must
 * start from what the capture prints.
 */
export function asWrittenProblems(
  claims: readonly ContentFile[],
  events: readonly ContentFile[],
  entities: readonly ContentFile[],
  sources: readonly ContentFile[],
  captureTexts: ReadonlyMap<string, string>,
): string[] {
  const captureOf = new Map(
    sources.map((s) => [s.id, (s.data.capture as { file?: unknown } | undefined)?.file] as const),
  );
  const textsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const file = captureOf.get(id);
      const text = typeof file === 'string' ? captureTexts.get(file) : undefined;
      return text === undefined ? [] : [text];
    });
  const problems: string[] = [];
  for (const file of [...claims, ...events]) {
    const texts = textsOf(citedSources(file));
    if (texts.length === 0) continue;
    for (const c of writtenClaimants(file)) {
      if (typeof c.asWritten !== 'string' || texts.some((t) => usesSpelling(t, c.asWritten as string)))
        continue;
      problems.push(
        `${file.path}: '${c.field}.asWritten' is '${c.asWritten}', which the captures of its sources do not print; copy the capture's words for the party exactly`,
      );
    }
  }
  for (const entity of entities) {
    const list = Array.isArray(entity.data.identifications) ? (entity.data.identifications as unknown[]) : [];
    list.forEach((item, i) => {
      const idn = item as { asWritten?: unknown; source?: unknown } | null;
      if (typeof idn?.asWritten !== 'string' || typeof idn.source !== 'string') return;
      const texts = textsOf([idn.source]);
      if (texts.length === 0 || texts.some((t) => usesSpelling(t, idn.asWritten as string))) return;
      problems.push(
        `${entity.path}: 'identifications[${i}].asWritten' is '${idn.asWritten}', which the capture of ${idn.source} does not print; copy the capture's words exactly, or cite the source that prints them`,
      );
    });
  }
  return problems;
}

function frontmatterLines(report: ContentFile): number {
  const text = readFileSync(join(process.cwd(), report.path), 'utf8');
  return text.slice(0, text.length - report.body.length).split('\n').length - 1;
}

/** The problems as one error message, with a count and one problem a line. */
export function formatContentProblems(problems: readonly string[]): string {
  return `The content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n  ${problems.join('\n  ')}`;
}

/** The integration: checks the content before every build and fails it on any problem. */
export function contentCheckIntegration(options: ContentCheckOptions): AstroIntegration {
  return {
    name: 'kursk-files:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems, files } = checkContentFiles(options);
        if (problems.length > 0) throw new Error(formatContentProblems(problems));
        options.onChecked?.(files);
        const hashes =
          options.capturesDir && existsSync(options.capturesDir)
            ? 'capture hashes'
            : `capture hashes not checked (no captures folder at ${options.capturesDir ?? 'none given'})`;
        logger.info(
          `Content checked: schemas, references, citations, ${hashes}, aliases, claimants and scopes.`,
        );
      },
    },
  };
}
