/** Lists of citations (a source and where in it) as readers see them. Pure functions. */

/**
 * Merges citations of the same source into one entry, keeping the order in which each source is
 * first cited and joining its locators (`¶ 3, ¶ 5`), so a source is named once per list.
 */
export function mergeCitationsBySource<S extends { id: string }>(
  citations: readonly { source: S; locator?: string | undefined }[],
): { source: S; locator?: string }[] {
  const merged = new Map<string, { source: S; locators: string[] }>();
  for (const c of citations) {
    const entry = merged.get(c.source.id) ?? { source: c.source, locators: [] };
    if (c.locator && !entry.locators.includes(c.locator)) entry.locators.push(c.locator);
    merged.set(c.source.id, entry);
  }
  return [...merged.values()].map(({ source, locators }) =>
    locators.length > 0 ? { source, locator: locators.join(', ') } : { source },
  );
}
