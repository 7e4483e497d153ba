import { describe, expect, it } from 'vitest';
import {
  checkQuotations,
  findQuotations,
  normaliseQuoteText,
  quotedWords,
  readNoteSources,
  splitParagraphs,
  stripInlineMarkdown,
} from '../../src/lib/quotes';

describe('normaliseQuoteText', () => {
  it('makes curly quotes straight and collapses white space', () => {
    expect(normaliseQuoteText('  it’s “fine”\n  now ')).toBe('it\'s "fine" now');
  });
});

describe('quotedWords', () => {
  it('drops a comma or full stop just inside the closing mark, and nothing else', () => {
    expect(quotedWords('heroic feats.')).toBe('heroic feats');
    expect(quotedWords('a secret,')).toBe('a secret');
    expect(quotedWords('who? ')).toBe('who?');
  });
});

describe('findQuotations', () => {
  it('finds curly and straight double quotations, not apostrophes', () => {
    expect(
      findQuotations('He said “we will win” and "20, 30 soldiers"; it’s done.').map((q) => q.text),
    ).toEqual(['we will win', '20, 30 soldiers']);
  });

  it('gives the offsets of the marks', () => {
    const [q] = findQuotations('a “b” c');
    expect([q!.start, q!.end]).toEqual([2, 5]);
  });
});

describe('stripInlineMarkdown', () => {
  it('removes citation markers, link targets and emphasis', () => {
    expect(stripInlineMarkdown('“*fortitude* and [heroism](/x/)”[^a]')).toBe('“fortitude and heroism”');
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines, skipping headings, notes and code, with start lines and labels', () => {
    const body =
      'First line[^a]\nsecond.[^b]\n\n## Heading "x"\n\n```\n"code"\n```\n\nLast.[^a]\n\n[^a]: @s, ¶ 1\n';
    expect(splitParagraphs(body)).toEqual([
      { text: 'First line[^a]\nsecond.[^b]', line: 1, labels: ['a', 'b'] },
      { text: 'Last.[^a]', line: 10, labels: ['a'] },
    ]);
  });
});

describe('readNoteSources', () => {
  it('maps note labels to source ids', () => {
    expect(readNoteSources('x[^A]\n\n[^A]: @npr-report, ¶ 4\n[^bad]: nothing\n')).toEqual(
      new Map([['a', 'npr-report']]),
    );
  });
});

describe('checkQuotations', () => {
  const captures: Record<string, string> = {
    npr: 'He said: "Early on the Russians treated the North Koreans like cannon fodder," he said.',
    other: 'Nothing to see.',
  };
  const captureOf = (id: string) => captures[id];

  it('accepts a quotation found verbatim, curly or straight, across a line break', () => {
    const body =
      'A commander said the Russians “treated the North\nKoreans like cannon fodder”.[^n]\n\n[^n]: @npr, ¶ 74\n';
    expect(checkQuotations(body, captureOf)).toEqual({ checked: 1, problems: [] });
  });

  it('accepts a full stop inside the closing mark where the capture has a comma', () => {
    expect(
      checkQuotations(
        '“Early on the Russians treated the North Koreans like cannon fodder.”[^n]\n\n[^n]: @npr\n',
        captureOf,
      ).problems,
    ).toEqual([]);
  });

  it('rejects a quotation whose words differ, naming the line and sources', () => {
    const body =
      'Intro.\n\nHe said the Russians “used the North Koreans as cannon fodder”.[^n]\n\n[^n]: @npr, ¶ 74\n';
    const { problems } = checkQuotations(body, captureOf);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 3,
        quote: 'used the North Koreans as cannon fodder',
        sources: ['npr'],
      }),
    ]);
    expect(problems[0]!.message).toMatch(/not found verbatim in the capture of npr/);
  });

  it('only looks in the sources the same paragraph cites', () => {
    const body = 'They were “like cannon fodder”.[^o]\n\nOther.[^n]\n\n[^o]: @other\n[^n]: @npr\n';
    expect(checkQuotations(body, captureOf).problems).toHaveLength(1);
  });

  it('flags a quotation in a paragraph that cites nothing', () => {
    expect(checkQuotations('They were “like cannon fodder”.\n', captureOf).problems[0]!.message).toMatch(
      /cites no source/,
    );
  });

  it('says when no capture could be read', () => {
    expect(checkQuotations('“x”[^m]\n\n[^m]: @missing\n', captureOf).problems[0]!.message).toMatch(
      /no capture could be read for missing/,
    );
  });
});
