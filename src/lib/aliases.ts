/**
 * Entity names and aliases: a spelling may belong to one entity only, or a search for it, a link
 * to it or a claim by it could land on the wrong person; and an alias is a spelling a capture
 * uses, so the sources' spellings on an entity page are the sources'. Names the archive adds for
 * search (`searchNames`) are kept apart. Used by the content check that runs before every build,
 * and by astro.config.mjs, which gives the entity-link plugin every entity's names (the name and
 * the aliases: the archive's search names link nothing).
 */

import {
  codePoint,
  findCompatibilityForm,
  findInvisible,
  findMixedScriptWord,
  isCommonWord,
  isTooShort,
  showSpelling,
  spellingKey,
} from './spellings';

/** What the alias check needs of an entity file. */
export interface NamedEntity {
  /** The entity id (its file name). */
  id: string;
  /** The file, for messages. */
  path: string;
  /** The display name. */
  name: string;
  /** Other spellings, each used by a capture. */
  aliases: readonly string[];
  /** Names the archive adds for search only (`searchNames[].name`); absent when there are none. */
  searchNames?: readonly string[];
}

/** What `entityNames` needs of a checked entity (src/build/content-check.ts). */
export interface EntityNamesInput {
  /** The entity id (its file name). */
  id: string;
  /** The file, for messages. */
  path: string;
  /** The entity's names as its schema outputs them. */
  data: { name: string; aliases: readonly string[]; searchNames: readonly { name: string }[] };
}

/** Each entity's name and aliases as the link plugin and the alias check see them. */
export function entityNames(entities: readonly EntityNamesInput[]): NamedEntity[] {
  return entities.map(({ id, path, data }) => ({
    id,
    path,
    name: data.name,
    aliases: data.aliases,
    searchNames: data.searchNames.map((entry) => entry.name),
  }));
}

/**
 * Messages for every spelling (a name, an alias or a search name) that more than one entity
 * claims, each naming the files, the field and the fix. Spellings are compared as they look
 * (`spellingKey`): invisible characters left out and look-alike letters of other scripts folded,
 * so `Kim Jоng Un` with a Cyrillic `о` is `Kim Jong Un`.
 */
export function findSharedAliases(entities: readonly NamedEntity[]): string[] {
  const owners = new Map<string, { entity: NamedEntity; field: string; spelling: string }[]>();
  for (const entity of entities) {
    const spellings = [
      { field: 'name', spelling: entity.name },
      ...entity.aliases.map((spelling, i) => ({ field: `aliases[${i}]`, spelling })),
      ...(entity.searchNames ?? []).map((spelling, i) => ({ field: `searchNames[${i}].name`, spelling })),
    ];
    const seen = new Set<string>();
    for (const { field, spelling } of spellings) {
      const key = spellingKey(spelling);
      if (seen.has(key)) continue;
      seen.add(key);
      owners.set(key, [...(owners.get(key) ?? []), { entity, field, spelling }]);
    }
  }
  return [...owners.values()]
    .filter((list) => list.length > 1)
    .map((list) => {
      const [first, ...rest] = list;
      const where = list
        .map((o) => `${o.entity.path} ('${o.field}': '${showSpelling(o.spelling)}')`)
        .join(' and ');
      return `${first!.entity.path}: the spelling '${showSpelling(first!.spelling)}' belongs to more than one entity: ${where}; keep it on the one entity it names and remove it from ${rest.map((o) => o.entity.path).join(', ')}, or merge the entities if they are the same`;
    });
}

/**
 * Text reduced for finding a spelling in a capture: Unicode NFKC, lower case, curly apostrophes
 * straightened, the typographic hyphens some captures print (U+2010, U+2011) as `-`, runs of
 * white space as one space. Nothing else is forgiven: `Kim Jong-un` is not `Kim Jong Un`.
 */
export function normaliseForCapture(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a capture's text uses a spelling as whole words (no letter or digit right before or
 * after), compared by `normaliseForCapture`. Pass the text already normalised.
 */
export function usesSpelling(normalisedText: string, spelling: string): boolean {
  const wanted = normaliseForCapture(spelling);
  if (wanted.length === 0) return false;
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = normalisedText.indexOf(wanted); at !== -1; at = normalisedText.indexOf(wanted, at + 1)) {
    const before = normalisedText[at - 1];
    const after = normalisedText[at + wanted.length];
    if ((before === undefined || !wordChar.test(before)) && (after === undefined || !wordChar.test(after)))
      return true;
  }
  return false;
}

/**
 * Messages for every alias that no capture uses (see `usesSpelling`), each naming the file, the
 * field and the fix: copy the capture's spelling, or keep the name as an archive-supplied search
 * name. `captures` are the captures' texts, already normalised.
 */
export function findAliasesInNoCapture(
  entities: readonly NamedEntity[],
  captures: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const entity of entities)
    entity.aliases.forEach((alias, i) => {
      if (captures.some((text) => usesSpelling(text, alias))) return;
      problems.push(
        `${entity.path}: 'aliases[${i}]' is '${alias}', which no capture uses; an alias is a spelling a capture prints, so copy the capture's spelling exactly, or, if the name only helps readers search (another script, a fuller name, an abbreviation), move it to 'searchNames' as '- { name: ${JSON.stringify(alias)}, lang: <language tag such as en, ko, ru, uk> }'`,
      );
    });
  return problems;
}

/**
 * Messages for every spelling that cannot safely stand for its entity, each naming the file, the
 * field, the offending character (as U+XXXX) or word, and the fix (rules in src/lib/spellings.ts):
 *
 * - the name, an alias or a search name holding an invisible character (zero-width, soft hyphen,
 *   a bidirectional control), a word mixing scripts (a Cyrillic `а` in a Latin name), or a letter
 *   in a compatibility form (full-width `Ｋ`);
 * - an alias or a search name that is a common English word (`the`), or too short to be a name
 *   (two letters: `Ri` as an alias would match every "Ri"). The display name is the entity's own,
 *   so it may be short (a soldier known only as Ri).
 */
export function findUnsafeSpellings(entities: readonly NamedEntity[]): string[] {
  const problems: string[] = [];
  for (const entity of entities) {
    const spellings = [
      { field: 'name', spelling: entity.name, alias: false },
      ...entity.aliases.map((spelling, i) => ({ field: `aliases[${i}]`, spelling, alias: true })),
      ...(entity.searchNames ?? []).map((spelling, i) => ({
        field: `searchNames[${i}].name`,
        spelling,
        alias: true,
      })),
    ];
    for (const { field, spelling, alias } of spellings) {
      const at = `${entity.path}: '${field}' is '${showSpelling(spelling)}'`;
      const invisible = findInvisible(spelling);
      if (invisible) {
        problems.push(
          `${at}, which holds an invisible character, ${codePoint(invisible.char)} (${invisible.name}): it makes the spelling differ from the one readers see and type; type the spelling again without it (it usually comes with text pasted from a web page)`,
        );
        continue;
      }
      const compat = findCompatibilityForm(spelling);
      if (compat) {
        problems.push(
          `${at}, which writes '${compat.plain}' in a compatibility form, '${compat.char}' (${codePoint(compat.char)}), a second spelling that looks like the first; write the plain '${compat.plain}'`,
        );
        continue;
      }
      const mixed = findMixedScriptWord(spelling);
      if (mixed) {
        problems.push(
          `${at}, whose word '${mixed.word}' mixes ${mixed.scripts[0]} and ${mixed.scripts[1]} letters: '${mixed.letter}' (${codePoint(mixed.letter)}) is ${mixed.scripts[1]}, and looks like a letter it is not; type the word again in one script (a name in another script is written wholly in it, as a search name)`,
        );
        continue;
      }
      if (!alias) continue;
      if (isCommonWord(spelling))
        problems.push(
          `${at}, a common English word: it would link and find the entity wherever a report uses the word; remove it, or keep the longer form the capture uses (such as 'the Kremlin' for the Kremlin)`,
        );
      else if (isTooShort(spelling))
        problems.push(
          `${at}, too short to be a name: it would match the same letters in other words and names; remove it, or keep the longer form the capture uses (a name of two letters can only be an entity's display 'name')`,
        );
    }
  }
  return problems;
}
