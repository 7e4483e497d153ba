/**
 * Cross-collection references, checked without Astro: Astro only logs a dangling `reference()`,
 * so the content tests use these to fail on one.
 */

/** One reference from a content file to an entry of another collection. */
export interface ReferenceUse {
  /** The file that holds the reference, for messages. */
  path: string;
  /** The field it sits in, e.g. `sources` or `roles[0].organisation`. */
  field: string;
  /** The collection it must point into. */
  collection: string;
  /** The id it names. */
  id: string;
}

/** Messages for every reference whose id is not among the known ids of its collection. */
export function findDanglingReferences(
  uses: readonly ReferenceUse[],
  known: Readonly<Record<string, ReadonlySet<string>>>,
): string[] {
  return uses
    .filter((use) => !known[use.collection]?.has(use.id))
    .map(
      (use) =>
        `${use.path}: '${use.field}' names '${use.id}', which is not in content/${use.collection}; ` +
        `fix the id or add content/${use.collection}/${use.id}.yaml`,
    );
}

/** Messages for ids used by more than one file of a collection (e.g. `x.md` and `x.mdx`). */
export function findDuplicateIds(files: readonly { id: string; path: string }[]): string[] {
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(file.id, [...(byId.get(file.id) ?? []), file.path]);
  return [...byId.entries()]
    .filter(([, paths]) => paths.length > 1)
    .map(
      ([id, paths]) =>
        `id '${id}' is used by ${paths.join(' and ')}; rename one of them, since the later would silently replace the earlier`,
    );
}

/** Collects the references held in a value's fields: plain ids, lists of ids, or `{ source }` citations. */
export function collectReferences(
  path: string,
  data: Record<string, unknown>,
  fields: Readonly<Record<string, string>>,
): ReferenceUse[] {
  const uses: ReferenceUse[] = [];
  for (const [field, collection] of Object.entries(fields)) {
    const [head, sub] = field.split('.') as [string, string | undefined];
    const value = data[head];
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    items.forEach((item, i) => {
      const at = Array.isArray(value) ? `${head}[${i}]` : head;
      const id = sub ? (item as Record<string, unknown> | null)?.[sub] : item;
      if (typeof id === 'string') uses.push({ path, field: sub ? `${at}.${sub}` : at, collection, id });
    });
  }
  return uses;
}
