import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Pagefind's real Node API starts a binary; the integration's own logic is what is under test.
const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => pagefind);

import { copyForIndex } from '../../src/lib/search-terms';
import {
  buildSearchIndex,
  countIndexedPages,
  countPagesMarkedForIndex,
  listHtmlFiles,
  writeIndexCopies,
} from '../../src/build/search-index';
import { pagefindIntegration } from '../../src/integrations/pagefind';

const MARKED =
  '<!doctype html><html><body><nav data-pagefind-ignore>Menu</nav><main data-pagefind-body><p>Report</p></main></body></html>';
const UNMARKED = '<!doctype html><html><body><main><p>A list page</p></main></body></html>';

let dir: string;

/** Writes a built site: `marked` pages that opt in to indexing and `unmarked` pages that do not. */
async function writeSite(marked: number, unmarked = 0): Promise<void> {
  for (let i = 0; i < marked; i += 1) {
    await mkdir(join(dir, 'reports', `r${i}`), { recursive: true });
    await writeFile(join(dir, 'reports', `r${i}`, 'index.html'), MARKED);
  }
  for (let i = 0; i < unmarked; i += 1) {
    await mkdir(join(dir, `list${i}`), { recursive: true });
    await writeFile(join(dir, `list${i}`, 'index.html'), UNMARKED);
  }
}

/**
 * A fake Pagefind index whose writeFiles writes an entry file claiming `pageCount` pages. `read`
 * holds what addDirectory found in the folder it was given (the copies are gone after the build).
 */
function fakeIndex(pageCount: number, overrides: { addErrors?: string[]; writeErrors?: string[] } = {}) {
  const read: { path: string; files: Record<string, string> }[] = [];
  return {
    read,
    addDirectory: vi.fn(async ({ path }: { path: string }) => {
      const files: Record<string, string> = {};
      for (const file of await listHtmlFiles(path)) files[file] = await readFile(join(path, file), 'utf8');
      read.push({ path, files });
      return { errors: overrides.addErrors ?? [], page_count: pageCount };
    }),
    addHTMLFile: vi.fn(async (file: { sourcePath: string; content: string }) => ({
      errors: overrides.addErrors ?? [],
      file: { uniqueWords: 1, url: `/${file.sourcePath}`, meta: {} },
    })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      await mkdir(outputPath, { recursive: true });
      await writeFile(
        join(outputPath, 'pagefind-entry.json'),
        JSON.stringify({
          version: '1.6.0',
          languages: { en: { hash: 'en_abc', wasm: 'en', page_count: pageCount } },
        }),
      );
      return { errors: overrides.writeErrors ?? [], outputPath };
    }),
  };
}

/** The error buildSearchIndex rejects with; fails the test if it resolves. */
async function rejection(): Promise<Error> {
  try {
    await buildSearchIndex(dir, () => {}, { aliasGroups: [], additions: true });
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected buildSearchIndex to reject, but it resolved');
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kursk-pagefind-'));
  pagefind.createIndex.mockReset();
  pagefind.close.mockReset();
  pagefind.close.mockResolvedValue(null);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listHtmlFiles', () => {
  it('lists every .html file under the folder, nested ones included, relative and sorted', async () => {
    await mkdir(join(dir, 'reports', 'b'), { recursive: true });
    await mkdir(join(dir, 'reports', 'a'), { recursive: true });
    await writeFile(join(dir, 'index.html'), UNMARKED);
    await writeFile(join(dir, 'reports', 'b', 'index.html'), MARKED);
    await writeFile(join(dir, 'reports', 'a', 'index.html'), MARKED);
    await writeFile(join(dir, 'style.css'), 'body{}');
    await writeFile(join(dir, 'reports', 'data.json'), '{}');
    expect(await listHtmlFiles(dir)).toEqual([
      'index.html',
      join('reports', 'a', 'index.html'),
      join('reports', 'b', 'index.html'),
    ]);
  });

  it('returns an empty list for a folder without HTML', async () => {
    expect(await listHtmlFiles(dir)).toEqual([]);
  });
});

describe('countPagesMarkedForIndex', () => {
  it('counts only the pages that carry data-pagefind-body', async () => {
    await writeSite(3, 2);
    expect(await countPagesMarkedForIndex(dir)).toBe(3);
  });

  it('counts the attribute with or without a value, and not a longer attribute name', async () => {
    await writeFile(join(dir, 'a.html'), '<main data-pagefind-body>x</main>');
    await writeFile(join(dir, 'b.html'), '<main data-pagefind-body="">x</main>');
    await writeFile(join(dir, 'c.html'), '<main class="report" data-pagefind-body\n  id="main">x</main>');
    await writeFile(join(dir, 'd.html'), '<main data-pagefind-body-extra>x</main>');
    await writeFile(join(dir, 'e.html'), '<main data-pagefind-ignore>x</main>');
    expect(await countPagesMarkedForIndex(dir)).toBe(3);
  });
});

describe('countIndexedPages', () => {
  it('reads the page count of the index', () => {
    expect(countIndexedPages({ languages: { en: { page_count: 5 } } })).toBe(5);
  });

  it('adds up the page counts of every language', () => {
    expect(countIndexedPages({ languages: { en: { page_count: 5 }, uk: { page_count: 2 } } })).toBe(7);
  });

  it('counts 0 when the entry has no languages or a language has no page count', () => {
    expect(countIndexedPages({})).toBe(0);
    expect(countIndexedPages({ languages: {} })).toBe(0);
    expect(countIndexedPages({ languages: { en: {} } })).toBe(0);
  });
});

describe('buildSearchIndex', () => {
  it('indexes the built folder, writes the bundle to <dir>/pagefind and returns the page count', async () => {
    await writeSite(3, 2);
    const index = fakeIndex(3);
    pagefind.createIndex.mockResolvedValue({ index, errors: [] });
    const log = vi.fn();

    await expect(buildSearchIndex(dir, log, { aliasGroups: [], additions: true })).resolves.toBe(3);

    expect(pagefind.createIndex).toHaveBeenCalledTimes(1);
    // Pagefind reads a folder of copies of the three marked pages, each under its path in the site,
    // outside the built folder; the copies are removed afterwards.
    expect(index.addDirectory).toHaveBeenCalledTimes(1);
    expect(index.addHTMLFile).not.toHaveBeenCalled();
    const [{ path, files }] = index.read as [{ path: string; files: Record<string, string> }];
    expect(Object.keys(files)).toEqual([0, 1, 2].map((i) => join('reports', `r${i}`, 'index.html')));
    expect(path.startsWith(dir)).toBe(false);
    expect(existsSync(path)).toBe(false);
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('Pagefind indexed 3 pages');
  });

  it('fails, naming the reason, when Pagefind cannot create an index, and still closes Pagefind', async () => {
    await writeSite(2);
    pagefind.createIndex.mockResolvedValue({
      index: undefined,
      errors: ['the binary is missing', 'second problem'],
    });
    const error = await rejection();
    expect(error.message).toContain('Search indexing failed');
    expect(error.message).toContain('could not create an index');
    expect(error.message).toContain('the binary is missing');
    expect(error.message).toContain('second problem');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when createIndex itself throws, keeping the original error as the cause, and still closes Pagefind', async () => {
    await writeSite(1);
    const original = new Error('spawn pagefind ENOENT');
    pagefind.createIndex.mockRejectedValue(original);
    const error = await rejection();
    expect(error.message).toContain('spawn pagefind ENOENT');
    expect(error.cause).toBe(original);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails, naming the folder and every error, when Pagefind cannot index a page', async () => {
    await writeSite(2);
    const index = fakeIndex(2, { addErrors: ['could not read a.html', 'could not read b.html'] });
    pagefind.createIndex.mockResolvedValue({ index, errors: [] });
    const error = await rejection();
    expect(error.message).toContain(`could not index ${dir}`);
    expect(error.message).toContain('could not read a.html');
    expect(error.message).toContain('could not read b.html');
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails, naming the error, when Pagefind cannot write its files, and still closes Pagefind', async () => {
    await writeSite(2);
    pagefind.createIndex.mockResolvedValue({
      index: fakeIndex(2, { writeErrors: ['disk full'] }),
      errors: [],
    });
    const error = await rejection();
    expect(error.message).toContain('could not write its files');
    expect(error.message).toContain('disk full');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when the index holds fewer pages than the site marked for indexing', async () => {
    await writeSite(4, 1);
    pagefind.createIndex.mockResolvedValue({ index: fakeIndex(3), errors: [] });
    const error = await rejection();
    expect(error.message).toContain('Pagefind indexed 3 pages, but 4 built pages carry data-pagefind-body');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when the index holds more pages than the site marked for indexing', async () => {
    await writeSite(2, 3);
    pagefind.createIndex.mockResolvedValue({ index: fakeIndex(5), errors: [] });
    const error = await rejection();
    expect(error.message).toContain('Pagefind indexed 5 pages, but 2 built pages carry data-pagefind-body');
  });

  it('fails before starting Pagefind when no built page carries data-pagefind-body', async () => {
    await writeSite(0, 3);
    const error = await rejection();
    expect(error.message).toContain('no built page carries data-pagefind-body');
    expect(pagefind.createIndex).not.toHaveBeenCalled();
  });
});

describe('pagefindIntegration', () => {
  it('builds the index on astro:build:done from the output folder URL and logs through the Astro logger', async () => {
    await writeSite(2);
    const index = fakeIndex(2);
    pagefind.createIndex.mockResolvedValue({ index, errors: [] });
    const integration = pagefindIntegration({ aliasGroups: [], additions: true });
    const info = vi.fn();
    const hook = integration.hooks['astro:build:done'] as unknown as (options: {
      dir: URL;
      logger: { info: (message: string) => void };
    }) => Promise<void>;

    await hook({ dir: pathToFileURL(`${dir}/`), logger: { info } });

    expect(integration.name).toBe('kursk-files:pagefind');
    expect(Object.keys(index.read[0]!.files)).toHaveLength(2);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('Pagefind indexed 2 pages'));
  });

  it('fails the build when indexing fails', async () => {
    await writeSite(0, 1);
    const hook = pagefindIntegration({ aliasGroups: [], additions: true }).hooks[
      'astro:build:done'
    ] as unknown as (options: { dir: URL; logger: { info: (message: string) => void } }) => Promise<void>;
    await expect(hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } })).rejects.toThrow(
      'data-pagefind-body',
    );
  });
});

describe('writeIndexCopies', () => {
  it('copies each marked page with the other names of mentioned entities and an entity filter inside its indexed body, leaving the built files alone', async () => {
    const page =
      '<html><body><nav>Zelenskyy</nav><article data-pagefind-body><p>President Zelensky spoke.</p></article></body></html>';
    await writeFile(join(dir, 'a.html'), page);
    await writeFile(join(dir, 'b.html'), '<html><body><p>Not indexed: Zelensky</p></body></html>');
    const groups = [
      { id: 'z', name: 'Volodymyr Zelensky', names: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy'] },
    ];
    const copies = join(dir, 'copies');

    await expect(writeIndexCopies(dir, copies, groups, ['a.html', 'b.html'])).resolves.toEqual({
      pages: 1,
      enriched: 1,
    });

    expect(await listHtmlFiles(copies)).toEqual(['a.html']);
    const content = await readFile(join(copies, 'a.html'), 'utf8');
    expect(content).toMatch(
      /<p>President Zelensky spoke\.<\/p><div hidden aria-hidden="true" data-search-additions>.*Also written: Volodymyr Zelensky, Zelenskyy\.<\/p><\/div><\/article>/,
    );
    expect(content).toContain('data-pagefind-filter="entity[data-value]" data-value="Volodymyr Zelensky"');
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe(page);
  });

  it('copies a page unchanged when it mentions no entity and prints no large number', async () => {
    await writeFile(join(dir, 'a.html'), MARKED);
    await expect(writeIndexCopies(dir, join(dir, 'copies'), [], ['a.html'])).resolves.toEqual({
      pages: 1,
      enriched: 0,
    });
    expect(await readFile(join(dir, 'copies', 'a.html'), 'utf8')).toBe(MARKED);
  });

  it('copies only the marked pages of a large site, each with its additions, and counts them', async () => {
    const groups = [{ id: 'k', name: 'Kim Jong Un', names: ['Kim Jong Un', 'Kim Jong-un'] }];
    const pages = Array.from({ length: 1200 }, (_, i) =>
      i % 3 === 0
        ? UNMARKED
        : `<html><body><main data-pagefind-body><p id="p${i}">Page ${i}${i % 2 ? ' quotes Kim Jong-un' : ''}.</p></main></body></html>`,
    );
    const files = pages.map((_, i) => join('reports', `r${String(i).padStart(4, '0')}`, 'index.html'));
    for (const [i, file] of files.entries()) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), pages[i]!);
    }
    const copies = join(dir, 'copies');
    await expect(writeIndexCopies(dir, copies, groups, files)).resolves.toEqual({
      pages: 800,
      enriched: 400,
    });
    const copied = await listHtmlFiles(copies);
    expect(copied).toEqual(files.filter((_, i) => i % 3 !== 0));
    for (const file of copied)
      expect(await readFile(join(copies, file), 'utf8'), file).toBe(
        copyForIndex(pages[files.indexOf(file)]!, groups).content,
      );
  }, 60_000);
});
