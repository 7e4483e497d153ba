/**
 * Whole-site search quality (issue 20): what a reader types on the search page with no filter, the
 * page that should be the "top match" above the list, the pages a reader would want among the first
 * five (for precision@5), and for a misspelling the name "did you mean" should offer. Chosen by
 * reading the reports (content/reports), the entity files (content/entities) and the figures ledger
 * (content/claims, content/quantities), never from search output; `why` says what each rests on.
 */

/** One whole-site query. */
export interface SiteCase {
  query: string;
  kind:
    | 'name'
    | 'variant spelling'
    | 'script'
    | 'misspelling'
    | 'figure'
    | 'place'
    | 'weapon'
    | 'question'
    | 'topic';
  /** The page the top match must be, when the query names an entity or is a figure. */
  top?: string;
  /** Pages a reader would be glad to see among the first five: the top match counts as the first. */
  wanted?: string[];
  /** For a misspelling: a name "did you mean" must offer. */
  suggest?: string;
  why: string;
}

const R = (slug: string) => `/reports/${slug}/`;
const E = (id: string) => `/entities/${id}/`;
const F = (id: string) => `/figures/${id}/`;
const TOLL = R('drone-warfare-takes-heavy-toll-on-north-korean-troops');
const LEAFLETS = R('drones-drop-surrender-leaflets-over-north-korean-troops');
const ADAPTED = R('how-north-korean-troops-adapted-to-drone-warfare');
const LEARNED = R('how-north-korean-troops-learned-drone-warfare-in-kursk');
const LOSSES = R('how-the-estimates-of-north-korean-losses-diverged');
const KYIV = R('kyiv-says-north-koreans-fly-drones-and-direct-strikes');
const READIES = R('north-korea-readies-more-troops-and-drones-for-russia');
const GAINS = R('what-north-korea-gains-and-risks-in-russias-war');
const ALL = [TOLL, LEAFLETS, ADAPTED, LEARNED, LOSSES, KYIV, READIES, GAINS];
const BUDANOV = [
  E('kyrylo-budanov'),
  ADAPTED,
  LEARNED,
  GAINS,
  E('ukraine-military-intelligence'),
  E('the-war-zone'),
  E('shahed-style-drones'),
  E('ballistic-missiles'),
];

export const SITE_CASES: SiteCase[] = [
  {
    query: 'Budanov',
    kind: 'name',
    top: E('kyrylo-budanov'),
    wanted: BUDANOV,
    why: 'Three reports quote him (ADAPTED, LEARNED, GAINS); he heads military intelligence, spoke to The War Zone about Shahed-style drones and ballistic missiles (his entity file).',
  },
  {
    query: 'Кирило Буданов',
    kind: 'script',
    top: E('kyrylo-budanov'),
    wanted: BUDANOV,
    why: 'The Ukrainian name the archive adds for search (searchNames in kyrylo-budanov.yaml); no page prints it.',
  },
  {
    query: 'Lee Sung-kwon',
    kind: 'variant spelling',
    top: E('lee-seong-kweun'),
    wanted: [E('lee-seong-kweun'), TOLL, ADAPTED, LOSSES, READIES, GAINS, E('national-intelligence-service')],
    why: 'An alias of Lee Seong-kweun; five reports name him; he relays the National Intelligence Service (his entity file).',
  },
  {
    query: 'Kim Jong Un',
    kind: 'name',
    top: E('kim-jong-un'),
    wanted: [E('kim-jong-un'), ...ALL],
    why: 'Every report names him.',
  },
  {
    query: 'Mylar ponchos',
    kind: 'weapon',
    top: E('mylar-ponchos'),
    wanted: [
      E('mylar-ponchos'),
      ADAPTED,
      LEARNED,
      '/sources/drone-warfare-skills/',
      E('volodymyr-61st-brigade'),
    ],
    why: 'Only ADAPTED and LEARNED mention the ponchos; the NPR capture is the source; Volodymyr of the 61st noticed them.',
  },
  {
    query: 'Shahed',
    kind: 'weapon',
    top: E('shahed-style-drones'),
    wanted: [
      E('shahed-style-drones'),
      ADAPTED,
      LEARNED,
      GAINS,
      E('kyrylo-budanov'),
      '/sources/drone-warfare-skills/',
    ],
    why: 'Three reports mention Shahed-style drones, which Budanov spoke of (entity file).',
  },
  {
    query: 'Sumy',
    kind: 'place',
    wanted: [
      E('sumy'),
      E('sumy-region'),
      KYIV,
      LEARNED,
      ADAPTED,
      LOSSES,
      F('russian-troops-massed-near-sumy'),
    ],
    why: 'Four reports mention Sumy; the city and the region have entity pages; the figures page of troops massed near Sumy.',
  },
  {
    query: '4,700',
    kind: 'figure',
    top: F('nk-troops-killed'),
    wanted: [F('nk-troops-killed'), LEARNED, LOSSES, GAINS, E('national-intelligence-service')],
    why: 'Claim nk-killed-nis-4700 (quantity nk-troops-killed), credited to the National Intelligence Service; three reports print 4,700.',
  },
  {
    query: '11000',
    kind: 'figure',
    top: F('nk-troops-sent-to-kursk'),
    wanted: [F('nk-troops-sent-to-kursk'), LEARNED, LOSSES, KYIV, GAINS],
    why: 'Claims nk-sent-npr-11000 and nk-sent-ukrainian-intelligence-11000; four reports print 11,000.',
  },
  {
    query: '332 thousand',
    kind: 'figure',
    top: F('russian-casualties-this-year'),
    wanted: [F('russian-casualties-this-year'), LOSSES, KYIV, E('uk-ministry-of-defence')],
    why: 'Claim russian-casualties-uk-mod-332000 by the UK Ministry of Defence; LOSSES and KYIV print 332,000.',
  },
  {
    query: 'how many North Korean soldiers died',
    kind: 'question',
    wanted: [LOSSES, F('nk-troops-killed'), TOLL, LEARNED, GAINS, READIES, ADAPTED],
    why: 'LOSSES is about the death tolls; the killed figures page; the other reports give tolls.',
  },
  {
    query: 'surrender leaflets',
    kind: 'topic',
    wanted: [LEAFLETS, '/sources/surrender-leaflets/', ADAPTED, GAINS, LOSSES],
    why: 'LEAFLETS is about them (47 mentions); its source; three other reports mention leaflets.',
  },
  {
    query: 'captured North Korean soldiers',
    kind: 'question',
    wanted: [F('nk-troops-captured'), GAINS, LEARNED, LEAFLETS, ADAPTED, LOSSES],
    why: 'The captured figures page; four reports tell of captured soldiers or prisoners.',
  },
  {
    query: 'thermal imaging',
    kind: 'topic',
    wanted: [ADAPTED, LEARNED, E('mylar-ponchos')],
    why: 'Only ADAPTED and LEARNED mention thermal imaging, which the ponchos were to beat.',
  },
  { query: 'Zelenksy', kind: 'misspelling', suggest: 'Zelensky', why: 'Two letters swapped.' },
  { query: 'Budanv', kind: 'misspelling', suggest: 'Budanov', why: 'A letter dropped.' },
  {
    query: 'Gerasimv',
    kind: 'misspelling',
    suggest: 'Gerasimov',
    why: 'A letter dropped (valery-gerasimov.yaml).',
  },
  { query: 'Pyongyng', kind: 'misspelling', suggest: 'Pyongyang', why: 'A letter dropped (pyongyang.yaml).' },
  {
    query: 'Shyriaev',
    kind: 'misspelling',
    suggest: 'Shyriaiev',
    why: 'A letter dropped (oleh-shyriaiev.yaml).',
  },
];
