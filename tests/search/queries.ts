/**
 * The search quality suite's queries: what a reader types, and the pages that must come back in
 * the top five. Expected pages were chosen by reading the reports and source records, not from
 * search output. `first` marks a page that must rank first (a title match beats body text).
 * Alias queries rely on the entities in content/entities/ and the names they list.
 */

/** One query and what it must find. */
export interface QualityCase {
  /** What the reader types. */
  query: string;
  /** What the case tests, for the printed report. */
  kind:
    | 'name'
    | 'variant spelling'
    | 'script'
    | 'place'
    | 'weapon'
    | 'number'
    | 'phrase'
    | 'word form'
    | 'outlet or author'
    | 'title';
  /** Root-relative paths that must all appear among the first five results. */
  expected: string[];
  /** A path that must be the first result. */
  first?: string;
  /** Why these pages, from the content. */
  why: string;
}

const TOLL = '/reports/drone-warfare-takes-heavy-toll-on-north-korean-troops/';
const LEAFLETS = '/reports/drones-drop-surrender-leaflets-over-north-korean-troops/';
const LEARNED = '/reports/how-north-korean-troops-learned-drone-warfare-in-kursk/';
const KYIV = '/reports/kyiv-says-north-koreans-fly-drones-and-direct-strikes/';
const READIES = '/reports/north-korea-readies-more-troops-and-drones-for-russia/';
const SRC_LOSSES = '/sources/drone-losses/';
const SRC_OPERATORS = '/sources/drone-operators/';
const SRC_SKILLS = '/sources/drone-warfare-skills/';
const SRC_MORE = '/sources/more-troops-and-drones/';
const SRC_LEAFLETS = '/sources/surrender-leaflets/';
const ALL_REPORTS = [TOLL, LEAFLETS, LEARNED, KYIV, READIES];

/** At least forty queries over names, spellings, scripts, places, weapons, numbers, phrases and word forms. */
export const QUALITY_CASES: QualityCase[] = [
  // Names under another spelling, hyphenation or script than the page prints.
  {
    query: 'Zelenskyy',
    kind: 'variant spelling',
    expected: [TOLL, READIES, KYIV, LEARNED],
    why: 'TOLL and READIES print only "Zelensky"; KYIV and LEARNED print "Zelenskyy".',
  },
  {
    query: 'Zelensky',
    kind: 'variant spelling',
    expected: [TOLL, READIES, KYIV, LEARNED],
    why: 'KYIV and LEARNED print only "Zelenskyy".',
  },
  {
    query: 'Зеленський',
    kind: 'script',
    expected: [TOLL, READIES, KYIV, LEARNED],
    why: 'Ukrainian script; no page prints it.',
  },
  {
    query: 'Kim Jong-un',
    kind: 'variant spelling',
    expected: ALL_REPORTS,
    why: 'Only LEAFLETS prints "Kim Jong-un"; the other four print "Kim Jong Un".',
  },
  {
    query: 'Kim Jong Un',
    kind: 'variant spelling',
    expected: ALL_REPORTS,
    why: 'LEAFLETS prints only "Kim Jong-un".',
  },
  {
    query: '김정은',
    kind: 'script',
    expected: ALL_REPORTS,
    why: 'Korean script; every report names Kim in Latin letters.',
  },
  { query: 'Ким Чен Ын', kind: 'script', expected: ALL_REPORTS, why: 'Russian Cyrillic form of the name.' },
  {
    query: 'Lee Sung-kwon',
    kind: 'variant spelling',
    expected: [TOLL, READIES],
    why: 'TOLL spells the lawmaker only "Lee Seong-kweun".',
  },
  {
    query: 'Lee Seong-kweun',
    kind: 'variant spelling',
    expected: [TOLL, READIES],
    why: 'READIES uses both spellings; TOLL this one.',
  },
  {
    query: 'Lee Sung Kwon',
    kind: 'variant spelling',
    expected: [TOLL, READIES],
    why: 'An unhyphenated form no report prints.',
  },
  {
    query: 'Shyriarev',
    kind: 'variant spelling',
    expected: [LEARNED],
    why: 'LEARNED notes the report also spells the commander so.',
  },
  {
    query: 'Зеленский',
    kind: 'script',
    expected: [TOLL, READIES, KYIV, LEARNED],
    why: 'Russian script; no page prints it.',
  },
  // People and organisations as printed.
  {
    query: 'Gerasimov',
    kind: 'name',
    expected: [LEARNED],
    why: 'Gen. Valery Gerasimov praised the troops (LEARNED).',
  },
  {
    query: 'Budanov',
    kind: 'name',
    expected: [LEARNED],
    why: 'Kyrylo Budanov told The War Zone about Shahed-style drones.',
  },
  {
    query: 'Khorne Group',
    kind: 'name',
    expected: [TOLL],
    why: 'Footage released by the Khorne Group (TOLL).',
  },
  {
    query: 'InformNapalm',
    kind: 'name',
    expected: [LEAFLETS],
    first: LEAFLETS,
    why: 'InformNapalm posted the leaflet video.',
  },
  {
    query: 'Asan Institute',
    kind: 'name',
    expected: [LEARNED],
    why: 'Cha Du Hyeogn of the Asan Institute (LEARNED).',
  },
  {
    query: 'Joint Chiefs of Staff',
    kind: 'name',
    expected: [READIES],
    first: READIES,
    why: "South Korea's JCS assessment (READIES).",
  },
  {
    query: 'National Intelligence Service',
    kind: 'name',
    expected: [TOLL],
    why: 'The NIS forecast reported by Lee (TOLL).',
  },
  { query: 'Paek', kind: 'name', expected: [LEARNED], why: 'Paek, 21, one of two prisoners (LEARNED).' },
  // Outlets and authors.
  {
    query: 'Camilla Jessen',
    kind: 'outlet or author',
    expected: [READIES, SRC_MORE],
    why: 'Author of the source READIES draws on.',
  },
  {
    query: 'Joanna Kakissis',
    kind: 'outlet or author',
    expected: [LEARNED, SRC_SKILLS],
    why: "NPR's correspondent credited in LEARNED and its source.",
  },
  {
    query: 'Business Insider',
    kind: 'outlet or author',
    expected: [KYIV, SRC_OPERATORS],
    why: 'The outlet inferred for the drone-operators source.',
  },
  {
    query: 'NPR',
    kind: 'outlet or author',
    expected: [LEARNED, SRC_SKILLS],
    why: 'NPR reported the Sumy interviews.',
  },
  {
    query: 'Korea Daily',
    kind: 'outlet or author',
    expected: [SRC_LEAFLETS],
    why: 'The outlet inferred for the leaflets source.',
  },
  { query: 'Daily Mail', kind: 'outlet or author', expected: [TOLL], why: 'TOLL cites the Daily Mail.' },
  {
    query: 'Wall Street Journal',
    kind: 'outlet or author',
    expected: [LEARNED],
    why: 'WSJ interviewed the two prisoners (LEARNED).',
  },
  {
    query: 'Yonhap',
    kind: 'outlet or author',
    expected: [READIES],
    why: 'The JCS assessment was relayed via Yonhap.',
  },
  // Places.
  {
    query: 'Sumy',
    kind: 'place',
    expected: [KYIV, LEARNED],
    why: 'Drone reconnaissance into Sumy (KYIV); interviews in Sumy (LEARNED).',
  },
  {
    query: 'Red Square',
    kind: 'place',
    expected: [LEARNED],
    why: 'Soldiers shook hands with Putin on Red Square.',
  },
  { query: 'Kursk Oblast', kind: 'place', expected: [READIES], why: 'Only READIES says "Kursk Oblast".' },
  {
    query: 'Kyiv',
    kind: 'title',
    expected: [KYIV],
    first: KYIV,
    why: 'In the KYIV headline; other pages mention Kyiv only in passing.',
  },
  // Weapons.
  {
    query: 'Baba Yaga',
    kind: 'weapon',
    expected: [LEARNED],
    why: 'The bomber drone the North Koreans ignored.',
  },
  { query: 'Shahed', kind: 'weapon', expected: [LEARNED], why: 'Shahed-style drones (LEARNED).' },
  {
    query: '240mm rocket launchers',
    kind: 'weapon',
    expected: [READIES],
    why: 'Supplied by North Korea, per the JCS.',
  },
  {
    query: 'self-propelled artillery',
    kind: 'weapon',
    expected: [READIES],
    why: '170mm self-propelled artillery (READIES).',
  },
  {
    query: 'quadcopters',
    kind: 'weapon',
    expected: [KYIV],
    why: 'Cheap quadcopters for reconnaissance (KYIV).',
  },
  { query: 'FPV drones', kind: 'weapon', expected: [KYIV, LEARNED], why: 'FPV drones in KYIV and LEARNED.' },
  {
    query: 'kamikaze drones',
    kind: 'weapon',
    expected: [READIES],
    why: 'READIES: "including kamikaze drones".',
  },
  {
    query: 'ballistic missiles',
    kind: 'weapon',
    expected: [LEARNED, READIES],
    why: 'Short-range ballistic missiles (LEARNED); supplied missiles (READIES).',
  },
  {
    query: 'grenade',
    kind: 'weapon',
    expected: [LEARNED],
    why: 'A cornered soldier blew himself up with a grenade.',
  },
  // Numbers, with and without thousands separators.
  { query: '332,000', kind: 'number', expected: [KYIV], why: 'Russian losses estimated by Britain (KYIV).' },
  { query: '332000', kind: 'number', expected: [KYIV], why: 'The same figure typed without a separator.' },
  { query: '11000', kind: 'number', expected: [LEARNED, KYIV], why: 'Both print "11,000" troops.' },
  {
    query: '4,700',
    kind: 'number',
    expected: [LEARNED],
    why: "South Korea's spy agency's death toll (LEARNED).",
  },
  {
    query: '150000 troops',
    kind: 'number',
    expected: [LEARNED],
    why: 'Reserves of as many as 150,000 more troops.',
  },
  { query: '1000 injured', kind: 'number', expected: [TOLL, READIES], why: '1,000 injured, in both.' },
  // Phrases.
  {
    query: 'cannon fodder',
    kind: 'phrase',
    expected: [LEARNED, KYIV],
    why: 'Both describe the troops as cannon fodder.',
  },
  { query: 'sold for money', kind: 'phrase', expected: [LEAFLETS], why: 'A leaflet message.' },
  { query: 'Mylar ponchos', kind: 'phrase', expected: [LEARNED], why: 'Ponchos against thermal imaging.' },
  {
    query: 'mutual defense agreement',
    kind: 'phrase',
    expected: [KYIV],
    why: 'Moscow and Pyongyang signed one (KYIV).',
  },
  {
    query: 'intercepted audio',
    kind: 'phrase',
    expected: [KYIV],
    why: 'Kyiv claims intercepted audio of drone pilots.',
  },
  { query: 'thermal imaging', kind: 'phrase', expected: [LEARNED], why: 'Ponchos to evade thermal imaging.' },
  // Word forms (English stemming).
  {
    query: 'burn',
    kind: 'word form',
    expected: [TOLL, SRC_LOSSES],
    why: '"burning the faces" (TOLL); "Burns Faces" (source title).',
  },
  { query: 'burned faces', kind: 'word form', expected: [TOLL], why: 'Printed as "burning the faces".' },
  {
    query: 'defecting',
    kind: 'word form',
    expected: [LEAFLETS],
    why: 'LEAFLETS: defect, defection, defectors.',
  },
  {
    query: 'surrendered',
    kind: 'word form',
    expected: [LEAFLETS, SRC_LEAFLETS],
    why: 'Printed as "surrender".',
  },
  {
    query: 'leaflet',
    kind: 'word form',
    expected: [LEAFLETS, SRC_LEAFLETS],
    first: LEAFLETS,
    why: 'Mostly printed as "leaflets"; in both titles.',
  },
  {
    query: 'captured',
    kind: 'word form',
    expected: [LEARNED, LEAFLETS],
    why: 'Captives in LEARNED; captured soldiers promised anonymity in LEAFLETS.',
  },
  { query: 'intercept', kind: 'word form', expected: [KYIV], why: 'Printed as "intercepted", "intercepts".' },
];
