import { describe, expect, it } from 'vitest';
import type { Element, Root, Text } from 'hast';
import {
  createMentionMatcher,
  detectScript,
  findMentions,
  isCaseSensitive,
  namesOf,
  NO_LINK_TAGS,
  planEntityLinks,
} from '../../src/lib/mentions';

const entities = [
  { id: 'kursk-region', name: 'Kursk region', aliases: ['Kursk', 'Курская область'] },
  { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim Jong-un', '김정은'] },
  { id: 'north-korea', name: 'North Korea', aliases: ['DPRK'] },
  { id: 'shahed', name: 'Shahed drones', aliases: ['shahed'] },
  { id: 'nis', name: 'National Intelligence Service', aliases: ['NIS'] },
];
const matcher = createMentionMatcher(entities);
const ids = (text: string) => findMentions(text, matcher).map((m) => `${m.id}:${m.text}`);

describe('detectScript', () => {
  it('tells Latin, Cyrillic, Hangul and Han names apart', () => {
    expect(detectScript('Kim Jong-un')).toBe('Latin');
    expect(detectScript('Курская область')).toBe('Cyrillic');
    expect(detectScript('김정은')).toBe('Hangul');
    expect(detectScript('金正恩')).toBe('Han');
  });

  it('calls a name without letters Other', () => {
    expect(detectScript('8-9')).toBe('Other');
  });
});

describe('isCaseSensitive', () => {
  it('keeps capitals in proper names and acronyms, ignores case for lower-case names', () => {
    expect(isCaseSensitive('Kursk')).toBe(true);
    expect(isCaseSensitive('NIS')).toBe(true);
    expect(isCaseSensitive('shahed')).toBe(false);
  });

  it('treats names in scripts without case as exact', () => {
    expect(isCaseSensitive('김정은')).toBe(true);
  });
});

describe('namesOf', () => {
  it('lists the display name first and drops repeats and blanks', () => {
    expect(namesOf({ id: 'x', name: 'Kursk', aliases: ['Kursk', ' ', 'Kursk Oblast'] })).toEqual([
      'Kursk',
      'Kursk Oblast',
    ]);
  });
});

describe('createMentionMatcher', () => {
  it('compiles one pattern per name of every entity', () => {
    expect(createMentionMatcher(entities).patterns).toHaveLength(12);
  });
});

describe('findMentions', () => {
  it('finds names as whole words only', () => {
    expect(ids('Kurskaya is not Kursk.')).toEqual(['kursk-region:Kursk']);
    expect(ids('The DPRKs do not count, but DPRK does.')).toEqual(['north-korea:DPRK']);
  });

  it('does not take a demonym for the country', () => {
    expect(ids('North Korean troops')).toEqual([]);
  });

  it('lets the longest name win where names overlap', () => {
    expect(ids('fighting in the Kursk region today')).toEqual(['kursk-region:Kursk region']);
  });

  it('matches a name across a line break, as Markdown may wrap it', () => {
    expect(ids('spoke to Kim\nJong Un')).toEqual(['kim-jong-un:Kim\nJong Un']);
  });

  it('keeps capitals for capitalised names and acronyms', () => {
    expect(ids('kursk and nis in lower case')).toEqual([]);
  });

  it('ignores case for a name written in lower case', () => {
    expect(ids('Shahed and SHAHED and shahed')).toEqual(['shahed:Shahed', 'shahed:SHAHED', 'shahed:shahed']);
  });

  it('finds names in other scripts and before possessives', () => {
    expect(ids('김정은 said; Kim Jong-un’s army; Курская область')).toEqual([
      'kim-jong-un:김정은',
      'kim-jong-un:Kim Jong-un',
      'kursk-region:Курская область',
    ]);
  });

  it('matches a straight apostrophe in a name to a curly one in the text, and the reverse', () => {
    const m = createMentionMatcher([
      { id: 'usf', name: "Ukraine's Special Forces", aliases: ['Korea’s spy agency'] },
    ]);
    expect(findMentions("Ukraine’s Special Forces and Korea's spy agency", m).map((x) => x.text)).toEqual([
      'Ukraine’s Special Forces',
      "Korea's spy agency",
    ]);
  });

  it('returns offsets that cut the name out of the text', () => {
    const text = 'Seoul’s NIS said';
    const [m] = findMentions(text, matcher);
    expect(text.slice(m!.start, m!.end)).toBe('NIS');
  });
});

describe('findMentions, word by word', () => {
  // Names that overlap, share first words, carry digits, brackets, hyphens and apostrophes, in three scripts.
  const many = [
    { id: 'kursk', name: 'Kursk', aliases: ['Kursk region', 'Kursk Oblast', 'Курская область', 'Курск'] },
    { id: 'kim', name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim', '김정은'] },
    { id: 'kim-yo-jong', name: 'Kim Yo Jong', aliases: ['Kim Yo-jong'] },
    { id: 'brigade', name: 'Overwore Brigade (256)', aliases: ['Overwore Brigade', 'Overwore-Brigade'] },
    // A case-free name that ends inside a name with capitals, which holds a shorter name: the
    // shorter one must stay unfound, as in one scan that goes on after the longer match.
    { id: 'shahed-overwore', name: 'shahed overwore', aliases: [] },
    { id: 'brigade-alone', name: 'Brigade', aliases: [] },
    { id: 'obrien', name: "O'Brien Group", aliases: ['OBG'] },
    { id: 'shahed', name: 'Shahed drones', aliases: ['shahed', 'geran-2'] },
    { id: 'korea', name: 'North Korea', aliases: ['DPRK', 'North Korean People’s Army'] },
  ];
  const pieces = [
    'Kursk',
    'Kursk region',
    'Kursk\nOblast',
    'Kursk regional',
    'KURSK',
    'Курская область',
    'Курской',
    'Kim',
    'Kim Jong Un',
    'Kim  Jong-un',
    'Kim Yo Jong',
    'Kimchi',
    'Overwore Brigade (256)',
    'Overwore Brigade (25',
    'Overwore-Brigade',
    'Overwore Brigades',
    "O'Brien Group",
    'O’Brien Group',
    'OBG',
    'OBGs',
    'Shahed drones',
    'SHAHED',
    'shahed',
    'shahed Overwore Brigade (256)',
    'geran-2',
    'Geran-2s',
    'North Korea',
    "North Korean People's Army",
    'DPRK',
    '김정은',
    '김정은의',
    'the',
    'and',
    ',',
    '.',
    '—',
    '(',
    ')',
    '2024',
    '"',
  ];
  /** A deterministic text of `n` pieces joined by spaces or nothing (so names also meet letters). */
  const textOf = (seed: number, n: number) => {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    return Array.from(
      { length: n },
      () => pieces[Math.floor(next() * pieces.length)]! + (next() < 0.8 ? ' ' : ''),
    ).join('');
  };

  it('finds exactly what one alternation of every name finds, on 2,000 generated texts', () => {
    const keyed = createMentionMatcher(many);
    expect(keyed.scans.find((s) => !s.caseFree)?.byFirstWord?.get('Kim')).toHaveLength(5);
    const alternation = { ...keyed, scans: keyed.scans.map(({ caseFree, re }) => ({ caseFree, re })) };
    let mentions = 0;
    for (let seed = 1; seed <= 2000; seed += 1) {
      const text = textOf(seed, 30);
      const found = findMentions(text, keyed);
      expect(found, text).toEqual(findMentions(text, alternation));
      mentions += found.length;
    }
    expect(mentions).toBeGreaterThan(20_000);
  });

  it('keeps the alternation for names with capitals when one begins with a sign rather than a letter', () => {
    const quoted = createMentionMatcher([...many, { id: 'rocket', name: '"Rocket Man"', aliases: [] }]);
    expect(quoted.scans.every((s) => s.byFirstWord === undefined)).toBe(true);
    expect(findMentions('He called Kim "Rocket Man" in Kursk.', quoted).map((m) => m.id)).toEqual([
      'kim',
      'rocket',
      'kursk',
    ]);
  });
});

describe('NO_LINK_TAGS', () => {
  it('holds headings, links, citation markers, code and quotations, not running text', () => {
    for (const tag of ['h2', 'a', 'sup', 'code', 'blockquote', 'q']) expect(NO_LINK_TAGS.has(tag)).toBe(true);
    for (const tag of ['p', 'li', 'em', 'strong']) expect(NO_LINK_TAGS.has(tag)).toBe(false);
  });
});

describe('planEntityLinks', () => {
  const matcher = createMentionMatcher(entities);
  const hrefFor = (id: string) => `/e/${id}/`;
  const text = (value: string): Text => ({ type: 'text', value });
  const el = (tagName: string, children: Element['children']): Element => ({
    type: 'element',
    tagName,
    properties: {},
    children,
  });

  it('plans a link for the first mention in running text only, reading neighbouring texts as one, and lists every mention', () => {
    const split = [text('Kim Jong'), text(' Un met the DPRK army.')];
    const paragraph = el('p', split);
    const tree: Root = {
      type: 'root',
      children: [el('h2', [text('Kursk')]), paragraph, el('p', [text('Kim Jong Un again.')])],
    };
    const before = structuredClone(tree);
    const { mentioned, edits } = planEntityLinks(tree, matcher, hrefFor);
    expect(mentioned).toEqual(['kursk-region', 'kim-jong-un', 'north-korea']);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.parent).toBe(paragraph);
    expect(edits[0]!.texts).toEqual(split);
    expect(edits[0]!.parts).toEqual([
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/e/kim-jong-un/', className: ['entity-link'], dataEntity: 'kim-jong-un' },
        children: [text('Kim Jong Un')],
      },
      text(' met the '),
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/e/north-korea/', className: ['entity-link'], dataEntity: 'north-korea' },
        children: [text('DPRK')],
      },
      text(' army.'),
    ]);
    expect(tree).toEqual(before);
  });

  it('links no mention inside a quotation mark pair, and takes the next one', () => {
    const { edits } = planEntityLinks(
      { type: 'root', children: [el('p', [text('They said “the DPRK” and DPRK.')])] },
      matcher,
      hrefFor,
    );
    expect(edits[0]!.parts[0]).toEqual(text('They said “the DPRK” and '));
  });
});
