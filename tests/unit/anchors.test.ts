import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element, Root, Text } from 'hast';
import {
  ANCHOR_CLASS,
  createIdAllocator,
  findIdProblems,
  hashText,
  headingId,
  normaliseForId,
  pageIdUse,
  paragraphId,
  parseAuthoredId,
  planAnchors,
  readableText,
} from '../../src/lib/anchors';

describe('normaliseForId', () => {
  it('ignores case, punctuation, spacing and Unicode form', () => {
    expect(normaliseForId('  Kim Jong-un’s  ORDER, “now”! ')).toBe('kim jong un s order now');
    expect(normaliseForId('ﬁle')).toBe(normaliseForId('file'));
  });

  it('keeps Cyrillic and Korean letters', () => {
    expect(normaliseForId('Курск — 북한군')).toBe('курск 북한군');
  });
});

describe('hashText', () => {
  it('gives six base-36 characters, the same for the same text', () => {
    expect(hashText('abc')).toMatch(/^[0-9a-z]{6}$/);
    expect(hashText('abc')).toBe(hashText('abc'));
  });

  it('differs for texts that differ by one letter', () => {
    expect(hashText('fifty soldiers')).not.toBe(hashText('fifty soldier'));
  });
});

describe('paragraphId', () => {
  it('depends only on the words, not on punctuation or spacing', () => {
    expect(paragraphId('Drones dropped leaflets.')).toBe(paragraphId('drones  dropped leaflets'));
    expect(paragraphId('Drones dropped leaflets.')).toMatch(/^p-[0-9a-z]{6}$/);
  });

  it('changes when the words change', () => {
    expect(paragraphId('Drones dropped leaflets.')).not.toBe(paragraphId('Drones dropped more leaflets.'));
  });
});

describe('headingId', () => {
  it('slugs the heading text', () => {
    expect(headingId('A video from the air')).toBe('a-video-from-the-air');
    expect(headingId('Russia–North Korea ties')).toBe('russia-north-korea-ties');
  });

  it('falls back to "section" for a heading without letters', () => {
    expect(headingId('—')).toBe('section');
  });
});

describe('parseAuthoredId', () => {
  it('reads an id given at the end of a paragraph and strips it', () => {
    expect(parseAuthoredId('The last sentence. {#kim-order}')).toEqual({
      id: 'kim-order',
      rest: 'The last sentence.',
    });
  });

  it('ignores braces elsewhere and ids not in the allowed form', () => {
    expect(parseAuthoredId('Text {#x} and more')).toBeUndefined();
    expect(parseAuthoredId('Text {#9lives}')).toBeUndefined();
    expect(parseAuthoredId('Text {#Upper}')).toBeUndefined();
  });
});

describe('createIdAllocator', () => {
  it('keeps the first id and numbers later duplicates in document order', () => {
    const allocate = createIdAllocator();
    expect(['p-a', 'p-b', 'p-a', 'p-a'].map(allocate)).toEqual(['p-a', 'p-b', 'p-a-2', 'p-a-3']);
  });

  it('skips a suffix that is already taken', () => {
    const allocate = createIdAllocator();
    expect(['x-2', 'x', 'x'].map(allocate)).toEqual(['x-2', 'x', 'x-3']);
  });
});

const text = (value: string): Text => ({ type: 'text', value });
const el = (
  tagName: string,
  children: Element['children'],
  properties: Element['properties'] = {},
): Element => ({ type: 'element', tagName, properties, children });

describe('ANCHOR_CLASS', () => {
  it('is the class readableText leaves out, so a control never feeds an id', () => {
    expect(readableText(el('p', [text('Words'), el('a', [text('¶')], { className: [ANCHOR_CLASS] })]))).toBe(
      'Words',
    );
  });
});

describe('readableText', () => {
  it('reads the text without citation markers, and with a text node replaced when asked', () => {
    const last = text('Words {#key}');
    const node = el('p', [el('em', [text('Some ')]), last, el('sup', [text('3')], { className: ['cite'] })]);
    expect(readableText(node)).toBe('Some Words {#key}');
    expect(readableText(node, { node: last, value: 'Words ' })).toBe('Some Words ');
  });
});

describe('planAnchors', () => {
  it('plans an id and a control for each heading, paragraph and item in reading order, leaving the tree as it was', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('h2', [text('Losses')]),
        el('p', [text('Same.')]),
        el('ul', [el('li', [text('Same.')])]),
        el('p', [text('Same.')]),
      ],
    };
    const before = structuredClone(tree);
    const edits = planAnchors(tree);
    expect(edits.map((e) => e.anchor?.id)).toEqual([
      'losses',
      paragraphId('Same.'),
      `${paragraphId('Same.')}-2`,
      `${paragraphId('Same.')}-3`,
    ]);
    expect(edits[0]!.anchor!.control).toEqual([
      el('a', [], {
        className: [ANCHOR_CLASS],
        href: '#losses',
        ariaLabel: 'Link to the section “Losses”',
        dataAnchor: '#',
        dataPagefindIgnore: '',
      }),
    ]);
    expect(edits[1]!.anchor!.control[0]).toEqual(text('\u00a0'));
    expect(tree).toEqual(before);
  });

  it('plans to strip an authored id, and to put an item’s control before its nested list', () => {
    const last = text('Kept passage. {#kept}');
    const nested = el('ul', [el('li', [text('inner')])]);
    const outer = el('li', [text('outer'), nested]);
    const edits = planAnchors({ type: 'root', children: [el('p', [last]), el('ul', [outer])] });
    expect(edits[0]).toMatchObject({ strip: { node: last, rest: 'Kept passage.' }, anchor: { id: 'kept' } });
    expect(edits[1]!.anchor).toMatchObject({
      node: outer,
      parent: outer,
      before: nested,
      id: paragraphId('outer'),
    });
    expect(edits[2]!.anchor!.id).toBe(paragraphId('inner'));
  });

  it('gives no id to a paragraph that is only an authored id, nor to a paragraph inside a list item', () => {
    const edits = planAnchors({
      type: 'root',
      children: [el('p', [text('{#empty}')]), el('ul', [el('li', [el('p', [text('Loose.')])])])],
    });
    expect(edits[0]).toEqual({ strip: { node: expect.anything(), rest: '' } });
    expect(edits.slice(1).map((e) => e.anchor?.node.tagName)).toEqual(['li']);
  });
});

describe('pageIdUse', () => {
  it('says what the report page uses its own ids for', () => {
    expect(pageIdUse('note-1')).toBe('note 1 in the Notes');
    expect(pageIdUse('cite-3')).toBe('citation marker 1 of note 3');
    expect(pageIdUse('cite-3-2')).toBe('citation marker 2 of note 3');
    expect(pageIdUse('main')).toBe('its main content');
    expect(pageIdUse('corrections')).toBe('the corrections log');
    expect(pageIdUse('citation-apa')).toBe('a citation format in the "Cite this report" box');
    expect(pageIdUse('cite-bibtex-label')).toBe('a citation format in the "Cite this report" box');
  });

  it('leaves the report any other id', () => {
    for (const id of ['notes', 'note-one', 'a-note-1', 'cite-this', 'losses', paragraphId('x'), 'mainly'])
      expect(pageIdUse(id)).toBeUndefined();
  });

  it('knows every literal id the report page and its parts write', () => {
    // The report page, its layout and the components it renders: an id added there must be added
    // to the page's own ids, or a heading could take it.
    const files = [
      'src/layouts/BaseLayout.astro',
      'src/pages/reports/[slug].astro',
      'src/components/SiteHeader.astro',
      'src/components/SiteFooter.astro',
      'src/components/ReportNotes.astro',
      'src/components/CiteBox.astro',
      'src/components/CorrectionsLog.astro',
    ];
    const ids = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\sid="([^"{}]+)"/g)].map((m) => m[1]!),
    );
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => pageIdUse(id) === undefined)).toEqual([]);
    for (const style of ['apa', 'mla', 'chicago', 'bibtex', 'ris']) {
      expect(pageIdUse(`citation-${style}`)).toBeDefined();
      expect(pageIdUse(`cite-${style}-label`)).toBeDefined();
    }
  });
});

describe('findIdProblems', () => {
  const problems = (...children: Element[]) =>
    findIdProblems({ type: 'root', children }).map((p) => p.problem);

  it('finds a heading whose words give the id of a note, with the fix', () => {
    expect(problems(el('h2', [text('Note 1')]))).toEqual([
      "the heading 'Note 1' gets the id 'note-1', which the page gives note 1 in the Notes, so a link to one would land on the other; reword the heading, or give it an id of its own at its end ('Note 1 {#my-id}')",
    ]);
  });

  it('finds a clash made by numbering repeated headings, and an authored id of the page’s', () => {
    expect(problems(el('h2', [text('Note')]), el('h2', [text('Note')]))[0]).toContain("gets the id 'note-2'");
    expect(problems(el('p', [text('A passage. {#main}')]))[0]).toMatch(
      /^the paragraph 'A passage\.' gets the id 'main', which the page gives its main content.*give it another id than '\{#main\}'/,
    );
  });

  it('accepts a heading that gives itself another id, and ordinary headings and paragraphs', () => {
    expect(
      problems(
        el('h2', [text('Note 1 {#first-note}')]),
        el('h3', [text('Notes')]),
        el('p', [text('Note 1.')]),
      ),
    ).toEqual([]);
  });

  it('finds a {#…} that is not an id, is left open, or is not at the end', () => {
    expect(problems(el('p', [text('Words. {#My_Id}')]))[0]).toBe(
      "'{#My_Id}' is not an id, and would be shown as text: an id is a lower-case letter, then lower-case letters, digits or hyphens ('{#my-id}')",
    );
    expect(problems(el('p', [text('Words. {#my id}')]))[0]).toContain("'{#my id}' is not an id");
    expect(problems(el('h2', [text('Losses {#losses')]))[0]).toContain("'{#losses' is an id left open");
    const beforeCitation = el('p', [text('Words. {#key}'), el('sup', [text('1')], { className: ['cite'] })]);
    expect(problems(beforeCitation)[0]).toContain("'{#key}' is not at the end of its paragraph or heading");
  });

  it('leaves {#…} shown as code alone', () => {
    expect(problems(el('p', [text('Write '), el('code', [text('{#my-id}')]), text(' at the end.')]))).toEqual(
      [],
    );
  });
});
