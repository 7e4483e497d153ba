/**
 * The citation plugin (`satteriCitations`), run on the same cases as `.md` and as `.mdx`: the same
 * HTML, notes and messages from both; and `readCitationNotes`, which the content check reads notes with.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOTE_FORM } from '../../../src/lib/citations';
import {
  citationHtml,
  readCitationNotes,
  satteriCitations,
  type CitationNotes,
} from '../../../src/markdown/citations';
import { formats } from './render';

const sourceIds = new Set(['surrender-leaflets', 'drone-losses', 'drone-operators']);

type Options = { path?: string | undefined; data?: Record<string, unknown> };
type Rendered = { html: string; frontmatter?: Record<string, unknown>; citations?: CitationNotes };
type AstroData = { astro?: { frontmatter?: Record<string, unknown> } };

/** Each format, with the file it renders and the name its messages show (Sätteri is given a file URL, so an absolute path). */
const pipelines = formats.map((format) => {
  const path = `content/reports/leaflets${format.name}`;
  return {
    name: format.name,
    shown: pathToFileURL(path).pathname,
    render: async (markdown: string, options: Options = {}): Promise<Rendered> => {
      const file = 'path' in options ? options.path : path;
      const { html, data } = format.render(markdown, {
        mdastPlugins: [satteriCitations({ sourceIds })],
        ...(file ? { fileURL: pathToFileURL(file) } : {}),
        data: structuredClone(options.data ?? {}),
      });
      const frontmatter = (data as AstroData).astro?.frontmatter;
      return { html, frontmatter, citations: frontmatter?.citations as CitationNotes | undefined };
    },
  };
});

/** The element a citation becomes, written out from the plugin's spec. */
const sup = (n: number, id: string) =>
  `<sup class="cite" data-pagefind-ignore=""><a href="#note-${n}" id="${id}" aria-label="Note ${n}" data-cite="${n}">${n}</a></sup>`;

describe.each(pipelines)('$name', ({ render, shown }) => {
  /** The message the plugin fails with; fails the test if the plugin does not throw. */
  async function failure(markdown: string, options: { path?: string } = {}): Promise<string> {
    try {
      await render(markdown, options);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the citation plugin to fail, but it passed');
  }

  describe('on a report whose citations are all in order', () => {
    const markdown = [
      'Drones dropped leaflets.[^video] Fifty soldiers were killed.[^losses]',
      '',
      'The leaflets urged surrender.[^video]',
      '',
      '[^losses]: @drone-losses',
      '[^video]: @surrender-leaflets, ¶ 2–3',
      '',
    ].join('\n');

    it('numbers citation links in the order the text first cites them, not the order notes are written', async () => {
      const { html } = await render(markdown);
      expect(html).toBe(
        `<p>Drones dropped leaflets.${sup(1, 'cite-1')} Fifty soldiers were killed.${sup(2, 'cite-2')}</p>\n` +
          `<p>The leaflets urged surrender.${sup(1, 'cite-1-2')}</p>`,
      );
    });

    it('gives a note cited again the same number and a new id (cite-1, then cite-1-2)', async () => {
      const { html } = await render(markdown);
      expect(html.match(/id="cite-1(?:-\d+)?"/g)).toEqual(['id="cite-1"', 'id="cite-1-2"']);
      expect(html.match(/href="#note-1"/g)).toHaveLength(2);
    });

    it('removes the note definitions from the page, leaving no footnotes section', async () => {
      const { html } = await render(markdown);
      expect(html).not.toContain('@');
      expect(html).not.toContain('surrender-leaflets');
      expect(html).not.toContain('¶');
      expect(html).not.toContain('data-footnotes');
      expect(html).not.toContain('<li');
    });

    it('hands the numbered notes to the page in frontmatter.citations', async () => {
      const { citations } = await render(markdown);
      expect(citations).toEqual([
        { label: 'video', source: 'surrender-leaflets', locator: '¶ 2–3', n: 1, uses: 2, paragraph: 2 },
        { label: 'losses', source: 'drone-losses', n: 2, uses: 1 },
      ]);
    });

    it('keeps the frontmatter already on the file', async () => {
      const { frontmatter } = await render(markdown, {
        data: { astro: { frontmatter: { title: 'Leaflets' } } },
      });
      expect(frontmatter?.title).toBe('Leaflets');
      expect(frontmatter?.citations).toHaveLength(2);
    });
  });

  it('matches a citation to its note whatever the case of the label', async () => {
    const { html, citations } = await render('Said so.[^Video]\n\n[^video]: @surrender-leaflets, ¶ 2\n');
    expect(html).toBe(`<p>Said so.${sup(1, 'cite-1')}</p>`);
    expect(citations).toEqual([
      { label: 'video', source: 'surrender-leaflets', locator: '¶ 2', n: 1, uses: 1, paragraph: 2 },
    ]);
  });

  it('numbers citations in headings and list items in reading order', async () => {
    const { html } = await render(
      [
        '## Losses[^b]',
        '',
        '- First.[^a]',
        '- Second.[^b]',
        '',
        '[^a]: @drone-losses',
        '[^b]: @drone-operators',
        '',
      ].join('\n'),
    );
    expect(html).toBe(
      `<h2>Losses${sup(1, 'cite-1')}</h2>\n<ul>\n<li>First.${sup(2, 'cite-2')}</li>\n<li>Second.${sup(1, 'cite-1-2')}</li>\n</ul>`,
    );
  });

  it('leaves a report without citations as it is, with an empty list of notes', async () => {
    const { html, citations } = await render('No citations here.\n');
    expect(html).toBe('<p>No citations here.</p>');
    expect(citations).toEqual([]);
  });

  describe('failing the build', () => {
    it('fails on a citation marker without a note, naming file, line and the line to add', async () => {
      const message = await failure(
        [
          'Intro.',
          '',
          'Drones struck.[^strike]',
          '',
          '[^video]: @surrender-leaflets',
          'Cited.[^video]',
          '',
        ].join('\n'),
      );
      expect(message).toContain(`${shown}:3: citation [^strike] has no note`);
      expect(message).toContain("add a line '[^strike]: @source-id, ¶ N'");
    });

    it('names the line of a marker without a note on the second line of a paragraph', async () => {
      const message = await failure(
        ['First line of the paragraph.', 'Second line cites.[^strike]', ''].join('\n'),
      );
      expect(message).toContain(`${shown}:2: citation [^strike] has no note`);
    });

    it('fails on a note never cited, naming file, line and how to fix it', async () => {
      const message = await failure(
        ['Cited.[^video]', '', '[^video]: @surrender-leaflets', '[^spare]: @drone-losses, ¶ 4', ''].join(
          '\n',
        ),
      );
      expect(message).toContain('note [^spare] is never cited');
      expect(message).toContain('cite it with [^spare] after the sentence it supports, or delete it');
      expect(message).toContain(`${shown}:4: note [^spare] is never cited`);
    });

    it('fails on a note not in the @source-id form, naming file and line, quoting it and showing the form', async () => {
      const message = await failure(
        ['Cited.[^video]', '', '[^video]: surrender-leaflets, paragraph 2', ''].join('\n'),
      );
      expect(message).toContain(`${shown}:3: note [^video] reads 'surrender-leaflets, paragraph 2'`);
      expect(message).toContain(NOTE_FORM);
    });

    it('fails on a note citing a source id that does not exist, naming file, line and the ids to choose from', async () => {
      const message = await failure(
        ['Cited.[^video]', '', '', '[^video]: @surrender-leaflet, ¶ 2', ''].join('\n'),
      );
      expect(message).toContain(
        `${shown}:4: note [^video] cites '@surrender-leaflet', which is not a source`,
      );
      expect(message).toContain('content/sources/');
      expect(message).toContain('(one of: drone-losses, drone-operators, surrender-leaflets)');
    });

    it('reports every problem in the file at once', async () => {
      const message = await failure(
        ['One.[^a] Two.[^ghost]', '', '[^a]: @nowhere', '[^b]: see above', ''].join('\n'),
      );
      expect(message).toMatch(/^Citation errors:\n/);
      expect(message).toContain(`${shown}:3: note [^a] cites '@nowhere'`);
      expect(message).toContain(`${shown}:4: note [^b] reads 'see above'`);
      expect(message).toContain(`${shown}:1: citation [^ghost] has no note`);
    });

    it('says the file is unknown when it has no path', async () => {
      const message = await failure('Drones struck.[^strike]\n', { path: undefined });
      expect(message).toContain('(unknown file):1: citation [^strike] has no note');
    });
  });
});

describe('citationHtml', () => {
  it('writes the link the plugin renders for the k-th citation of note n', async () => {
    const cites = ['[^a]', '[^b]', '[^b]', '[^b]'].map((m, i) => `Claim ${i}.${m}`).join(' ');
    const { html } = await pipelines[0]!.render(`${cites}\n\n[^a]: @drone-losses\n[^b]: @drone-operators\n`);
    expect(html).toContain(citationHtml(2, 3));
    expect(citationHtml(2, 3)).toBe(sup(2, 'cite-2-3'));
  });
});

describe('readCitationNotes', () => {
  const body = 'Drones dropped leaflets.[^video]\n\n[^video]: @surrender-leaflets, ¶ 2–3\n';
  const notes = [
    { label: 'video', source: 'surrender-leaflets', locator: '¶ 2–3', n: 1, uses: 1, paragraph: 2 },
  ];

  it('reads the numbered notes of a Markdown or an MDX report, by the file’s extension', () => {
    expect(readCitationNotes(body, { path: '/archive/reports/x.md', sourceIds })).toEqual(notes);
    const mdx = `import Aside from '../components/Aside.astro';\n\n<Aside>An aside.</Aside>\n\n${body}`;
    expect(readCitationNotes(mdx, { path: '/archive/reports/x.mdx', sourceIds })).toEqual(notes);
  });

  it('reads a passage as the Markdown parser gives it (straight marks made curly, an address left as text) and links it to its paragraph', () => {
    const capture =
      'Headline\n\nDrones drop leaflets, “Surrender today,” over troops [kim@example.com] in Kursk.\n';
    const quoting =
      'Said.[^v]\n\n[^v]: @surrender-leaflets, ¶ 1–2: "leaflets, "Surrender today," over troops [kim@example.com]"\n';
    expect(
      readCitationNotes(quoting, { path: '/archive/reports/x.md', sourceIds, captureOf: () => capture }),
    ).toEqual([
      {
        label: 'v',
        source: 'surrender-leaflets',
        locator: '¶ 1–2',
        passage: 'leaflets, “Surrender today,” over troops [kim@example.com]',
        n: 1,
        uses: 1,
        paragraph: 2,
      },
    ]);
    expect(() =>
      readCitationNotes(quoting.replace('today', 'now'), {
        path: '/archive/reports/x.md',
        sourceIds,
        captureOf: () => capture,
      }),
    ).toThrow(
      "/archive/reports/x.md:3: note [^v]'s passage “leaflets, “Surrender now,” over troops [kim@example.com]” is not in ¶ 1–2",
    );
  });

  it('throws the plugin’s error on a citation without a note', () => {
    expect(() => readCitationNotes('Cited.[^x]\n', { path: '/archive/reports/x.mdx', sourceIds })).toThrow(
      '/archive/reports/x.mdx:1: citation [^x] has no note',
    );
  });

  it('reads an MDX report whose paragraph id is written \\{#id}', () => {
    const mdx = `A passage. \\{#key-passage}\n\n${body}`;
    expect(readCitationNotes(mdx, { path: '/archive/reports/x.mdx', sourceIds })).toEqual(notes);
  });

  it('fails on a paragraph id written {#id} in MDX, naming the file and line and giving the \\{#id} form', () => {
    const mdx = `First paragraph.\n\nA passage. {#key-passage}\n\n${body}`;
    expect(() => readCitationNotes(mdx, { path: '/archive/reports/x.mdx', sourceIds })).toThrow(
      /^MDX syntax errors:\n\/archive\/reports\/x\.mdx:3: .*in an \.mdx report write a paragraph's own id with a backslash, '\\\{#my-id\}'/,
    );
  });

  it('names the file and line of any other MDX syntax error', () => {
    expect(() =>
      readCitationNotes(`Fine.\n\nA <Broken tag.\n\n${body}`, { path: '/archive/reports/x.mdx', sourceIds }),
    ).toThrow(/^MDX syntax errors:\n\/archive\/reports\/x\.mdx:3: .*fix the MDX syntax/);
  });

  it.each([
    ['.md', '{#'],
    ['.mdx', '\\{#'],
  ])(
    'fails in %s on a heading that takes a note’s id and on a malformed id, naming the file and line',
    (ext, open) => {
      const report = `## Note 1\n\nA passage. ${open}Key_Passage}\n\n${body}`;
      expect(() => readCitationNotes(report, { path: `/archive/reports/x${ext}`, sourceIds })).toThrow(
        new RegExp(
          `^Ids a report may not use:\\n  /archive/reports/x\\${ext}:1: the heading 'Note 1' gets the id 'note-1'.*\\n  /archive/reports/x\\${ext}:3: '\\{#Key_Passage\\}' is not an id`,
        ),
      );
    },
  );
});
