import { describe, expect, it } from 'vitest';
import {
  copyForIndex,
  ALIAS_WEIGHT,
  ADDITIONS_MARK,
  NUMBER_WEIGHT,
  buildAliasGroups,
  formatAliasMap,
  escapeHtml,
  extractIndexedText,
  findSearchAdditions,
  foldForMatch,
  foldLightly,
  foldLightToMatch,
  injectSearchAdditions,
  mentions,
  numberVariants,
  stripIds,
} from '../../src/lib/search-terms';

const KIM = { id: 'kim-jong-un', name: 'Kim Jong Un', names: ['Kim Jong Un', 'Kim Jong-un', '김정은'] };
const ZELENSKY = {
  id: 'zelensky',
  name: 'Volodymyr Zelensky',
  names: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Зеленський'],
};

describe('foldForMatch', () => {
  it('folds case, hyphens, punctuation and spacing alike, padded with spaces for whole-word matching', () => {
    expect(foldForMatch('Kim Jong-un')).toBe(' kim jong un ');
    expect(foldForMatch('  KIM   jong–UN, ')).toBe(' kim jong un ');
  });

  it('keeps letters of every script and drops apostrophes inside words', () => {
    expect(foldForMatch('Зеленський')).toBe(' зеленський ');
    expect(foldForMatch('김정은')).toBe(' 김정은 ');
    expect(foldForMatch("Ukraine's")).toBe(' ukraines ');
  });
});

describe('foldLightly and foldLightToMatch', () => {
  it('keep hyphens in the light fold, and give foldForMatch from it', () => {
    expect(foldLightly('  Kim Jong-un, — SAID ')).toBe(' kim jong-un said ');
    const texts = [
      'Kim Jong-un',
      '-Kim- -Jong--un-',
      'a - b',
      'x—y–z',
      ' — ',
      '',
      '---',
      "Ukraine's  9-10 «Зеленський» 김정은-위원장",
      'Ｋｉｍ　Ｊｏｎｇ',
    ];
    for (const text of texts) expect(foldLightToMatch(foldLightly(text)), text).toBe(foldForMatch(text));
  });
});

describe('buildAliasGroups', () => {
  it('puts the display name first, then the aliases, without repeats', () => {
    expect(
      buildAliasGroups([
        {
          id: 'k',
          data: { name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim Jong Un', '김정은'], searchNames: [] },
        },
      ]),
    ).toEqual([{ id: 'k', name: 'Kim Jong Un', names: ['Kim Jong Un', 'Kim Jong-un', '김정은'] }]);
  });

  it('adds the archive’s search names after the aliases, marked as the archive’s', () => {
    expect(
      buildAliasGroups([
        {
          id: 'p',
          data: {
            name: 'Putin',
            aliases: [],
            searchNames: [{ name: 'Vladimir Putin' }, { name: 'Путин' }, { name: 'Putin' }],
          },
        },
      ]),
    ).toEqual([
      {
        id: 'p',
        name: 'Putin',
        names: ['Putin', 'Vladimir Putin', 'Путин'],
        searchNames: ['Vladimir Putin', 'Путин'],
      },
    ]);
  });

  it('works with no aliases and skips names that fold to nothing (blank, or punctuation only)', () => {
    expect(
      buildAliasGroups([
        { id: 'a', data: { name: 'NPR', aliases: [], searchNames: [] } },
        { id: 'b', data: { name: '--', aliases: ['B'], searchNames: [] } },
        { id: 'd', data: { name: 'Yonhap', aliases: ['  ', '-'], searchNames: [{ name: ' ' }] } },
      ]),
    ).toEqual([
      { id: 'a', name: 'NPR', names: ['NPR'] },
      { id: 'd', name: 'Yonhap', names: ['Yonhap'] },
    ]);
  });
});

describe('mentions', () => {
  it('finds a name as whole words whatever its hyphenation or case', () => {
    expect(mentions(foldForMatch('North Korean leader KIM JONG-UN said'), 'Kim Jong Un')).toBe(true);
  });

  it('does not find a name inside a longer word', () => {
    expect(mentions(foldForMatch('Zelenskyy spoke'), 'Zelensky')).toBe(false);
    expect(mentions(foldForMatch('Kimberly'), 'Kim')).toBe(false);
  });

  it('never matches a name with no letters or digits', () => {
    expect(mentions(foldForMatch('any text'), '--')).toBe(false);
  });
});

describe('numberVariants', () => {
  it('gives numbers with thousands separators without them, and large plain numbers with them', () => {
    expect(numberVariants('some 332,000 troops and 11 000 more; 1000000 dollars')).toEqual([
      '1,000,000',
      '11000',
      '332000',
    ]);
  });

  it('leaves years, small numbers, decimals and codes alone', () => {
    expect(numberVariants('In 2024, 240mm rockets, 3.5 km, 1,5 litres, version 1.000.2 and 9999')).toEqual(
      [],
    );
  });
});

describe('findSearchAdditions', () => {
  it('adds the names a page does not print for each entity it mentions, and files it under the entity', () => {
    const additions = findSearchAdditions('Kim Jong Un met President Zelenskyy? No: Zelenskyy spoke.', [
      KIM,
      ZELENSKY,
    ]);
    expect(additions.entities).toEqual(['Kim Jong Un', 'Volodymyr Zelensky']);
    expect(additions.aliases).toEqual([
      ['Kim Jong-un', '김정은'],
      ['Volodymyr Zelensky', 'Zelensky', 'Зеленський'],
    ]);
    expect(additions.printed).toEqual([['Kim Jong Un'], ['Zelenskyy']]);
  });

  it('recognises a mention in another script or hyphenation and adds the other forms', () => {
    expect(findSearchAdditions('김정은 위원장', [KIM])).toEqual({
      entities: ['Kim Jong Un'],
      aliases: [['Kim Jong Un', 'Kim Jong-un']],
      printed: [['김정은']],
      numbers: [],
    });
    expect(findSearchAdditions('leader Kim Jong-un', [KIM]).aliases).toEqual([['Kim Jong Un', '김정은']]);
  });

  it('finds a page by a search name the archive adds, and says which of the added names are the archive’s', () => {
    const PUTIN = {
      id: 'putin',
      name: 'Putin',
      names: ['Putin', 'Vladimir Putin', 'Путин'],
      searchNames: ['Vladimir Putin', 'Путин'],
    };
    expect(findSearchAdditions('Путин spoke.', [PUTIN])).toEqual({
      entities: ['Putin'],
      aliases: [['Putin', 'Vladimir Putin']],
      printed: [['Путин']],
      searchOnly: [['Vladimir Putin']],
      numbers: [],
    });
    expect(findSearchAdditions('Putin spoke.', [PUTIN]).searchOnly).toEqual([['Vladimir Putin', 'Путин']]);
  });

  it('finds a name only as a whole, whether or not the page uses its first word elsewhere', () => {
    expect(findSearchAdditions('Kim visited; later Kim Jong Un spoke.', [KIM]).entities).toEqual([
      'Kim Jong Un',
    ]);
    expect(findSearchAdditions('Kim Yo Jong visited Un.', [KIM]).entities).toEqual([]);
  });

  it('finds names sharing a first word, a name at the very end, and a one-word name, each as a whole', () => {
    const JONG = { id: 'kim-yo-jong', name: 'Kim Yo Jong', names: ['Kim Yo Jong'] };
    const KURSK = { id: 'kursk', name: 'Kursk', names: ['Kursk'] };
    expect(
      findSearchAdditions('In Kursk, Kim Yo Jong spoke; so did Kim Jong Un', [KIM, JONG, KURSK]).entities,
    ).toEqual(['Kim Jong Un', 'Kim Yo Jong', 'Kursk']);
    expect(findSearchAdditions('Kim Yo', [KIM, JONG, KURSK]).entities).toEqual([]);
    expect(findSearchAdditions('Kursky Kim Jong', [KIM, JONG, KURSK]).entities).toEqual([]);
  });

  it('lists entities in the order of the groups, whatever the order the page names them in', () => {
    expect(findSearchAdditions('Zelenskyy and later 김정은', [KIM, ZELENSKY]).aliases).toEqual([
      ['Kim Jong Un', 'Kim Jong-un'],
      ['Volodymyr Zelensky', 'Zelensky', 'Зеленський'],
    ]);
  });

  it('adds nothing for entities the page does not mention, but still adds number forms', () => {
    expect(findSearchAdditions('Some 332,000 troops.', [KIM, ZELENSKY])).toEqual({
      entities: [],
      aliases: [],
      printed: [],
      numbers: ['332000'],
    });
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that could start markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });
});

describe('extractIndexedText', () => {
  it('reads only the data-pagefind-body elements, without ignored parts, scripts and tags', () => {
    const html =
      '<header>Menu Zelensky</header><article class="x" data-pagefind-body><h1>Title</h1><div><p>Kim &amp; co</p></div>' +
      '<ul data-pagefind-ignore><li>Zelensky</li></ul><script>var a = "<p>Zelensky</p>";</script><p>end&#160;&#x41;</p></article><footer>Zelenskyy</footer>';
    const text = extractIndexedText(html).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Title Kim & co end A');
    expect(extractIndexedText(html)).toContain('end\u00a0A');
  });

  it('drops every ignored part, nested or one after another, and keeps the text between them', () => {
    const html =
      '<main data-pagefind-body><p>one<a data-pagefind-ignore>¶</a></p><p>two<a data-pagefind-ignore>¶</a></p>' +
      '<div data-pagefind-ignore="all"><div>x<span data-pagefind-ignore>y</span></div>z</div><p>three</p><a data-pagefind-ignore>¶</a></main>';
    expect(extractIndexedText(html).replace(/\s+/g, ' ').trim()).toBe('one two three');
  });

  it('handles nested elements of the same name as the body element', () => {
    expect(
      extractIndexedText('<div data-pagefind-body><div>inner</div>after</div><div>outside</div>')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('inner after');
  });

  it('returns nothing for a page that does not opt in', () => {
    expect(extractIndexedText('<main><p>Zelensky</p></main>').trim()).toBe('');
  });
});

describe('injectSearchAdditions', () => {
  const page = '<body><div data-pagefind-body><div>text</div></div><footer>f</footer></body>';

  it('places a hidden, aria-hidden block at the end of the indexed body, escaping every value', () => {
    const out = injectSearchAdditions(page, {
      entities: ['A "B" <C>'],
      aliases: [['x<y', 'z']],
      numbers: ['332000'],
    });
    expect(out).toBe(
      '<body><div data-pagefind-body><div>text</div><div hidden aria-hidden="true" data-search-additions>' +
        '<span data-pagefind-filter="entity[data-value]" data-value="A &quot;B&quot; &lt;C&gt;"></span>' +
        '<p>⁂</p><p data-pagefind-weight="0.5">Also written: x&lt;y, z.</p><p data-pagefind-weight="0.5">Figures also written: 332000.</p></div></div><footer>f</footer></body>',
    );
  });

  it('words the archive’s search names apart from the sources’ spellings, so no excerpt passes one off as the other', () => {
    const out = injectSearchAdditions(page, {
      entities: ['Putin'],
      aliases: [['Putin’s', 'Vladimir Putin', 'Путин']],
      searchOnly: [['Vladimir Putin', 'Путин']],
      numbers: [],
    });
    expect(out).toContain(`<p data-pagefind-weight="${ALIAS_WEIGHT}">Also written: Putin’s.</p>`);
    expect(out).toContain(
      `<p data-pagefind-weight="${ALIAS_WEIGHT}">Also searched as (names the archive adds): Vladimir Putin, Путин.</p>`,
    );
    expect(out).not.toMatch(/Also written: [^<]*Vladimir Putin/);
  });

  it('weights the names and figure forms the page does not print below its own text, after the mark that ends its own words', () => {
    const out = injectSearchAdditions(page, { entities: [], aliases: [['Zelenskyy']], numbers: ['332,000'] });
    expect(ALIAS_WEIGHT).toBeLessThan(1);
    expect(NUMBER_WEIGHT).toBeLessThan(1);
    expect(out).toContain(
      `<p>${ADDITIONS_MARK}</p><p data-pagefind-weight="${ALIAS_WEIGHT}">Also written: Zelenskyy.</p>`,
    );
    expect(out).toContain(`<p data-pagefind-weight="${NUMBER_WEIGHT}">Figures also written: 332,000.</p>`);
  });

  it('carries the alias map as Pagefind metadata when the page prints some of the names', () => {
    const out = injectSearchAdditions(page, {
      entities: ['Z'],
      aliases: [['Zelenskyy']],
      printed: [['Zelensky']],
      numbers: [],
    });
    expect(out).toContain(
      '<span data-pagefind-meta="aliases[data-value]" data-value="Zelenskyy=Zelensky"></span>',
    );
  });

  it('does not file a page twice under an entity it already declares', () => {
    const declared =
      '<div data-pagefind-body><span data-pagefind-filter="entity[data-value]" data-value="Kim &amp; Co\'s &quot;unit&quot;"></span>x</div>';
    expect(
      injectSearchAdditions(declared, { entities: ['Kim & Co\'s "unit"'], aliases: [], numbers: [] }),
    ).toBe(declared);
  });

  it('returns the page unchanged when there is nothing to add or no indexed body', () => {
    expect(injectSearchAdditions(page, { entities: [], aliases: [], numbers: [] })).toBe(page);
    expect(injectSearchAdditions('<main>x</main>', { entities: ['A'], aliases: [], numbers: [] })).toBe(
      '<main>x</main>',
    );
  });
});

describe('formatAliasMap', () => {
  it('writes unprinted=printed names per entity, skipping entities the page prints under no name', () => {
    expect(
      formatAliasMap({
        entities: [],
        aliases: [['Zelenskyy', 'Зеленський'], ['Kim Jong Un'], ['x']],
        printed: [['Zelensky'], ['Kim Jong-un'], []],
        numbers: [],
      }),
    ).toBe('Zelenskyy|Зеленський=Zelensky;Kim Jong Un=Kim Jong-un');
  });

  it('keeps its separators out of names, and is empty without printed names', () => {
    expect(formatAliasMap({ entities: [], aliases: [['a|b=c;d']], printed: [['e']], numbers: [] })).toBe(
      'a b c d=e',
    );
    expect(formatAliasMap({ entities: [], aliases: [['a']], numbers: [] })).toBe('');
  });
});

describe('stripIds', () => {
  it('drops id attributes from every tag, in any quoting, and keeps the rest', () => {
    const html =
      '<article data-pagefind-body><h2 id="why">Why</h2><p id=\'p-1a2b\' class="x">Text</p><li id=n1>Note</li></article>';
    expect(stripIds(html)).toBe(
      '<article data-pagefind-body><h2>Why</h2><p class="x">Text</p><li>Note</li></article>',
    );
  });

  it('leaves attributes that only end in id, and text that mentions id=, alone', () => {
    const html = '<div data-id="7" aria-labelledby="h"><p>Write id="x" in a tag</p></div>';
    expect(stripIds(html)).toBe(html);
  });
});

describe('copyForIndex', () => {
  const groups = [{ id: 'z', name: 'Volodymyr Zelensky', names: ['Volodymyr Zelensky', 'Zelensky'] }];

  it('puts the names the page does not print inside its indexed body and drops the ids, saying it added something', () => {
    const html = '<html><body><main data-pagefind-body><p id="p-1">Zelensky spoke.</p></main></body></html>';
    const { content, enriched } = copyForIndex(html, groups);
    expect(enriched).toBe(true);
    expect(content).toContain('Also written: Volodymyr Zelensky.');
    expect(content).not.toContain('id="p-1"');
    expect(content.indexOf('Also written')).toBeLessThan(content.indexOf('</main>'));
  });

  it('only drops the ids of a page with nothing to add', () => {
    expect(copyForIndex('<main data-pagefind-body><p id="a">Drones.</p></main>', groups)).toEqual({
      content: '<main data-pagefind-body><p>Drones.</p></main>',
      enriched: false,
    });
  });
});
