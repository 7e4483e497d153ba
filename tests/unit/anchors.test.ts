import { describe, expect, it } from 'vitest';
import type { Element, Root, Text } from 'hast';
import {
  ANCHOR_CLASS,
  createIdAllocator,
  hashText,
  headingId,
  normaliseForId,
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
