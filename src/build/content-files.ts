/**
 * Reads the content folder from disk without Astro: every file with its parsed frontmatter or
 * YAML, its body, and where it came from. Not yet checked against the schemas: build code and
 * scripts use the checked, typed view (`readContent` in ./content-check.ts); tests use this to
 * look at files as an editor wrote them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { skipsCaptures } from '../config/captures';

/** One content file as read from disk. */
export interface ContentFile {
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path relative to the working directory, for messages. */
  path: string;
  /** Parsed frontmatter (Markdown) or document (YAML). */
  data: Record<string, unknown>;
  /** The Markdown body after the frontmatter; empty for YAML. */
  body: string;
  /** The file's line (from 1) on which the body starts, so messages about the body can name file lines. */
  bodyLine: number;
}

/** Splits a Markdown file into its YAML frontmatter and body. Throws, naming the file, when there is no frontmatter. */
export function splitFrontmatter(
  path: string,
  text: string,
): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter; start the file with '---', the fields, then '---'.`);
  return { data: parseYamlDocument(path, match[1]!), body: match[2]! };
}

function parseYamlDocument(path: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new Error(`${path}: the YAML does not parse: ${(error as Error).message}`, { cause: error });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${path}: expected a YAML mapping of fields.`);
  return value as Record<string, unknown>;
}

/** The Markdown/MDX and YAML files of one collection folder (not README.md), relative to it, sorted. */
function listCollectionFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name) && !/(^|\/)README\.md$/.test(name))
    .sort();
}

function readContentFile(dir: string, name: string): ContentFile {
  const full = join(dir, name);
  const path = relative(process.cwd(), full);
  const text = readFileSync(full, 'utf8');
  const id = name.replace(/\.(mdx?|ya?ml)$/, '');
  if (/\.mdx?$/.test(name)) {
    const { data, body } = splitFrontmatter(path, text);
    return { id, path, data, body, bodyLine: text.slice(0, text.length - body.length).split('\n').length };
  }
  return { id, path, data: parseYamlDocument(path, text), body: '', bodyLine: 1 };
}

/** Every Markdown/MDX or YAML file in one collection folder (not README.md), sorted by path. Throws on the first file that does not parse. */
export function readCollection(contentDir: string, folder: string): ContentFile[] {
  const dir = join(contentDir, folder);
  return listCollectionFiles(dir).map((name) => readContentFile(dir, name));
}

/**
 * Like readCollection, but reads each file on its own, so one broken file does not hide the rest:
 * the files that parse, and for each one that does not, its error (which names the file).
 */
export function readCollectionEach(
  contentDir: string,
  folder: string,
): { files: ContentFile[]; errors: Error[] } {
  const dir = join(contentDir, folder);
  const files: ContentFile[] = [];
  const errors: Error[] = [];
  for (const name of listCollectionFiles(dir)) {
    try {
      files.push(readContentFile(dir, name));
    } catch (error) {
      errors.push(error as Error);
    }
  }
  return { files, errors };
}

/** The entries of a YAML file holding an array (such as topics.yaml). */
export function readYamlList(
  contentDir: string,
  file: string,
): { path: string; items: Record<string, unknown>[] } {
  const full = join(contentDir, file);
  const path = relative(process.cwd(), full);
  const value = parseYaml(readFileSync(full, 'utf8')) as unknown;
  if (!Array.isArray(value)) throw new Error(`${path}: expected a YAML list.`);
  return { path, items: value as Record<string, unknown>[] };
}

/**
 * Where the source captures live: `KURSK_CAPTURES_DIR`, else ../shared/captures beside the
 * project; `undefined` only when `KURSK_SKIP_CAPTURES=1` says to build without them. A folder
 * that is named but missing fails the content check: integrity is never skipped silently.
 */
export function capturesDir(
  env: Record<string, string | undefined>,
  projectRoot: string,
): string | undefined {
  if (skipsCaptures(env)) return undefined;
  return env.KURSK_CAPTURES_DIR ?? join(projectRoot, '..', 'shared', 'captures');
}

/**
 * A source's capture text by source id, read once each from `capturesDir`; undefined for a source
 * whose capture file is missing, and for every source when there is no folder (the content check
 * reports both).
 */
export function captureReader(
  capturesDir: string | undefined,
  sources: readonly { id: string; data: { capture: { file: string } } }[],
): (sourceId: string) => string | undefined {
  const files = new Map(sources.map((s) => [s.id, s.data.capture.file] as const));
  const texts = new Map<string, string | undefined>();
  return (sourceId) => {
    if (capturesDir === undefined) return undefined;
    if (!texts.has(sourceId)) {
      const file = files.get(sourceId);
      const path = file === undefined ? undefined : join(capturesDir, file);
      texts.set(sourceId, path !== undefined && existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    }
    return texts.get(sourceId);
  };
}
