/**
 * New content files for editors (`npm run new:report`, `npm run new:source`). Whatever the
 * scaffold cannot know is left as a value starting with `TODO`, which the content check rejects,
 * so an unfinished file can never be published by accident.
 */

/** The marker that opens every value an editor still has to fill in. */
export const TODO_MARKER = 'TODO';

/** A URL-safe id from a title: lower case, ASCII letters and digits, single hyphens, at most `maxWords` words. */
export function slugify(title: string, maxWords = 10): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-');
}

/** A YAML double-quoted string. */
function quote(text: string): string {
  return JSON.stringify(text);
}

/** A new report: the title filled in, a draft, every other field a TODO the check rejects until filled. */
export function renderReportScaffold(input: { title: string; today: string }): string {
  return `---
title: ${quote(input.title)}
dek: "${TODO_MARKER}: one sentence that says what the report establishes (20 to 300 characters)"
publishedAt: ${input.today}
byline: The Kursk Files
# ${TODO_MARKER}: ids from content/topics.yaml, e.g. [drones, casualties]
topics: []
# ${TODO_MARKER}: ids of files in content/sources/, primary source first
sources: []
draft: true
---

${TODO_MARKER}: write the report in the archive's own words. Cite every factual sentence with a note.[^first]

[^first]: @${TODO_MARKER.toLowerCase()}-source-id, ¶ 1
`;
}

/**
 * A new source record for a capture: the capture file, its SHA-256 and the retrieval date filled
 * in; the title, outlet, authors and date left as TODOs, with the capture's first line as a hint.
 */
export function renderSourceScaffold(input: {
  file: string;
  sha256: string;
  today: string;
  firstLine: string;
}): string {
  return `# Fill in every ${TODO_MARKER} from the capture itself (see /work/shared/captures/README.md and docs/editing.md).
# The capture's first line reads: ${input.firstLine.slice(0, 150)}
title: "${TODO_MARKER}: the headline exactly as printed (or set titleSuppliedByArchive: true and describe it)"
titleSuppliedByArchive: false
# ${TODO_MARKER}: the outlet, or null when the capture does not say and nothing points to it.
#   name: ...; basis: stated | inferred; reason: (for inferred) what it was inferred from
outlet: null
# ${TODO_MARKER}: authors as printed, e.g. ["Youngnam Kim"]; [] when none is named.
authors: []
published:
  date: "${TODO_MARKER}: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the capture allows"
  basis: stated
capture:
  file: ${input.file}
  sha256: ${input.sha256}
retrievedAt: ${input.today}
language: en
`;
}

/**
 * Every field of a parsed content file whose value still starts with the TODO marker, as
 * dotted paths (`dek`, `published.date`, `sources[0].source`).
 */
export function findTodoFields(data: unknown, prefix = ''): string[] {
  if (typeof data === 'string') return data.trimStart().startsWith(TODO_MARKER) ? [prefix || '(value)'] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => findTodoFields(item, `${prefix}[${i}]`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      findTodoFields(value, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [];
}
