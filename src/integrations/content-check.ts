/**
 * Content validation for editors, without Astro: every file parses, matches its schema, points
 * only at entries that exist, cites correctly, records the right capture hash, and no spelling
 * belongs to two entities. Each problem is one line naming the file, the field and the fix. Run by
 * `npm run check` (scripts/check-content.mjs) and at the start of every `astro build`, so a build
 * never ships content that Astro itself would only warn about (duplicate ids, dangling references).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entityNames, findSharedAliases } from '../lib/aliases';
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
  claimant: "add 'claimant: <entity-id>', the id of a file in content/entities/",
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
  const hint = [...issue.path]
    .reverse()
    .map(String)
    .find((p) => FIX_HINTS[p] !== undefined);
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
    topics: new Set(topics.map((t) => String(t.id))),
    quantities: ids(quantities),
  };
  const fieldsByFolder: [ContentFile[], Record<string, string>][] = [
    [reports, { sources: 'sources', topics: 'topics', entities: 'entities' }],
    [entities, { 'sources.source': 'sources', 'roles.organisation': 'entities' }],
    [events, { 'sources.source': 'sources', claimedBy: 'entities', entities: 'entities', topics: 'topics' }],
    [claims, { 'sources.source': 'sources', claimant: 'entities', quantity: 'quantities' }],
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
  problems.push(...findSharedAliases(entityNames(entities)));
  return { problems, files: { sources, reports, entities, events, claims, quantities } };
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
        logger.info(`Content checked: schemas, references, citations, ${hashes}, aliases.`);
      },
    },
  };
}
