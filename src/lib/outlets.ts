/**
 * The news outlets the sources name, each with an address of its own (`/outlets/<slug>/`), so a
 * reader can see, and follow, everything the archive draws from one outlet. Pure functions.
 */
import { hashText } from './anchors';
import { slugify } from './scaffold';

/** A source as the outlet pages need it; `S` is whatever the caller wants back. */
export interface OutletSource<S> {
  id: string;
  /** Where the source record lives, for error messages (`content/sources/npr.yaml`). */
  file?: string | undefined;
  outlet: { name: string; basis: 'stated' | 'inferred' } | null;
  source: S;
}

/** One outlet and the sources attributed to it. */
export interface Outlet<S> {
  /** The last part of its address, `/outlets/<slug>/`. */
  slug: string;
  /** Its name as the sources give it (a stated spelling before an inferred one). */
  name: string;
  /** Its sources, in the order given. */
  sources: OutletSource<S>[];
  /** How many of them the archive attributes to the outlet by inference rather than because the capture names it. */
  inferred: number;
}

/**
 * One outlet however a source spells its case or spacing: the same comparison the figures ledger
 * uses to decide whether two sources are independent (`independenceKey` in src/lib/claims.ts).
 */
export function outletKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The slug of an outlet's address: its name in lower-case ASCII words joined by hyphens
 * (`Korea Daily` → `korea-daily`), or, for a name with no Latin letter or digit (`연합뉴스`),
 * `outlet-` and a short hash of the name, so every outlet gets an address.
 */
export function outletSlug(name: string): string {
  return slugify(name, Number.POSITIVE_INFINITY) || `outlet-${hashText(outletKey(name))}`;
}

/**
 * The outlets of these sources, by name (sources with no outlet belong to none). Throws, naming both
 * spellings, their source files and the fix, when two different outlets would share an address
 * (the content check runs this first, so the build stops before any page with that message).
 */
export function groupSourcesByOutlet<S>(sources: readonly OutletSource<S>[]): Outlet<S>[] {
  const byKey = new Map<string, OutletSource<S>[]>();
  for (const source of sources) {
    if (!source.outlet) continue;
    const key = outletKey(source.outlet.name);
    const list = byKey.get(key);
    if (list) list.push(source);
    else byKey.set(key, [source]);
  }
  const bySlug = new Map<string, Outlet<S>>();
  for (const list of byKey.values()) {
    const named = list.find((s) => s.outlet!.basis === 'stated') ?? list[0]!;
    const name = named.outlet!.name.trim();
    const slug = outletSlug(name);
    const clash = bySlug.get(slug);
    if (clash) {
      const where = (sources: readonly OutletSource<S>[]) =>
        sources.map((s) => s.file ?? `source '${s.id}'`).join(', ');
      throw new Error(
        `${where(list)}: 'outlet.name' '${name}' would share the address /outlets/${slug}/ with '${clash.name}' (${where(clash.sources)}); ` +
          `if they are one outlet, spell 'outlet.name' the same way in each source file; if they are two, tell them apart in 'outlet.name'`,
      );
    }
    bySlug.set(slug, {
      slug,
      name,
      sources: list,
      inferred: list.filter((s) => s.outlet!.basis === 'inferred').length,
    });
  }
  return [...bySlug.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug),
  );
}
