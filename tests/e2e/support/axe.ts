/**
 * Accessibility checks with axe-core: WCAG 2.0/2.1/2.2 A and AA rules on a page as a reader sees
 * it in several modes (light and dark colour schemes, desktop and phone widths).
 *
 * The full rule set runs once, in the first mode. Switching mode changes a page's colours and
 * geometry, which only a few rules read: contrast (`color-contrast`, `link-in-text-block`), the
 * size of targets (`target-size`) and whether a region scrolls (`scrollable-region-focusable`, the
 * reflow-related rule). Those run again in every further mode. Every other rule reads the DOM and
 * what is rendered at all: so before a further mode is checked with the few rules, the page's
 * markup, which elements are rendered and the text CSS generates (`::before`, `::after`) are
 * compared with the first mode's; if any of it differs (a table header hidden at phone width, a
 * script that opens a panel on wide screens), the full rule set runs in that mode too.
 */
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

/** The WCAG 2.0, 2.1 and 2.2 levels A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome depends on colours or geometry, so on the colour scheme and the width. */
export const MODE_SENSITIVE_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
];

/** A way a reader sees a page. */
export interface Mode {
  name: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
}

/** Light and dark at desktop width, and light at phone width: the modes every page is checked in. */
export const MODES: readonly Mode[] = [
  { name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 375, height: 740 } },
];

/** Puts the loaded page in `mode` (both take effect at once) and checks that the browser applied it. */
export async function applyMode(page: Page, mode: Mode): Promise<void> {
  await page.emulateMedia({ colorScheme: mode.colorScheme });
  await page.setViewportSize(mode.viewport);
  expect(
    await page.evaluate(
      ({ scheme, width }) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches && innerWidth === width,
      { scheme: mode.colorScheme, width: mode.viewport.width },
    ),
    `the page is shown ${mode.name}`,
  ).toBe(true);
}

/**
 * What every rule but the mode-sensitive ones reads: the markup, and for each element whether it
 * is rendered (not `display: none`, `visibility: hidden` or skipped by `content-visibility`) and
 * the text its `::before` and `::after` add.
 */
function readRenderedState(): string[] {
  const generated = (el: Element, pseudo: string) => {
    const content = getComputedStyle(el, pseudo).content;
    return content === 'none' || content === 'normal' ? '' : content;
  };
  const state = [document.documentElement.outerHTML];
  for (const el of document.querySelectorAll('*'))
    state.push(
      `${el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) ? 'shown' : 'hidden'} ${generated(el, '::before')} ${generated(el, '::after')}`,
    );
  return state;
}

/**
 * axe's violations on the page as it is now, one line per element: rule, impact, element, what to
 * fix. `rules` runs those rules only; without it, every WCAG A/AA rule runs. axe must be in the page.
 */
function runAxe(page: Page, rules?: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ tags, rules }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const result = await axe.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        // Only violations are reported in full; passes and incomplete results would only cost time.
        resultTypes: ['violations'],
      });
      return result.violations.flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`,
        ),
      );
    },
    { tags: WCAG_TAGS, rules },
  );
}

/**
 * Every WCAG A/AA violation axe finds on the loaded page in each of `modes`, prefixed with the
 * mode's name: the full rule set in the first mode, and in each further mode the mode-sensitive
 * rules, or the full set again when what the page renders differs from the first mode. Leaves the
 * page in the last mode.
 */
export async function findAccessibilityViolations(page: Page, modes = MODES): Promise<string[]> {
  // axe is put in the page once, unless an init script put it there already (as @axe-core/playwright
  // does, but not once per run): it stays there while the page only changes mode.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const found: string[] = [];
  let first: string[] | undefined;
  for (const mode of modes) {
    await applyMode(page, mode);
    const state = await page.evaluate(readRenderedState);
    const same =
      first !== undefined && state.length === first.length && state.every((s, i) => s === first![i]);
    first ??= state;
    found.push(
      ...(await runAxe(page, same ? MODE_SENSITIVE_RULES : undefined)).map((v) => `${mode.name}: ${v}`),
    );
  }
  return found;
}
