/**
 * Entity names and aliases: a spelling may belong to one entity only, or a search for it, a link
 * to it or a claim by it could land on the wrong person. Used by the content check and by the
 * investigation check that runs before every build.
 */

/** What the alias check needs of an entity file. */
export interface NamedEntity {
  /** The entity id (its file name). */
  id: string;
  /** The file, for messages. */
  path: string;
  /** The display name. */
  name: string;
  /** Other spellings. */
  aliases: readonly string[];
}

/** A spelling reduced for comparison: Unicode NFKC, case folded, spaces collapsed, curly quotes straightened. */
export function normaliseSpelling(spelling: string): string {
  return spelling.normalize('NFKC').toLocaleLowerCase('en').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Messages for every spelling (a name or an alias) that more than one entity claims, each naming
 * the files, the field and the fix.
 */
export function findSharedAliases(entities: readonly NamedEntity[]): string[] {
  const owners = new Map<string, { entity: NamedEntity; field: string; spelling: string }[]>();
  for (const entity of entities) {
    const spellings = [{ field: 'name', spelling: entity.name }, ...entity.aliases.map((spelling, i) => ({ field: `aliases[${i}]`, spelling }))];
    const seen = new Set<string>();
    for (const { field, spelling } of spellings) {
      const key = normaliseSpelling(spelling);
      if (seen.has(key)) continue;
      seen.add(key);
      owners.set(key, [...(owners.get(key) ?? []), { entity, field, spelling }]);
    }
  }
  return [...owners.values()]
    .filter((list) => list.length > 1)
    .map((list) => {
      const [first, ...rest] = list;
      const where = list.map((o) => `${o.entity.path} ('${o.field}': '${o.spelling}')`).join(' and ');
      return `${first!.entity.path}: the spelling '${first!.spelling}' belongs to more than one entity: ${where}; keep it on the one entity it names and remove it from ${rest.map((o) => o.entity.path).join(', ')}, or merge the entities if they are the same`;
    });
}
