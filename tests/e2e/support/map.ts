/**
 * Collisions on the locator map (src/components/LocatorMap.astro) as the browser draws it: every
 * label's box, every marker's box and, where the inset lies over the main map, the inset's box.
 * Used by tests/e2e/map.spec.ts; a page-free function, so it can be run against any build.
 */
import type { Page } from '@playwright/test';

/**
 * Closer than this (CSS px), two labels read as one phrase: their halos, which the browser's text
 * boxes leave out, all but touch (docs/data.md, "The locator map", has the case that set it).
 */
export const MIN_LABEL_GAP = 6;

/**
 * Every pair of things on the page's locator maps that collide, in words ("'Sumy region' is too
 * close to 'Kyiv'"): labels closer than MIN_LABEL_GAP to another label or to another place's
 * marker, a label over its own marker, anything hidden under the inset, and every label that
 * runs outside its map. Empty when the maps read cleanly.
 */
export async function findMapCollisions(page: Page): Promise<string[]> {
  // Measure the type the reader ends up with, not a fallback font still being swapped.
  await page.evaluate(() => document.fonts.ready);
  return page.locator('figure.locator-map').evaluateAll((figures, gap) => {
    const problems: string[] = [];
    type Item = {
      name: string;
      box: DOMRect;
      svg: SVGSVGElement;
      kind: 'label' | 'marker';
      place: Element | null;
    };
    const overlap = (a: DOMRect, b: DOMRect, by = 0) =>
      a.left < b.right + by && b.left < a.right + by && a.top < b.bottom + by && b.top < a.bottom + by;
    for (const figure of figures) {
      const items: Item[] = [];
      const svgs = [...figure.querySelectorAll('svg')];
      for (const svg of svgs) {
        for (const text of svg.querySelectorAll('text'))
          items.push({
            name: `'${text.textContent}'`,
            box: text.getBoundingClientRect(),
            svg,
            kind: 'label',
            place: text.parentElement,
          });
        for (const circle of svg.querySelectorAll('circle')) {
          const label = circle.parentElement?.querySelector('text')?.textContent ?? '?';
          items.push({
            name: `the marker of '${label}'`,
            box: circle.getBoundingClientRect(),
            svg,
            kind: 'marker',
            place: circle.parentElement,
          });
        }
      }
      // An SVG drawn over another (the inset on a wide screen) hides whatever lies under it.
      for (const top of svgs)
        for (const under of svgs)
          if (top !== under && top.compareDocumentPosition(under) & Node.DOCUMENT_POSITION_PRECEDING)
            if (overlap(top.getBoundingClientRect(), under.getBoundingClientRect()))
              for (const item of items.filter(
                (i) => i.svg === under && overlap(i.box, top.getBoundingClientRect()),
              ))
                problems.push(`${item.name} is hidden under the inset`);
      for (const item of items) {
        if (item.kind !== 'label') continue;
        const frame = item.svg.getBoundingClientRect();
        if (
          item.box.left < frame.left ||
          item.box.right > frame.right ||
          item.box.top < frame.top ||
          item.box.bottom > frame.bottom
        )
          problems.push(`${item.name} runs outside its map`);
      }
      for (const [i, a] of items.entries())
        for (const b of items.slice(i + 1)) {
          if (a.svg !== b.svg || (a.kind === 'marker' && b.kind === 'marker')) continue;
          // A label sits next to its own marker: it only must not cover it.
          const own = a.place !== null && a.place === b.place;
          if (overlap(a.box, b.box, own ? 0 : gap))
            problems.push(own ? `${a.name} overlaps ${b.name}` : `${a.name} is too close to ${b.name}`);
        }
    }
    return problems;
  }, MIN_LABEL_GAP);
}
