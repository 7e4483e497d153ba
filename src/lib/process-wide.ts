/**
 * One value per process, kept on `globalThis` under `Symbol.for(key)`. astro.config.mjs and the page
 * bundle load the site's modules as separate instances in one `astro build` process; state they
 * share (cache counts, the card pool, the content stores) lives here, made by the first to ask.
 */
export function processWide<T>(key: string, create: () => T): T {
  return ((globalThis as { [key: symbol]: unknown })[Symbol.for(key)] ??= create()) as T;
}
