/**
 * Social cards: the 1200×630 image a link preview shows. These pure functions describe the card
 * (a satori element tree) and choose the font subsets that cover its text.
 * Rendering with fonts from disk, and the card cache, are in src/build/social-card.ts.
 */
import { formatDay } from './dates.ts';

/** The size link previews expect (Open Graph, `summary_large_image`). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card shows: generic, so reports, analyses, entities and plain pages share one design. */
export interface CardContent {
  /** Small capitals above the title: `Report`, `Analysis`, `Entity`. */
  kicker: string;
  title: string;
  /** A line under the title, such as the publication date. */
  meta?: string | undefined;
  /** The last line, such as the source outlets. */
  footer?: string | undefined;
  /** The site's name, shown as the card's masthead. */
  site: string;
}

/** A satori element: a type, style and children, as JSX would produce. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

/** Reads a CSS `unicode-range` (`U+0400-045F,U+2116`) into inclusive code point ranges. */
export function parseUnicodeRange(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`parseUnicodeRange: cannot read '${part}'`);
    if (match[1]!.includes('?'))
      return [parseInt(match[1]!.replace(/\?/g, '0'), 16), parseInt(match[1]!.replace(/\?/g, 'f'), 16)];
    const start = parseInt(match[1]!, 16);
    return [start, match[2] ? parseInt(match[2], 16) : start];
  });
}

// Each font's subsets with their ranges read, once per subsets object: every card asks, and the
// Korean font's range lists are long.
const parsedSubsets = new WeakMap<Readonly<Record<string, string>>, [string, [number, number][]][]>();
function rangesOf(subsets: Readonly<Record<string, string>>): [string, [number, number][]][] {
  let parsed = parsedSubsets.get(subsets);
  if (!parsed)
    parsedSubsets.set(
      subsets,
      (parsed = Object.entries(subsets).map(([name, css]) => [name, parseUnicodeRange(css)])),
    );
  return parsed;
}

/**
 * The subsets of a font (name → unicode-range, as in a Fontsource package's unicode.json) needed
 * to draw a text: each subset holding at least one of its characters, in the order given.
 */
export function chooseSubsets(text: string, subsets: Readonly<Record<string, string>>): string[] {
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp > 0x20);
  return rangesOf(subsets)
    .filter(([, ranges]) => codePoints.some((cp) => ranges.some(([a, b]) => cp >= a && cp <= b)))
    .map(([name]) => name);
}

/** The characters of a text that no subset of a font covers, so a fallback font is needed only for them. */
export function charactersOutside(text: string, subsets: Readonly<Record<string, string>>): string {
  const ranges = rangesOf(subsets).flatMap(([, r]) => r);
  return [...text]
    .filter((c) => !ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b))
    .join('');
}

/**
 * What a report's card shows: its kind (`articleKind`), headline and day of publication, and its
 * sources' outlets (`listOutlets`).
 */
export function reportCardContent(
  site: string,
  report: { kind: string; title: string; publishedAt: Date },
  outlets: readonly string[],
): CardContent {
  return {
    site,
    kicker: report.kind,
    title: report.title,
    meta: `Published ${formatDay(report.publishedAt)}`,
    footer: `${outlets.length === 1 ? 'Source' : 'Sources'}: ${outlets.join(' · ')}`,
  };
}

/** The card of every page that has no card of its own (home, lists, search). */
export function siteCardContent(site: string, tagline: string): CardContent {
  return { site, kicker: 'Archive', title: tagline, footer: 'Every fact cited to the report it came from' };
}

/** Title size that keeps long headlines inside the card. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 58;
  return 48;
}

/** The card's element tree: masthead, kicker, title, meta line and footer on a dark page with a red rule. */
export function buildCardTree(content: CardContent): CardNode {
  const text = (value: string, style: Record<string, string | number>): CardNode => ({
    type: 'div',
    props: { style: { display: 'flex', ...style }, children: value },
  });
  // Satori adds padding to a box's width, so the page is a fixed-size frame around an inner column.
  const inner = { width: CARD_SIZE.width - 144, height: CARD_SIZE.height - 14 - 100 };
  return {
    type: 'div',
    props: {
      style: {
        width: CARD_SIZE.width,
        height: CARD_SIZE.height,
        display: 'flex',
        backgroundColor: '#141414',
        color: '#f4f1ea',
        fontFamily: 'Noto Sans latin',
        borderTop: '14px solid #b91c1c',
      },
      children: [
        {
          type: 'div',
          props: {
            style: {
              display: 'flex',
              flexDirection: 'column',
              width: inner.width,
              height: inner.height,
              marginLeft: 72,
              marginTop: 44,
            },
            children: [
              {
                type: 'div',
                props: {
                  style: {
                    display: 'flex',
                    justifyContent: 'space-between',
                    alignItems: 'center',
                    borderBottom: '2px solid #3a3935',
                    paddingBottom: 22,
                  },
                  children: [
                    text(content.site.toUpperCase(), { fontSize: 30, fontWeight: 700, letterSpacing: 3 }),
                    text(content.kicker.toUpperCase(), {
                      fontSize: 26,
                      fontWeight: 700,
                      color: '#f87171',
                      letterSpacing: 4,
                    }),
                  ],
                },
              },
              {
                type: 'div',
                props: {
                  style: { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
                  children: [
                    text(content.title, {
                      fontSize: titleSize(content.title),
                      fontWeight: 700,
                      lineHeight: 1.15,
                    }),
                    ...(content.meta
                      ? [text(content.meta, { fontSize: 30, color: '#c9c4b9', marginTop: 28 })]
                      : []),
                  ],
                },
              },
              ...(content.footer
                ? [
                    text(content.footer, {
                      fontSize: 26,
                      color: '#c9c4b9',
                      borderTop: '2px solid #3a3935',
                      paddingTop: 20,
                    }),
                  ]
                : []),
            ],
          },
        },
      ],
    },
  };
}
