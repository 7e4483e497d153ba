/**
 * Field names for editor-facing messages: which fields a schema allows at a place in a file, and
 * which of them an unknown field was most likely meant to be (`Draft` → `draft`, `titel` →
 * `title`), so a misspelt field fails the build with its fix instead of being dropped.
 * Reads a JSON Schema (as zod's `toJSONSchema` writes it), so it knows no zod internals.
 */

/** The parts of a JSON Schema the lookup reads. */
export interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode | JsonSchemaNode[];
  prefixItems?: JsonSchemaNode[];
  additionalProperties?: JsonSchemaNode | boolean;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
}

/** The field names allowed at `path` (field names and list positions) of a file that `root` describes. */
export function fieldsAt(root: JsonSchemaNode, path: readonly PropertyKey[]): string[] {
  const resolve = (node: JsonSchemaNode): JsonSchemaNode => {
    const ref = node.$ref?.match(/^#\/\$defs\/(.+)$/)?.[1];
    return ref && root.$defs?.[ref] ? resolve(root.$defs[ref]) : node;
  };
  // Every schema a value at this place may match: the branches of a union all count.
  const expand = (node: JsonSchemaNode): JsonSchemaNode[] => {
    const here = resolve(node);
    return [here, ...[...(here.anyOf ?? []), ...(here.oneOf ?? []), ...(here.allOf ?? [])].flatMap(expand)];
  };
  let nodes = expand(root);
  for (const step of path) {
    nodes = nodes.flatMap((node) => {
      if (typeof step === 'number') {
        const item = node.prefixItems?.[step] ?? (Array.isArray(node.items) ? node.items[step] : node.items);
        return item ? expand(item) : [];
      }
      const child = node.properties?.[String(step)];
      return child ? expand(child) : [];
    });
  }
  return [...new Set(nodes.flatMap((node) => Object.keys(node.properties ?? {})))];
}

/** Edit distance with adjacent transpositions (optimal string alignment): `titel` is one from `title`. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name an unknown one was most likely meant to be: the same letters in another case,
 * else the closest within a third of its length (at least one edit), else none. Ties go to the
 * name listed first.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
