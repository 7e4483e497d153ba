/**
 * A synthetic archive for benchmarks: reports, sources, topics, entities, quantities, claims and
 * events in the same formats as content/, generated from a seed. Pure: the caller passes the
 * corpus text, the word list and the seed, and writes the files; the same inputs give the same
 * bytes.
 */

/** A seeded pseudo-random source (mulberry32): the only randomness the generator uses. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** Creates the seeded random source; equal seeds give equal sequences. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (p) => next() < p,
  };
}

/** Counts words as `countWords` in lib/reports does: runs of letters and digits. */
export function countProseWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A word model: a first-order Markov chain over a corpus, with rarer words from a dictionary mixed in. */
export interface WordModel {
  /** Word that may start a sentence. */
  starts: readonly string[];
  /** For each word, the words seen after it (repeats keep their frequency). */
  followers: ReadonlyMap<string, readonly string[]>;
  /** Dictionary words in rank order, for Zipf-like sampling. */
  vocabulary: readonly string[];
}

/** Plain prose from Markdown report bodies: no frontmatter, notes, markers, headings or link targets. */
export function extractProse(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/^#+ .*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[[\]*_`“”"]/g, '');
}

/**
 * Builds the word model from corpus prose and a word list. `vocabularySize` dictionary words are
 * chosen and ranked by the seeded random source, so the archive's vocabulary is large and its
 * word frequencies fall off as in real text.
 */
export function buildWordModel(
  corpus: string,
  dictionary: readonly string[],
  random: Random,
  vocabularySize = 100_000,
): WordModel {
  const tokens = corpus.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.,;:?!]/gu) ?? [];
  if (tokens.length < 50) throw new Error('buildWordModel: the corpus needs at least 50 words');
  const followers = new Map<string, string[]>();
  const starts: string[] = [];
  let previous = '.';
  for (const token of tokens) {
    if (/^[.?!]$/.test(previous) && /^\p{Lu}/u.test(token)) starts.push(token);
    const list = followers.get(previous) ?? [];
    list.push(token);
    followers.set(previous, list);
    previous = token;
  }
  const usable = dictionary.filter((w) => /^[a-z]{3,14}$/.test(w));
  const vocabulary: string[] = [];
  const taken = new Set<number>();
  const size = Math.min(vocabularySize, usable.length);
  while (vocabulary.length < size) {
    const i = Math.floor(random.next() * usable.length);
    if (taken.has(i)) continue;
    taken.add(i);
    vocabulary.push(usable[i]!);
  }
  return { starts: starts.length > 0 ? starts : ['The'], followers, vocabulary };
}

/** A Zipf-like (log-uniform rank) pick from the ranked vocabulary: common words often, rare ones seldom. */
function pickVocabulary(model: WordModel, random: Random): string {
  // Ranks offset by 50 so no single dictionary word crowds the text: the corpus supplies the commonest words.
  const lo = Math.log(50);
  const hi = Math.log(model.vocabulary.length + 50);
  const rank = Math.floor(Math.exp(lo + random.next() * (hi - lo))) - 50;
  return model.vocabulary[Math.min(model.vocabulary.length - 1, Math.max(0, rank))]!;
}

/**
 * One sentence of 8 to 30 words from the model, ending in a full stop. About one content word in
 * five is swapped for a dictionary word, and `names` (entity names) are sometimes woven in.
 */
export function generateSentence(model: WordModel, random: Random, names: readonly string[] = []): string {
  const target = random.int(8, 30);
  const words: string[] = [];
  let token = random.pick(model.starts);
  let out = '';
  while (words.length < target) {
    if (/^[.,;:?!]$/.test(token)) {
      if (/^[.?!]$/.test(token) && words.length >= 8) break;
      if (token !== '.' && token !== '?' && token !== '!' && out !== '' && !/[,;:]$/.test(out)) out += token;
    } else {
      let word = token;
      if (word.length > 3 && /^\p{Ll}/u.test(word) && random.chance(0.2))
        word = pickVocabulary(model, random);
      else if (names.length > 0 && random.chance(0.01)) word = random.pick(names);
      words.push(word);
      out += (out === '' ? '' : ' ') + word;
    }
    const next = model.followers.get(token);
    token = next && next.length > 0 ? random.pick(next) : random.pick(model.starts);
  }
  out = out.replace(/[,;:]$/, '');
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}

/** Options for one synthetic archive. */
export interface ArchiveOptions {
  /** How many reports. */
  reports: number;
  /** Seed of the random source. */
  seed: number;
  /** Prose the Markov chain learns from (e.g. the real reports' text). */
  corpus: string;
  /** A large English word list for rarer vocabulary. */
  dictionary: readonly string[];
}

/** One file of the archive: a path relative to the content folder, and its text. */
export interface ArchiveFile {
  /** E.g. `reports/r00001-drone-strike.md`. */
  path: string;
  /** The file's text. */
  text: string;
}

/** How many of each kind an archive of `reports` reports holds: a source per three reports, and so on. */
export function planArchive(reports: number) {
  if (!Number.isInteger(reports) || reports < 1)
    throw new Error(`planArchive: reports must be a positive whole number, not ${reports}`);
  return {
    reports,
    sources: Math.max(1, Math.ceil(reports / 3)),
    topics: Math.min(24, Math.max(3, Math.ceil(reports / 50))),
    entities: Math.max(5, Math.ceil(reports / 20)),
    quantities: Math.max(2, Math.min(60, Math.ceil(reports / 100))),
    claims: Math.max(2, Math.ceil(reports / 5)),
    events: Math.max(2, Math.ceil(reports / 5)),
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const hex = (random: Random, digits: number): string => {
  let out = '';
  for (let i = 0; i < digits; i += 1) out += '0123456789abcdef'[random.int(0, 15)];
  return out;
};
const slugify = (text: string, words = 5): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
const day = (random: Random, fromYear = 2023, toYear = 2026): string =>
  `${random.int(fromYear, toYear)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 10))}.`;
};

/** A YAML scalar: strings double-quoted with JSON escapes (valid YAML), numbers and booleans bare. */
function yamlScalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** Writes plain data (objects, arrays, scalars) as block YAML, keys in the given order. */
export function toYaml(value: unknown, indent = 0): string {
  const space = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value
      .map((item) => {
        if (item !== null && typeof item === 'object') {
          const inner = toYaml(item, indent + 2).replace(/^\s+/, '');
          return `${space}- ${inner}`;
        }
        return `${space}- ${yamlScalar(item)}`;
      })
      .join('\n');
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        if (Array.isArray(v) && v.length === 0) return `${space}${k}: []`;
        if (v !== null && typeof v === 'object') return `${space}${k}:\n${toYaml(v, indent + 2)}`;
        return `${space}${k}: ${yamlScalar(v)}`;
      })
      .join('\n');
  }
  return `${space}${yamlScalar(value)}`;
}

const OUTLETS = [
  'Northern Ledger',
  'Korea Desk',
  'Eastern Front Monitor',
  'Frontline Daily',
  'Pacific Wire',
  'Steppe Observer',
  'Harbour Times',
  'Border Report',
];
const FIRST = [
  'Min',
  'Anna',
  'Oleh',
  'Ji',
  'Sergei',
  'Hye',
  'Taras',
  'Dae',
  'Irina',
  'Kwang',
  'Maria',
  'Yuri',
  'Soo',
  'Petro',
  'Eun',
  'Viktor',
];
const LAST = [
  'Park',
  'Kovalenko',
  'Lee',
  'Ivanova',
  'Choi',
  'Shevchenko',
  'Kim',
  'Petrov',
  'Yoon',
  'Bondar',
  'Jang',
  'Orlova',
  'Han',
  'Melnyk',
  'Song',
  'Volkov',
];
const KINDS = ['person', 'organisation', 'unit', 'place', 'weapon'] as const;

const SCOPE_KINDS = ['running-total', 'period', 'incident', 'at-one-time'] as const;

/**
 * A claim's scope: a kind of count, and for an incident one of the archive's events (`v00001`…).
 * The kinds take turns by claim number, so any archive of four claims or more has each of them,
 * whatever text the random draws come from.
 */
function scopeFor(random: Random, events: number, claim: number): Record<string, string> {
  const kind = SCOPE_KINDS[claim % SCOPE_KINDS.length]!;
  if (kind === 'incident') return { kind, incident: `v${pad(random.int(1, events), 5)}` };
  if (kind === 'period') return { kind, span: `${random.int(2, 30)} days` };
  return { kind };
}
const UNITS = ['soldiers', 'drones', 'shells', 'missiles', 'vehicles', 'workers'];
const QUALIFIERS = ['exactly', 'at-least', 'about', 'up-to', 'more-than'] as const;

const capitalise = (w: string): string => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

/**
 * Generates the archive file by file, in a fixed order: topics, sources, entities, quantities,
 * claims, events, then reports. `onReport` is called after each report with how many are done.
 */
export function* generateArchive(
  options: ArchiveOptions,
  onReport?: (done: number, total: number) => void,
): Generator<ArchiveFile> {
  const plan = planArchive(options.reports);
  const random = createRandom(options.seed);
  const model = buildWordModel(options.corpus, options.dictionary, random);
  const sentence = (names: readonly string[] = []) => generateSentence(model, random, names);
  const phrase = (min: number, max: number) => {
    const words: string[] = [];
    const n = random.int(min, max);
    while (words.length < n)
      words.push(
        words.length === 0 || random.chance(0.6)
          ? pickVocabulary(model, random)
          : random.pick(['of', 'in', 'and', 'the', 'near', 'over', 'for']),
      );
    return words.join(' ');
  };

  // Topics.
  const topicIds: string[] = [];
  const topics = [];
  const usedTopic = new Set<string>();
  while (topics.length < plan.topics) {
    const label = capitalise(phrase(1, 3));
    const id = slugify(label, 3);
    if (!id || usedTopic.has(id)) continue;
    usedTopic.add(id);
    topicIds.push(id);
    topics.push({ id, label, description: clip(sentence(), 280) });
  }
  yield { path: 'topics.yaml', text: `${toYaml(topics)}\n` };

  // Sources: about one per three reports.
  const sourceIds: string[] = [];
  for (let i = 1; i <= plan.sources; i += 1) {
    const title = clip(sentence(), 120);
    const id = `s${pad(i, 5)}-${slugify(title, 4)}`.replace(/-$/, '');
    sourceIds.push(id);
    const outletRoll = random.next();
    const outlet =
      outletRoll < 0.7
        ? { name: random.pick(OUTLETS), basis: 'stated' }
        : outletRoll < 0.85
          ? {
              name: random.pick(OUTLETS),
              basis: 'inferred',
              reason: 'The capture prints no outlet; the address in its footer belongs to this outlet.',
            }
          : null;
    const published = random.chance(0.8)
      ? { date: day(random, 2024, 2025), basis: 'stated' }
      : {
          date: `${random.int(2024, 2025)}-${pad(random.int(1, 12), 2)}`,
          basis: 'inferred',
          reason: 'The capture gives no date; events it calls recent place it in this month.',
        };
    const data = {
      title,
      titleSuppliedByArchive: false,
      outlet,
      authors: random.chance(0.8) ? [`${random.pick(FIRST)} ${random.pick(LAST)}`] : [],
      published,
      url: random.chance(0.6) ? `https://news.example/${pad(i, 5)}/${slugify(title, 6)}` : undefined,
      capture: { file: `synth_${hex(random, 16)}.txt`, sha256: hex(random, 64) },
      retrievedAt: '2026-11-22',
      language: 'en',
      sourcingNote: random.chance(0.3) ? clip(sentence(), 280) : undefined,
    };
    yield { path: `sources/${id}.yaml`, text: `${toYaml(data)}\n` };
  }

  // Entities, each name and alias unique across the archive.
  const entityIds: string[] = [];
  const entityNames: string[] = [];
  const usedNames = new Set<string>();
  const organisations: string[] = [];
  for (let i = 1; i <= plan.entities; i += 1) {
    const kind = KINDS[i % KINDS.length]!;
    let name: string;
    do {
      name =
        kind === 'person'
          ? `${random.pick(FIRST)} ${capitalise(pickVocabulary(model, random))}`
          : kind === 'place'
            ? capitalise(pickVocabulary(model, random))
            : kind === 'weapon'
              ? `${capitalise(pickVocabulary(model, random))}-${random.int(1, 99)}`
              : `${capitalise(pickVocabulary(model, random))} ${kind === 'unit' ? 'Brigade' : 'Directorate'}`;
    } while (usedNames.has(name.toLowerCase()));
    usedNames.add(name.toLowerCase());
    // Aliases are spellings the sources use; the archive's own forms for search are kept apart.
    const aliases: string[] = [];
    for (const alias of [name.toUpperCase(), name.replace(/ /g, '-')]) {
      if (random.chance(0.5) && !usedNames.has(alias.toLowerCase())) {
        usedNames.add(alias.toLowerCase());
        aliases.push(alias);
      }
    }
    const searchNames: { name: string; lang: string }[] = [];
    const extra = `${name} (${i})`;
    if (random.chance(0.5) && !usedNames.has(extra.toLowerCase())) {
      usedNames.add(extra.toLowerCase());
      searchNames.push({ name: extra, lang: 'en' });
    }
    const id = `e${pad(i, 4)}-${slugify(name, 3)}`.replace(/-$/, '');
    entityIds.push(id);
    entityNames.push(name);
    const roles =
      kind === 'person'
        ? [
            {
              title: random.pick(['spokesman', 'commander', 'lawmaker', 'analyst', 'minister']),
              organisation: organisations.length > 0 ? random.pick(organisations) : undefined,
            },
          ]
        : [];
    if (kind === 'organisation') organisations.push(id);
    const data = {
      name,
      kind,
      description: clip(sentence(), 280),
      aliases,
      searchNames,
      roles,
      sources: [{ source: random.pick(sourceIds), locator: `¶ ${random.int(1, 30)}` }],
    };
    yield { path: `entities/${id}.yaml`, text: `${toYaml(data)}\n` };
  }

  // Quantities and the claims that put numbers on them.
  const quantityIds: string[] = [];
  for (let i = 1; i <= plan.quantities; i += 1) {
    const label = `${capitalise(random.pick(UNITS))} ${phrase(1, 3)}`;
    const id = `q${pad(i, 3)}-${slugify(label, 4)}`.replace(/-$/, '');
    quantityIds.push(id);
    const cited = random.chance(0.5);
    const data = {
      label,
      description: clip(sentence(), 280),
      note: cited ? clip(sentence(), 280) : undefined,
      noteSources: cited ? [{ source: random.pick(sourceIds), locator: `¶ ${random.int(1, 30)}` }] : [],
    };
    yield { path: `quantities/${id}.yaml`, text: `${toYaml(data)}\n` };
  }
  for (let i = 1; i <= plan.claims; i += 1) {
    const low = random.int(10, 20_000);
    const claimSource = random.pick(sourceIds);
    const data = {
      quantity: random.pick(quantityIds),
      value: random.chance(0.7) ? low : { min: low, max: low + random.int(1, 5_000) },
      qualifier: random.pick(QUALIFIERS),
      unit: random.pick(UNITS),
      counts: clip(sentence(), 200),
      // One claim in five is the report's own voice, by claim number (as scopes take turns).
      claimant: i % 5 === 0 ? { report: claimSource } : random.pick(entityIds),
      claimedAt: random.chance(0.8)
        ? { date: day(random, 2024, 2025), basis: 'stated' }
        : {
            date: `${random.int(2024, 2025)}-${pad(random.int(1, 12), 2)}`,
            basis: 'inferred',
            reason: 'Worked out from “on Thursday” and the source’s date.',
          },
      period: random.chance(0.3)
        ? { from: `${random.int(2023, 2024)}-${pad(random.int(1, 12), 2)}`, basis: 'stated' }
        : undefined,
      // What the number covers; an incident names one of the events written below.
      scope: scopeFor(random, plan.events, i),
      sources: [{ source: claimSource, locator: `¶ ${random.int(1, 30)}` }],
    };
    yield { path: `claims/c${pad(i, 5)}.yaml`, text: `${toYaml(data)}\n` };
  }
  for (let i = 1; i <= plan.events; i += 1) {
    const data = {
      happened: random.chance(0.8)
        ? { date: day(random, 2024, 2025), basis: 'stated' }
        : {
            date: `${random.int(2024, 2025)}-${pad(random.int(1, 12), 2)}`,
            basis: 'inferred',
            reason: 'The source says it happened last month; its own date fixes the month.',
          },
      reportedAt: random.chance(0.3) ? day(random, 2025, 2025) : undefined,
      summary: clip(`${sentence(entityNames)} ${sentence()}`, 400),
      claimedBy: random.chance(0.6) ? [random.pick(entityIds)] : [],
      entities: [random.pick(entityIds), random.pick(entityIds)].filter((v, k, all) => all.indexOf(v) === k),
      topics: [random.pick(topicIds)],
      sources: [{ source: random.pick(sourceIds), locator: `¶ ${random.int(1, 30)}` }],
    };
    yield { path: `events/v${pad(i, 5)}.yaml`, text: `${toYaml(data)}\n` };
  }

  // Reports: 600–1,500 words, every sentence cited, every listed source cited.
  for (let i = 1; i <= plan.reports; i += 1) {
    const title = clip(sentence(entityNames).replace(/\.$/, ''), 110);
    const id = `r${pad(i, 5)}-${slugify(title, 5)}`.replace(/-$/, '');
    const primary = sourceIds[(i - 1) % sourceIds.length]!;
    const sources = [primary];
    const extra = random.int(0, 2);
    for (let k = 0; k < extra && sources.length < sourceIds.length; k += 1) {
      const s = random.pick(sourceIds);
      if (!sources.includes(s)) sources.push(s);
    }
    const reportTopics = [random.pick(topicIds)];
    if (random.chance(0.5)) {
      const t = random.pick(topicIds);
      if (!reportTopics.includes(t)) reportTopics.push(t);
    }
    const reportEntities = [random.pick(entityIds)];
    if (random.chance(0.5)) {
      const e = random.pick(entityIds);
      if (!reportEntities.includes(e)) reportEntities.push(e);
    }
    const target = random.int(600, 1450);
    const notes: string[] = [];
    const cite = (source: string): string => {
      // A new note most of the time; sometimes a note already used, as real reports do.
      if (notes.length > 0 && random.chance(0.25)) {
        const n = random.int(1, notes.length);
        if (notes[n - 1]!.startsWith(`@${source},`)) return `[^${n}]`;
      }
      notes.push(`@${source}, ¶ ${random.int(1, 40)}`);
      return `[^${notes.length}]`;
    };
    const blocks: string[] = [];
    let words = 0;
    let paragraph: string[] = [];
    const pending = [...sources];
    while (words < target) {
      if (paragraph.length >= random.int(3, 6)) {
        blocks.push(paragraph.join(' '));
        paragraph = [];
        if (blocks.length > 1 && random.chance(0.25) && words + 6 < target) {
          const heading = capitalise(phrase(2, 5));
          words += countProseWords(heading);
          blocks.push(`## ${heading}`);
        }
      }
      const text = sentence(entityNames);
      words += countProseWords(text);
      const source = pending.shift() ?? random.pick(sources);
      paragraph.push(`${text}${cite(source)}`);
    }
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    const dek = clip(`${sentence(entityNames)} ${sentence()}`, 280);
    const front = {
      title: title.length >= 10 ? title : `${title} in the Kursk region`,
      dek: dek.length >= 20 ? dek : `${dek} The report sets out what is known.`,
      publishedAt: day(random, 2024, 2026),
      byline: 'The Kursk Files',
      topics: reportTopics,
      sources,
      entities: reportEntities,
      draft: false,
    };
    const frontmatter = Object.entries(front)
      .map(
        ([k, v]) =>
          `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : k === 'publishedAt' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)}`,
      )
      .join('\n');
    const noteLines = notes.map((note, k) => `[^${k + 1}]: ${note}`).join('\n');
    yield {
      path: `reports/${id}.md`,
      text: `---\n${frontmatter}\n---\n\n${blocks.join('\n\n')}\n\n${noteLines}\n`,
    };
    onReport?.(i, plan.reports);
  }
}
