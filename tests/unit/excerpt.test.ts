// excerptToNodes needs a DOM, and neither happy-dom nor jsdom is installed, so only the pure
// functions it is built on are tested here; the search page's e2e tests cover the DOM part.
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt, ownExcerpt } from '../../src/lib/excerpt';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and highlighted runs, in order', () => {
    expect(parseExcerpt('Ukrainian <mark>drones</mark> drop <mark>leaflets</mark> over troops')).toEqual([
      { text: 'Ukrainian ', marked: false },
      { text: 'drones', marked: true },
      { text: ' drop ', marked: false },
      { text: 'leaflets', marked: true },
      { text: ' over troops', marked: false },
    ]);
  });

  it('gives an excerpt with no highlight as one plain run', () => {
    expect(parseExcerpt('no match here')).toEqual([{ text: 'no match here', marked: false }]);
  });

  it('handles a highlight at the very start and the very end', () => {
    expect(parseExcerpt('<mark>Kursk</mark> and <mark>Kim</mark>')).toEqual([
      { text: 'Kursk', marked: true },
      { text: ' and ', marked: false },
      { text: 'Kim', marked: true },
    ]);
  });

  it('keeps two adjacent highlights as two runs', () => {
    expect(parseExcerpt('<mark>North</mark><mark>Korean</mark>')).toEqual([
      { text: 'North', marked: true },
      { text: 'Korean', marked: true },
    ]);
  });

  it('returns no runs for an empty excerpt, and drops empty highlights', () => {
    expect(parseExcerpt('')).toEqual([]);
    expect(parseExcerpt('<mark></mark>')).toEqual([]);
    expect(parseExcerpt('a<mark></mark>b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: false },
    ]);
  });

  it('decodes entities Pagefind escaped, in plain and highlighted runs', () => {
    expect(parseExcerpt('Kim &amp; Putin say &quot;<mark>allies&#39;</mark>&quot;')).toEqual([
      { text: 'Kim & Putin say "', marked: false },
      { text: "allies'", marked: true },
      { text: '"', marked: false },
    ]);
  });

  it('shows escaped markup from the page as text, never as a highlight', () => {
    expect(parseExcerpt('&lt;mark&gt;fake&lt;/mark&gt; and &lt;script&gt;x&lt;/script&gt;')).toEqual([
      { text: '<mark>fake</mark> and <script>x</script>', marked: false },
    ]);
  });

  it('treats an unclosed <mark> as plain text', () => {
    expect(parseExcerpt('a <mark>b')).toEqual([{ text: 'a <mark>b', marked: false }]);
  });

  it('keeps a highlight that spans a line break', () => {
    expect(parseExcerpt('<mark>North\nKorea</mark>')).toEqual([{ text: 'North\nKorea', marked: true }]);
  });
});

describe('decodeEntities', () => {
  it('decodes &amp; &lt; &gt; &quot; and the three forms of the apostrophe', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &#39; &#x27; &apos;')).toBe(`& < > " ' ' '`);
  });

  it('decodes only once, so an escaped entity stays visible as written', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
  });

  it('leaves other entities and bare ampersands as they are', () => {
    expect(decodeEntities('&nbsp; &copy; &#169; R&D & co')).toBe('&nbsp; &copy; &#169; R&D & co');
  });

  it('leaves text without entities unchanged', () => {
    expect(decodeEntities('Kursk, 2024')).toBe('Kursk, 2024');
  });
});

describe('ownExcerpt', () => {
  const text = (runs: { text: string; marked: boolean }[]) =>
    runs.map((r) => (r.marked ? `[${r.text}]` : r.text)).join('');
  const content =
    'Budanov said the troops withdrew from Kursk after heavy losses. ⁂ Also written: Budanow, Буданов.';
  it('never shows the search-only additions after the mark, and marks the words found before it', () => {
    const runs = ownExcerpt(
      content,
      [
        { location: 0, balanced_score: 1 },
        { location: 12, balanced_score: 1 },
      ],
      8,
      '⁂',
    );
    expect(text(runs)).toBe('[Budanov] said the troops withdrew from Kursk after …');
  });
  it('for a page found only by an addition, shows the page’s own words around the printed name', () => {
    const runs = ownExcerpt(content, [{ location: 13, balanced_score: 1 }], 4, '⁂', ['budanow', 'kursk']);
    // The window starts a third of its length before the word: one word, for four.
    expect(text(runs)).toBe('… from [Kursk] after heavy …');
  });
  it('shows the page’s opening words when nothing it prints matches', () => {
    expect(text(ownExcerpt(content, [{ location: 14, balanced_score: 1 }], 3, '⁂'))).toBe(
      'Budanov said the …',
    );
  });
  it('picks the window with the most weight', () => {
    const many = 'a b c d e f g h i j';
    const runs = ownExcerpt(
      many,
      [
        { location: 0, balanced_score: 1 },
        { location: 7, balanced_score: 2 },
        { location: 8, balanced_score: 2 },
      ],
      3,
      '⁂',
    );
    expect(text(runs)).toBe('… g [h] [i] …');
  });
});

describe('ownExcerpt marks the printed name of a spelling searched', () => {
  it('marks each word of the printed name in the window', () => {
    const content =
      'The report cites Lee Seong-kweun, a member of parliament. ⁂ Also written: Lee Sung-kwon.';
    const runs = ownExcerpt(content, [{ location: 3, balanced_score: 1 }], 6, '⁂', [], ['Lee Seong-kweun']);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['Lee', 'Seong-kweun,']);
  });
});
