import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';
import {
  firstSentence,
  KEY_EVENTS,
  KEY_FIGURES,
  pickLead,
  selectKeyEvents,
  selectKeyFigures,
  summarizeCoverage,
} from '../../src/lib/front-page';
import { formatReportedPeriod } from '../../src/lib/periods';

function partial(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`test fixture '${text}' did not parse: ${result.error}`);
  return result.date;
}
const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('pickLead', () => {
  const changed = (r: { changed: string }) => day(r.changed);

  it('leads with the analysis changed most recently, wherever it stands in the list', () => {
    const analyses = [
      { id: 'newest-published', changed: '2026-11-22' },
      { id: 'corrected-later', changed: '2026-12-07' },
      { id: 'oldest', changed: '2026-10-01' },
    ];
    expect(pickLead(analyses, changed)?.id).toBe('corrected-later');
  });

  it('keeps the list order on a tie: the first of the analyses changed that day', () => {
    const analyses = [
      { id: 'first', changed: '2026-12-07' },
      { id: 'second', changed: '2026-12-07' },
    ];
    expect(pickLead(analyses, changed)?.id).toBe('first');
  });

  it('has no lead when there is no analysis', () => {
    expect(pickLead([], changed)).toBeUndefined();
  });
});

describe('selectKeyFigures', () => {
  const ledger = [
    { quantity: 'killed', claims: ['killed-dec', 'killed-2025'] },
    { quantity: 'empty', claims: [] },
    { quantity: 'sent', claims: ['sent-only'] },
    { quantity: 'wounded', claims: ['wounded-a', 'wounded-b'] },
    { quantity: 'captured', claims: ['captured-a'] },
    { quantity: 'reserves', claims: ['reserves-a'] },
  ];

  it("takes the ledger's first quantities in its own order, skipping one without claims", () => {
    expect(selectKeyFigures(ledger, 3).map((f) => f.quantity)).toEqual(['killed', 'sent', 'wounded']);
    expect(selectKeyFigures(ledger).map((f) => f.quantity)).toHaveLength(KEY_FIGURES);
  });

  it('keeps every claim of a quantity, none picked out as the number', () => {
    const [killed] = selectKeyFigures(ledger, 1);
    expect(killed).toEqual({ quantity: 'killed', claims: ['killed-dec', 'killed-2025'] });
  });

  it('shows fewer when the ledger holds fewer, and none when it is empty', () => {
    expect(selectKeyFigures(ledger.slice(0, 3), 4).map((f) => f.quantity)).toEqual(['killed', 'sent']);
    expect(selectKeyFigures([], 4)).toEqual([]);
  });
});

describe('selectKeyEvents', () => {
  const event = (id: string, happened: string, sources: string[]) => ({
    id,
    happened: partial(happened),
    sources,
  });

  it('picks the events the most sources report, counting a source cited twice once, and lists them by date', () => {
    const events = [
      event('late-widely', '2025-10', ['a', 'b', 'c']),
      event('one-source-twice', '2024-01', ['a', 'a']),
      event('early-widely', '2024-06', ['a', 'b']),
      event('middle-widely', '2024-autumn', ['b', 'c']),
    ];
    expect(selectKeyEvents(events, 3).map((e) => e.id)).toEqual([
      'early-widely',
      'middle-widely',
      'late-widely',
    ]);
  });

  it('breaks a tie in favour of the later event, so the strip reaches the latest news', () => {
    const events = [
      event('old', '2024-12', ['a', 'b']),
      event('new', '2025-10', ['a', 'b']),
      event('newest-day', '2025-10-20', ['a', 'b']),
      event('widely', '2024-06', ['a', 'b', 'c']),
    ];
    expect(selectKeyEvents(events, 3).map((e) => e.id)).toEqual(['widely', 'new', 'newest-day']);
  });

  it('never fills the strip with an event only one source reports', () => {
    const events = [
      event('two', '2024-06', ['a', 'b']),
      event('one', '2025-10', ['a']),
      event('one-twice', '2025-11', ['c', 'c']),
    ];
    expect(selectKeyEvents(events, 3).map((e) => e.id)).toEqual(['two']);
    expect(selectKeyEvents([event('one', '2025-10', ['a'])])).toEqual([]);
  });

  it('shows at most KEY_EVENTS by default', () => {
    const many = Array.from({ length: KEY_EVENTS + 3 }, (_, i) => event(`e${i}`, `20${10 + i}`, ['a', 'b']));
    expect(selectKeyEvents(many)).toHaveLength(KEY_EVENTS);
  });
});

describe('summarizeCoverage', () => {
  const published = (date: string, basis: 'stated' | 'inferred') => ({ date: partial(date), basis });

  it("spans the sources as a report's source dates do, counts, and finds the last change", () => {
    const sources = [
      published('2025', 'inferred'),
      published('2024-12-23', 'stated'),
      published('2025-10', 'inferred'),
      published('2024-12', 'inferred'),
    ];
    const coverage = summarizeCoverage(sources, [day('2026-11-22'), day('2026-12-07'), day('2026-11-30')]);
    expect(coverage?.sources).toBe(4);
    expect(coverage?.reports).toBe(3);
    expect(coverage?.updated).toEqual(day('2026-12-07'));
    // A source known only as "2025" may postdate one of October 2025: the span ends at 2025.
    expect(formatReportedPeriod(coverage!.period)).toBe('December 2024\u00a0– 2025 (dates inferred)');
  });

  it('says when every source falls on one date, and has no last change without reports', () => {
    const coverage = summarizeCoverage(
      [published('2024-12', 'stated'), published('2024-12-23', 'stated')],
      [],
    );
    expect(formatReportedPeriod(coverage!.period)).toBe('December 2024');
    expect(coverage?.updated).toBeUndefined();
  });

  it('says nothing about an archive without sources', () => {
    expect(summarizeCoverage([], [day('2026-11-22')])).toBeUndefined();
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop before a new sentence', () => {
    expect(
      firstSentence(
        "Russia and North Korea signed a mutual defense treaty during Putin's visit to Pyongyang. Under it, either comes to the other's aid.",
      ),
    ).toBe("Russia and North Korea signed a mutual defense treaty during Putin's visit to Pyongyang.");
  });

  it('does not stop at a title, a rank or initials', () => {
    expect(firstSentence('Gen. Valery Gerasimov declared Kursk retaken. He praised the troops.')).toBe(
      'Gen. Valery Gerasimov declared Kursk retaken.',
    );
    expect(firstSentence('The U.S. Army said so on Monday. Others disagreed.')).toBe(
      'The U.S. Army said so on Monday.',
    );
    expect(firstSentence('Capt. Oleh Shyriaiev, of the 225th, spoke. Then he left.')).toBe(
      'Capt. Oleh Shyriaiev, of the 225th, spoke.',
    );
  });

  it('keeps a closing quotation mark with its sentence, and ends at a question or exclamation', () => {
    expect(firstSentence('He said they were “easy targets.” Later they learned.')).toBe(
      'He said they were “easy targets.”',
    );
    expect(firstSentence('Who counted the dead? Four counters did.')).toBe('Who counted the dead?');
  });

  it('runs on where no new sentence starts: a decimal, a lower-case word, a single sentence', () => {
    expect(firstSentence('Up to 1.5 million were claimed. More followed.')).toBe(
      'Up to 1.5 million were claimed.',
    );
    expect(firstSentence('It said so, i.e. twice. Then stopped.')).toBe('It said so, i.e. twice.');
    expect(firstSentence('  One sentence only.  ')).toBe('One sentence only.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });
});
