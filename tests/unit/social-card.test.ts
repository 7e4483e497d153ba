import { describe, expect, it } from 'vitest';
import {
  buildCardTree,
  reportCardContent,
  charactersOutside,
  CARD_SIZE,
  chooseSubsets,
  parseUnicodeRange,
  titleSize,
  type CardNode,
} from '../../src/lib/social-card';

const content = {
  site: 'The Kursk Files',
  kicker: 'Report',
  title: 'A headline',
  meta: 'Published 1 January 2026',
  footer: 'Source: NPR',
};

describe('reportCardContent', () => {
  it('shows the kind, headline, day of publication and outlets, with "Source" for one outlet and "Sources" for more', () => {
    const report = {
      kind: 'Analysis',
      title: 'How the estimates diverged',
      publishedAt: new Date('2026-11-05T00:00:00Z'),
    };
    expect(reportCardContent('The Kursk Files', report, ['NPR', 'Outlet unknown'])).toEqual({
      site: 'The Kursk Files',
      kicker: 'Analysis',
      title: 'How the estimates diverged',
      meta: 'Published 5 November 2026',
      footer: 'Sources: NPR · Outlet unknown',
    });
    expect(reportCardContent('The Kursk Files', report, ['AP (inferred)']).footer).toBe(
      'Source: AP (inferred)',
    );
  });
});

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0400-045F,U+2116, U+4??')).toEqual([
      [0x400, 0x45f],
      [0x2116, 0x2116],
      [0x400, 0x4ff],
    ]);
  });

  it('throws on text that is not a range', () => {
    expect(() => parseUnicodeRange('latin')).toThrow("cannot read 'latin'");
  });
});

describe('chooseSubsets', () => {
  const subsets = { latin: 'U+0000-00FF', cyrillic: 'U+0400-045F', '[3]': 'U+AC00-AD00' };

  it('picks the subsets that hold the text’s characters', () => {
    expect(chooseSubsets('Kursk', subsets)).toEqual(['latin']);
    expect(chooseSubsets('Курск 가', subsets)).toEqual(['cyrillic', '[3]']);
  });
});

describe('charactersOutside', () => {
  it('keeps only the characters no subset covers', () => {
    expect(charactersOutside('Kursk Курск 북한', { latin: 'U+0000-00FF', cyrillic: 'U+0400-045F' })).toBe(
      '북한',
    );
  });
});

describe('titleSize', () => {
  it('shrinks the type for longer headlines', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('x'.repeat(80)));
    expect(titleSize('x'.repeat(80))).toBeGreaterThan(titleSize('x'.repeat(130)));
  });
});

describe('buildCardTree', () => {
  const texts = (node: CardNode | string): string[] =>
    typeof node === 'string'
      ? [node]
      : [node.props.children ?? []].flat().flatMap((c) => texts(c as CardNode | string));

  it('is a 1200×630 frame showing the masthead, kicker, title, meta and footer', () => {
    const tree = buildCardTree(content);
    expect(tree.props.style).toMatchObject({ width: CARD_SIZE.width, height: CARD_SIZE.height });
    expect(texts(tree)).toEqual([
      'THE KURSK FILES',
      'REPORT',
      'A headline',
      'Published 1 January 2026',
      'Source: NPR',
    ]);
  });

  it('leaves out the meta line and footer when absent', () => {
    expect(texts(buildCardTree({ site: 'S', kicker: 'K', title: 'T' }))).toEqual(['S', 'K', 'T']);
  });
});
