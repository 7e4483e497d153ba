/**
 * Entity names and aliases: a spelling may belong to one entity only, or a search for it, a link
 * to it or a claim by it could land on the wrong person. Used by the content check that runs before
 * every build, and by astro.config.mjs, which gives the entity-link plugin every entity's names.
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

/** What `entityNames` needs of an entity file: its id, where it is, and its parsed YAML. */
export interface EntityData {
  /** The entity id (its file name). */
  id: string;
  /** The file, for messages. */
  path: string;
  /** The parsed YAML, not yet validated. */
  data: Record<string, unknown>;
}

/**
 * Each entity's name and aliases as the link plugin and the alias check see them. An entity with no
 * name is left out: the content check rejects it before anything renders.
 */
export function entityNames(files: readonly EntityData[]): NamedEntity[] {
  return files
    .filter((f) => typeof f.data.name === 'string')
    .map((f) => ({
      id: f.id,
      path: f.path,
      name: f.data.name as string,
      aliases: Array.isArray(f.data.aliases)
        ? f.data.aliases.filter((a): a is string => typeof a === 'string')
        : [],
    }));
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
    const spellings = [
      { field: 'name', spelling: entity.name },
      ...entity.aliases.map((spelling, i) => ({ field: `aliases[${i}]`, spelling })),
    ];
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
