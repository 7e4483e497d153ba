import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
// Astro's own store, as the content layer gives each loader its scoped part of it.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import {
  HTML_FOLDER,
  htmlFileName,
  RENDERED_HTML_KEY,
  keepRenderedHtmlApart,
  moveHtml,
  withRenderedHtml,
  type RenderedEntry,
} from '../../src/integrations/rendered-html';

const work = mkdtempSync(join(tmpdir(), 'kursk-rendered-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A Markdown file as a loader sees it: its id, its digest and what rendering it gives. */
interface Source {
  id: string;
  digest: string;
  html: string;
  imagePaths?: string[];
}

/**
 * A loader that renders like glob(): an entry whose digest is unchanged is left as it is, any other
 * is rendered and set; entries of files no longer there are deleted. Records what it rendered.
 */
function markdownLoader(files: () => Source[], rendered: string[]): Loader {
  return {
    name: 'markdown-like-glob',
    load: async ({ store }) => {
      const ids = new Set(files().map((file) => file.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const file of files()) {
        if (store.get(file.id)?.digest === file.digest) continue;
        rendered.push(file.id);
        store.set({
          id: file.id,
          data: { title: file.id },
          filePath: `content/reports/${file.id}.md`,
          digest: file.digest,
          rendered: {
            html: file.html,
            metadata: { headings: [], imagePaths: file.imagePaths ?? [], frontmatter: { words: 3 } },
          },
        });
      }
    },
  };
}

function setUp(name: string) {
  const cacheDir = pathToFileURL(join(work, name, 'cache/'));
  const dataStore = new MutableDataStore();
  const context = {
    collection: 'reports',
    store: dataStore.scopedStore('reports'),
    config: { cacheDir },
  } as unknown as LoaderContext;
  const folder = join(work, name, 'cache', HTML_FOLDER);
  return { context, folder, dataStore };
}

const quoted = '<p id="p-1">“We will not go back,” he said. ¶ 3</p>';

describe('report HTML kept apart from the content store', () => {
  it('leaves the store without the HTML, writes it to one file per report, and gives it back to render()', async () => {
    const { context, folder, dataStore } = setUp('first');
    const rendered: string[] = [];
    const files = [
      { id: 'drones', digest: 'd1', html: quoted },
      { id: 'casualties', digest: 'c1', html: '<p>1,000 killed</p>' },
    ];
    await keepRenderedHtmlApart(markdownLoader(() => files, rendered)).load(context);

    expect(rendered).toEqual(['drones', 'casualties']);
    expect(dataStore.toString()).not.toContain('We will not go back');
    expect(readdirSync(folder).sort()).toEqual(
      [htmlFileName('casualties', 'c1'), htmlFileName('drones', 'd1')].sort(),
    );
    const entry = context.store.get('drones') as RenderedEntry;
    expect(entry.rendered?.html).toBe('');
    // What else rendering gave stays in the store.
    expect(entry.rendered?.metadata).toMatchObject({ headings: [], frontmatter: { words: 3 } });
    expect(withRenderedHtml(entry).rendered?.html).toBe(quoted);
    expect(withRenderedHtml(entry).id).toBe('drones');
  });

  it('renders again, on the next load, a report whose file was deleted, and keeps the others as they were', async () => {
    const { context, folder } = setUp('deleted');
    const rendered: string[] = [];
    const files = [
      { id: 'drones', digest: 'd1', html: quoted },
      { id: 'casualties', digest: 'c1', html: '<p>1,000 killed</p>' },
    ];
    const loader = keepRenderedHtmlApart(markdownLoader(() => files, rendered));
    await loader.load(context);
    rmSync(join(folder, htmlFileName('drones', 'd1')));
    await loader.load(context);

    expect(rendered).toEqual(['drones', 'casualties', 'drones']);
    expect(withRenderedHtml(context.store.get('drones') as RenderedEntry).rendered?.html).toBe(quoted);
  });

  it('replaces the file of an edited report and removes the files of deleted reports', async () => {
    const { context, folder } = setUp('edited');
    let files = [
      { id: 'drones', digest: 'd1', html: quoted },
      { id: 'casualties', digest: 'c1', html: '<p>1,000 killed</p>' },
    ];
    const loader = keepRenderedHtmlApart(markdownLoader(() => files, []));
    await loader.load(context);
    files = [{ id: 'drones', digest: 'd2', html: '<p>Edited</p>' }];
    await loader.load(context);

    expect(readdirSync(folder)).toEqual([htmlFileName('drones', 'd2')]);
    expect(withRenderedHtml(context.store.get('drones') as RenderedEntry).rendered?.html).toBe(
      '<p>Edited</p>',
    );
    expect(context.store.has('casualties')).toBe(false);
  });

  it('keeps in the store the HTML of a report with images, whose image references Astro rewrites', async () => {
    const { context, folder } = setUp('images');
    const html = '<p><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./map.png&quot;}"></p>';
    await keepRenderedHtmlApart(
      markdownLoader(() => [{ id: 'map', digest: 'm1', html, imagePaths: ['./map.png'] }], []),
    ).load(context);

    const entry = context.store.get('map') as RenderedEntry;
    expect(entry.rendered?.html).toBe(html);
    expect(withRenderedHtml(entry)).toBe(entry);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('leaves entries that were not rendered (data files, MDX compiled as modules) as they are', () => {
    const entry = { id: 'source-1', digest: 's1' };
    expect(moveHtml(entry, join(work, 'nowhere'))).toBe(entry);
    expect(withRenderedHtml(entry)).toBe(entry);
    expect(existsSync(join(work, 'nowhere'))).toBe(false);
  });

  it('fails, naming the report and the file, when a report’s HTML cannot be read', async () => {
    const { context, folder } = setUp('unreadable');
    await keepRenderedHtmlApart(
      markdownLoader(() => [{ id: 'drones', digest: 'd1', html: quoted }], []),
    ).load(context);
    const file = join(folder, htmlFileName('drones', 'd1'));
    rmSync(file);

    expect(() => withRenderedHtml(context.store.get('drones') as RenderedEntry)).toThrow(
      `content/reports/drones.md: its rendered HTML, ${file}, cannot be read`,
    );
  });

  it('names each file by the report’s id and its source’s digest, with no slash from a nested id', () => {
    expect(htmlFileName('2025/drones', 'd1')).toMatch(/^[0-9a-f]{16}-d1\.html$/);
    expect(htmlFileName('2025/drones', 'd1')).not.toBe(htmlFileName('2025/drones', 'd2'));
    expect(htmlFileName('2025/drones', 'd1')).not.toBe(htmlFileName('2025/casualties', 'd1'));
  });

  it('fails, naming the report, when pages render in a process whose loader did not say where the files are', () => {
    const global = globalThis as { [key: symbol]: unknown };
    const key = Symbol.for(RENDERED_HTML_KEY);
    const kept = global[key];
    delete global[key];
    try {
      const entry = {
        id: 'drones',
        filePath: 'content/reports/drones.md',
        digest: 'd1',
        rendered: { html: '', metadata: { htmlFile: htmlFileName('drones', 'd1') } },
      };
      expect(() => withRenderedHtml(entry)).toThrow(
        "content/reports/drones.md: its rendered HTML is kept in the cache folder's kursk-html/, but its collection's loader did not run in this process",
      );
    } finally {
      global[key] = kept;
    }
  });
});
