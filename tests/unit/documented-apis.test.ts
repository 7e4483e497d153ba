/**
 * The build uses documented Astro and Pagefind APIs only (issue 19): nothing in src/ or
 * astro.config.mjs reaches into a package's dist/ folder, names one of Astro's virtual modules,
 * wraps the prerenderer (an API made for adapters) or shares state through globalThis. Each of
 * these once worked by relying on internals that an upgrade can change without notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What is forbidden, and why, as a reader of the failure needs it. */
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /['"`]astro\/dist\//, why: "imports from Astro's dist/ folder (internals, not its API)" },
  {
    pattern: /\\0astro:|\\x00astro:|\bastro:data-layer-content\b/,
    why: "names an Astro virtual module's internal id",
  },
  { pattern: /\bsetPrerenderer\b/, why: 'wraps the prerenderer, an API for adapters' },
  { pattern: /\bglobalThis\b/, why: 'shares state through globalThis' },
];

/** The forbidden uses in one file's text, as `line: why`. */
export function findInternals(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(({ why }) => `${i + 1}: ${why}`),
    );
}

const root = process.cwd();
const siteFiles = [
  join(root, 'astro.config.mjs'),
  ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|mjs|js|astro)$/.test(f))
    .map((f) => join(root, 'src', f)),
];

describe('findInternals', () => {
  it('catches each forbidden use and passes documented ones', () => {
    expect(findInternals("import { x } from 'astro/dist/core/build/index.js';")).toHaveLength(1);
    expect(findInternals("const id = '\\0astro:data-layer-content';")).toHaveLength(1);
    expect(findInternals('setPrerenderer(wrap(prerenderer));')).toHaveLength(1);
    expect(findInternals('globalThis[Symbol.for(key)] ??= create();')).toHaveLength(1);
    expect(
      findInternals("import { glob } from 'astro/loaders';\nimport { defineConfig } from 'astro/config';"),
    ).toEqual([]);
  });
});

describe('the site code', () => {
  it(`uses no Astro internals (${siteFiles.length} files of src/ and astro.config.mjs)`, () => {
    expect(siteFiles.length).toBeGreaterThan(50);
    const found = siteFiles.flatMap((file) =>
      findInternals(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * One typed view of the content (issue 19): at build time only the content check reads content
 * files from disk, once, and checks them with the schemas; everything else gets its typed entries.
 * A second reader would re-check fields by hand and drift from the schemas.
 */
describe('the content at build time', () => {
  const READS_CONTENT =
    /\breadCollection(Each)?\(|\breadYamlList\(|\bcontent\/(sources|entities|claims)\b.*readdirSync/;
  const READERS = ['src/build/content-check.ts', 'src/build/content-files.ts'];

  it('is read from disk by the content check alone', () => {
    const found = siteFiles
      .filter((file) => !READERS.includes(relative(root, file)))
      .filter((file) => READS_CONTENT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(found).toEqual([]);
  });

  it('would catch a second reader', () => {
    expect(READS_CONTENT.test("const entities = readCollection(contentDir, 'entities');")).toBe(true);
    expect(READS_CONTENT.test('const { content } = readContent({ contentDir });')).toBe(false);
  });
});
