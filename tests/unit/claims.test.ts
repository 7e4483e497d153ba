import { describe, expect, it } from 'vitest';
import {
  countIndependentSources,
  deriveClaimStatuses,
  describeScope,
  describeSourcing,
  describeStatusCounts,
  formatClaimReference,
  isOneRange,
  ABOUT_MARGIN,
  findFigureLinks,
  parseFigureLink,
  resolveFigureLink,
  summarizeQuantity,
  findLinks,
  areRivals,
  claimantKey,
  formatClaimant,
  formatClaimValue,
  formatNumber,
  formatUnit,
  scopesOverlap,
  toStatusInput,
  groupClaimsByQuantity,
  independenceKey,
  isComparableTime,
  isSameValue,
  periodsOverlap,
  reportCitesClaim,
  indexCitingReports,
  representativeValue,
  valueBounds,
  valuesConflict,
  type SourceIdentity,
  type StatusInput,
} from '../../src/lib/claims';
import { comparePartialDates, parsePartialDate, type PartialDate } from '../../src/lib/dates';

const d = (text: string): PartialDate => {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.error);
  return r.date;
};

const sources = new Map<string, SourceIdentity>(
  [
    { id: 'npr', outlet: 'NPR', authors: ['Joanna Kakissis'] },
    { id: 'npr-2', outlet: 'npr ', authors: ['Someone Else'] },
    { id: 'jessen', outlet: null, authors: ['Camilla Jessen'] },
    { id: 'staff', outlet: null, authors: [] },
    { id: 'staff-2', outlet: null, authors: [] },
    { id: 'korea-daily', outlet: 'Korea Daily', authors: ['Youngnam Kim'] },
  ].map((s) => [s.id, s]),
);

const claim = (over: Partial<StatusInput> & { id: string }): StatusInput => ({
  quantity: 'killed',
  claimant: 'lee',
  value: 100,
  qualifier: 'exactly',
  claimedAt: d('2024-12'),
  scope: { kind: 'running-total' },
  sources: ['jessen'],
  ...over,
});

describe('valueBounds', () => {
  it('applies each qualifier', () => {
    expect(valueBounds(100, 'exactly')).toEqual({ low: 100, high: 100 });
    expect(valueBounds(100, 'at-least')).toEqual({ low: 100, high: Infinity });
    expect(valueBounds(100, 'more-than')).toEqual({ low: 100, high: Infinity });
    expect(valueBounds(100, 'up-to')).toEqual({ low: 0, high: 100 });
    const about = valueBounds(100, 'about');
    expect(about.low).toBeCloseTo(90);
    expect(about.high).toBeCloseTo(110);
    expect(valueBounds({ min: 10, max: 20 }, 'exactly')).toEqual({ low: 10, high: 20 });
  });
});

describe('valuesConflict', () => {
  it('is false when the allowed ranges overlap', () => {
    expect(valuesConflict({ value: 100, qualifier: 'at-least' }, { value: 4700, qualifier: 'about' })).toBe(
      false,
    );
    expect(
      valuesConflict(
        { value: { min: 90, max: 120 }, qualifier: 'exactly' },
        { value: 100, qualifier: 'exactly' },
      ),
    ).toBe(false);
    expect(valuesConflict({ value: 105, qualifier: 'about' }, { value: 100, qualifier: 'exactly' })).toBe(
      false,
    );
  });

  it('is true when they do not', () => {
    expect(valuesConflict({ value: 100, qualifier: 'exactly' }, { value: 4700, qualifier: 'exactly' })).toBe(
      true,
    );
    expect(valuesConflict({ value: 50, qualifier: 'up-to' }, { value: 100, qualifier: 'at-least' })).toBe(
      true,
    );
    expect(
      valuesConflict(
        { value: { min: 10, max: 20 }, qualifier: 'exactly' },
        { value: 100, qualifier: 'at-least' },
      ),
    ).toBe(true);
  });

  it('reads "more than 100" as excluding 100 itself', () => {
    expect(valuesConflict({ value: 100, qualifier: 'more-than' }, { value: 100, qualifier: 'exactly' })).toBe(
      true,
    );
    expect(valuesConflict({ value: 100, qualifier: 'at-least' }, { value: 100, qualifier: 'exactly' })).toBe(
      false,
    );
  });
});

describe('isSameValue', () => {
  it('needs the same number or range and the same qualifier', () => {
    expect(isSameValue({ value: 100, qualifier: 'at-least' }, { value: 100, qualifier: 'at-least' })).toBe(
      true,
    );
    expect(isSameValue({ value: 100, qualifier: 'at-least' }, { value: 100, qualifier: 'exactly' })).toBe(
      false,
    );
    expect(
      isSameValue(
        { value: { min: 1, max: 2 }, qualifier: 'exactly' },
        { value: { min: 1, max: 2 }, qualifier: 'exactly' },
      ),
    ).toBe(true);
    expect(
      isSameValue({ value: { min: 1, max: 2 }, qualifier: 'exactly' }, { value: 2, qualifier: 'exactly' }),
    ).toBe(false);
  });
});

describe('independenceKey', () => {
  it('uses the outlet, then the authors, else nothing', () => {
    expect(independenceKey(sources.get('npr')!)).toBe(independenceKey(sources.get('npr-2')!));
    expect(independenceKey(sources.get('jessen')!)).toBe('authors:camilla jessen');
    expect(independenceKey(sources.get('staff')!)).toBeNull();
  });
});

describe('countIndependentSources', () => {
  it('counts different outlets or authors once each', () => {
    expect(countIndependentSources(['npr', 'npr-2'], sources)).toBe(1);
    expect(countIndependentSources(['npr', 'jessen', 'korea-daily'], sources)).toBe(3);
  });

  it('does not count sources that name neither outlet nor author, nor unknown ids', () => {
    expect(countIndependentSources(['staff', 'staff-2', 'nowhere'], sources)).toBe(0);
    expect(countIndependentSources(['staff', 'jessen'], sources)).toBe(1);
  });
});

describe('isComparableTime', () => {
  it('compares the spans partial dates could mean', () => {
    expect(isComparableTime(d('2024-12-17'), d('2024-12'))).toBe(true);
    expect(isComparableTime(d('2024-12-01'), d('2025-01-31'))).toBe(false);
    expect(isComparableTime(d('2024-12-31'), d('2025-01-31'))).toBe(true);
    expect(isComparableTime(d('2025'), d('2025-10-02'))).toBe(true);
  });
});

describe('periodsOverlap', () => {
  it('treats an unspecified period as overlapping any', () => {
    expect(periodsOverlap(undefined, { from: d('2024-12-14'), to: d('2024-12-17') })).toBe(true);
  });

  it('compares specified periods day by day', () => {
    expect(periodsOverlap({ from: d('2024-12-14'), to: d('2024-12-17') }, { from: d('2024-12-18') })).toBe(
      false,
    );
    expect(periodsOverlap({ to: d('2024-12') }, { from: d('2024-12-31') })).toBe(true);
  });
});

describe('deriveClaimStatuses', () => {
  it('calls a claim reported by one source single-source', () => {
    const s = deriveClaimStatuses([claim({ id: 'a' })], sources).get('a')!;
    expect(s).toEqual({
      status: 'single-source',
      independentSources: 1,
      matchingClaims: [],
      disputedBy: [],
      comparedWith: [],
      uncountedSources: [],
    });
  });

  it('names the sources that print the figure but cannot count as independent, so a page can say why it is "single source"', () => {
    // The lawmaker's "at least 100" is printed in two captures; one names neither outlet nor author.
    const s = deriveClaimStatuses([claim({ id: 'a', sources: ['jessen', 'staff'] })], sources).get('a')!;
    expect(s.status).toBe('single-source');
    expect(s.independentSources).toBe(1);
    expect(s.uncountedSources).toEqual(['staff']);
  });

  it('corroborates a claim two independent sources report', () => {
    expect(
      deriveClaimStatuses([claim({ id: 'a', sources: ['jessen', 'npr'] })], sources).get('a')!.status,
    ).toBe('corroborated');
  });

  it('does not corroborate with two sources from the same outlet', () => {
    expect(
      deriveClaimStatuses([claim({ id: 'a', sources: ['npr', 'npr-2'] })], sources).get('a')!.status,
    ).toBe('single-source');
  });

  it('pools the sources of the same claimant’s same value across claim files', () => {
    const statuses = deriveClaimStatuses(
      [claim({ id: 'a', sources: ['jessen'] }), claim({ id: 'b', sources: ['korea-daily'] })],
      sources,
    );
    expect(statuses.get('a')).toMatchObject({
      status: 'corroborated',
      independentSources: 2,
      matchingClaims: ['b'],
    });
    expect(statuses.get('b')!.status).toBe('corroborated');
  });

  it('does not pool a different claimant’s same value', () => {
    const statuses = deriveClaimStatuses(
      [claim({ id: 'a' }), claim({ id: 'b', claimant: 'nis', sources: ['korea-daily'] })],
      sources,
    );
    expect(statuses.get('a')!.status).toBe('single-source');
  });

  it('disputes conflicting values for the same quantity made at a comparable time', () => {
    const statuses = deriveClaimStatuses(
      [claim({ id: 'a' }), claim({ id: 'b', claimant: 'nis', value: 4700, claimedAt: d('2024-12-20') })],
      sources,
    );
    expect(statuses.get('a')).toMatchObject({ status: 'disputed', disputedBy: ['b'] });
    expect(statuses.get('b')).toMatchObject({ status: 'disputed', disputedBy: ['a'] });
  });

  it('does not dispute across quantities, across distant claim dates, or across separate periods', () => {
    const statuses = deriveClaimStatuses(
      [
        claim({ id: 'a', period: { from: d('2024-12-14'), to: d('2024-12-17') } }),
        claim({ id: 'other-quantity', quantity: 'wounded', value: 1000 }),
        claim({ id: 'much-later', value: 4700, claimedAt: d('2025-06') }),
        claim({ id: 'other-period', value: 4700, period: { from: d('2025-01') } }),
      ],
      sources,
    );
    expect(statuses.get('a')!.disputedBy).toEqual([]);
  });

  it('never disputes a three-day tally with a running total, however far apart the numbers (47 wounded in three days, 1,000 injured)', () => {
    const statuses = deriveClaimStatuses(
      [
        claim({
          id: 'three-days',
          claimant: 'special-forces',
          value: 47,
          claimedAt: d('2024-12-17'),
          scope: { kind: 'period', span: 'three days' },
        }),
        claim({
          id: 'lawmaker',
          value: 1000,
          claimedAt: d('2024-12'),
          period: { to: d('2024-12') },
          scope: { kind: 'running-total', place: 'kursk-region' },
        }),
      ],
      sources,
    );
    expect(statuses.get('three-days')).toMatchObject({
      status: 'single-source',
      disputedBy: [],
      comparedWith: [],
    });
    expect(statuses.get('lawmaker')).toMatchObject({
      status: 'single-source',
      disputedBy: [],
      comparedWith: [],
    });
  });

  it('never disputes counts of two separate incidents (one soldier captured by one unit, two by another)', () => {
    const statuses = deriveClaimStatuses(
      [
        claim({
          id: 'one',
          value: 1,
          claimant: 'report:npr',
          claimedAt: d('2025'),
          scope: { kind: 'incident', incident: 'regiment-capture' },
        }),
        claim({
          id: 'two',
          value: 2,
          claimant: 'report:npr',
          claimedAt: d('2025'),
          scope: { kind: 'incident', incident: 'january-capture' },
        }),
      ],
      sources,
    );
    expect(statuses.get('one')).toMatchObject({ status: 'single-source', disputedBy: [] });
    expect(statuses.get('two')).toMatchObject({ status: 'single-source', disputedBy: [] });
  });

  it('does dispute different counts of the same incident, and of the same period', () => {
    const statuses = deriveClaimStatuses(
      [
        claim({
          id: 'one',
          value: 1,
          claimedAt: d('2025'),
          scope: { kind: 'incident', incident: 'capture' },
        }),
        claim({
          id: 'two',
          value: 2,
          claimant: 'other',
          claimedAt: d('2025'),
          scope: { kind: 'incident', incident: 'capture' },
        }),
        claim({
          id: 'p1',
          quantity: 'wounded',
          value: 47,
          period: { from: d('2024-12-14'), to: d('2024-12-17') },
          scope: { kind: 'period' },
        }),
        claim({
          id: 'p2',
          quantity: 'wounded',
          claimant: 'other',
          value: 500,
          period: { from: d('2024-12-15'), to: d('2024-12-16') },
          scope: { kind: 'period' },
        }),
      ],
      sources,
    );
    expect(statuses.get('one')).toMatchObject({
      status: 'disputed',
      disputedBy: ['two'],
      comparedWith: ['two'],
    });
    expect(statuses.get('p1')).toMatchObject({ status: 'disputed', disputedBy: ['p2'] });
  });

  it('does not dispute periods that do not overlap, nor totals of different places', () => {
    const statuses = deriveClaimStatuses(
      [
        claim({
          id: 'dec',
          value: 47,
          period: { from: d('2024-12-14'), to: d('2024-12-17') },
          scope: { kind: 'period' },
        }),
        claim({
          id: 'jan',
          claimant: 'other',
          value: 500,
          claimedAt: d('2025-01'),
          period: { from: d('2025-01-02'), to: d('2025-01-05') },
          scope: { kind: 'period' },
        }),
        claim({ id: 'kursk', value: 100, scope: { kind: 'running-total', place: 'kursk-region' } }),
        claim({
          id: 'elsewhere',
          claimant: 'other',
          value: 5000,
          scope: { kind: 'running-total', place: 'sumy-region' },
        }),
      ],
      sources,
    );
    for (const id of ['dec', 'jan', 'kursk', 'elsewhere']) expect(statuses.get(id)!.disputedBy).toEqual([]);
  });

  it('does not pool the same claimant’s same value across different scopes as corroboration', () => {
    const statuses = deriveClaimStatuses(
      [
        claim({ id: 'a', sources: ['jessen'], scope: { kind: 'incident', incident: 'x' } }),
        claim({ id: 'b', sources: ['korea-daily'], scope: { kind: 'incident', incident: 'y' } }),
      ],
      sources,
    );
    expect(statuses.get('a')).toMatchObject({ status: 'single-source', matchingClaims: [] });
  });

  it('puts disputed before corroborated, keeping the source count', () => {
    const statuses = deriveClaimStatuses(
      [claim({ id: 'a', sources: ['jessen', 'npr'] }), claim({ id: 'b', claimant: 'nis', value: 10 })],
      sources,
    );
    expect(statuses.get('a')).toMatchObject({ status: 'disputed', independentSources: 2 });
  });
});

describe('scopesOverlap', () => {
  const at = (scope: StatusInput['scope'], period?: StatusInput['period']) => ({ scope, period });
  it('needs the same kind of count', () => {
    expect(scopesOverlap(at({ kind: 'period', span: 'three days' }), at({ kind: 'running-total' }))).toBe(
      false,
    );
    expect(scopesOverlap(at({ kind: 'at-one-time' }), at({ kind: 'running-total' }))).toBe(false);
    expect(scopesOverlap(at({ kind: 'running-total' }), at({ kind: 'running-total' }))).toBe(true);
  });

  it('compares incidents by the event they count', () => {
    expect(
      scopesOverlap(at({ kind: 'incident', incident: 'a' }), at({ kind: 'incident', incident: 'a' })),
    ).toBe(true);
    expect(
      scopesOverlap(at({ kind: 'incident', incident: 'a' }), at({ kind: 'incident', incident: 'b' })),
    ).toBe(false);
  });

  it('compares periods and moments by their dates, an open end reaching without limit', () => {
    const dec = { from: d('2024-12-14'), to: d('2024-12-17') };
    expect(
      scopesOverlap(at({ kind: 'period' }, dec), at({ kind: 'period' }, { from: d('2024-12-18') })),
    ).toBe(false);
    expect(scopesOverlap(at({ kind: 'period' }, dec), at({ kind: 'period' }, { to: d('2024-12') }))).toBe(
      true,
    );
    expect(
      scopesOverlap(
        at({ kind: 'at-one-time' }, { from: d('2025-03'), to: d('2025-03') }),
        at({ kind: 'at-one-time' }, { from: d('2025-05'), to: d('2025-05') }),
      ),
    ).toBe(false);
  });

  it('compares running totals by their start where both give one', () => {
    expect(
      scopesOverlap(
        at({ kind: 'running-total' }, { from: d('2022') }),
        at({ kind: 'running-total' }, { from: d('2025-01') }),
      ),
    ).toBe(false);
    expect(
      scopesOverlap(
        at({ kind: 'running-total' }, { from: d('2025') }),
        at({ kind: 'running-total' }, { from: d('2025-01') }),
      ),
    ).toBe(true);
    expect(
      scopesOverlap(at({ kind: 'running-total' }, { from: d('2022') }), at({ kind: 'running-total' })),
    ).toBe(true);
  });

  it('keeps apart places both name, and matches a place with an unnamed one', () => {
    expect(
      scopesOverlap(
        at({ kind: 'running-total', place: 'kursk' }),
        at({ kind: 'running-total', place: 'sumy' }),
      ),
    ).toBe(false);
    expect(scopesOverlap(at({ kind: 'running-total', place: 'kursk' }), at({ kind: 'running-total' }))).toBe(
      true,
    );
  });
});

describe('areRivals', () => {
  it('needs the same quantity, an overlapping scope and claim dates within the window', () => {
    expect(areRivals(claim({ id: 'a' }), claim({ id: 'b' }))).toBe(true);
    expect(areRivals(claim({ id: 'a' }), claim({ id: 'a' }))).toBe(false);
    expect(areRivals(claim({ id: 'a' }), claim({ id: 'b', quantity: 'wounded' }))).toBe(false);
    expect(areRivals(claim({ id: 'a' }), claim({ id: 'b', claimedAt: d('2025-06') }))).toBe(false);
    expect(
      areRivals(claim({ id: 'a' }), claim({ id: 'b', scope: { kind: 'period', span: 'three days' } })),
    ).toBe(false);
  });
});

describe('claimantKey and toStatusInput', () => {
  it('keys an entity by its id and a report in its own voice by its source id', () => {
    expect(claimantKey({ kind: 'entity', entity: 'lee' })).toBe('lee');
    expect(claimantKey({ kind: 'report', report: 'drone-operators' })).toBe('report:drone-operators');
  });

  it('reads a claim’s data as the status rule needs it', () => {
    const input = toStatusInput('c', {
      quantity: 'killed',
      claimant: { kind: 'report', report: 'npr' },
      value: 1,
      qualifier: 'exactly',
      claimedAt: { date: d('2025') },
      scope: { kind: 'incident', incident: 'capture' },
      sources: [{ source: 'npr' }],
    });
    expect(input).toMatchObject({
      id: 'c',
      claimant: 'report:npr',
      sources: ['npr'],
      scope: { kind: 'incident', incident: 'capture' },
    });
  });
});

describe('formatClaimant', () => {
  it('marks an entity the archive identified, and never names an inferred outlet for a report in its own voice', () => {
    expect(formatClaimant({ kind: 'entity', name: 'Lee Seong-kweun', basis: 'stated' })).toBe(
      'Lee Seong-kweun',
    );
    expect(formatClaimant({ kind: 'entity', name: 'National Intelligence Service', basis: 'inferred' })).toBe(
      "National Intelligence Service (the archive's identification)",
    );
    expect(formatClaimant({ kind: 'report', outlet: { name: 'NPR', basis: 'stated' }, title: 'T' })).toBe(
      'NPR, naming no source',
    );
    const inferred = formatClaimant({
      kind: 'report',
      outlet: { name: 'Business Insider', basis: 'inferred' },
      title: '[North Korean troops operate drones]',
    });
    expect(inferred).not.toContain('Business Insider');
    expect(inferred).toContain('[North Korean troops operate drones]');
  });
});

describe('formatUnit', () => {
  it('counts one in the singular, whatever the qualifier, and anything else in the plural', () => {
    expect(formatUnit('soldiers', 1)).toBe('soldier');
    expect(formatUnit('North Korean soldiers', 1)).toBe('North Korean soldier');
    expect(formatUnit('people', 1)).toBe('person');
    expect(formatUnit('casualties', 1)).toBe('casualty');
    expect(formatUnit('drones', 1)).toBe('drone');
    expect(formatUnit('soldiers', 2)).toBe('soldiers');
    expect(formatUnit('soldiers', 0)).toBe('soldiers');
    expect(formatUnit('soldiers', { min: 1, max: 2 })).toBe('soldiers');
    expect(formatUnit('personnel', 1)).toBe('personnel');
  });
});

describe('formatNumber', () => {
  it('uses thousands separators', () => {
    expect(formatNumber(4700)).toBe('4,700');
    expect(formatNumber(1100000)).toBe('1,100,000');
  });

  it('shows what "about 100" allows without floating-point residue: 90 to 110', () => {
    expect(formatNumber(100 * (1 - ABOUT_MARGIN))).toBe('90');
    expect(formatNumber(100 * (1 + ABOUT_MARGIN))).toBe('110');
  });
});

describe('describeStatusCounts', () => {
  const counts = (corroborated: number, disputed: number, single: number) => ({
    corroborated,
    disputed,
    'single-source': single,
  });

  it('says a lone claim rests on a single source, not "1 single source"', () => {
    expect(describeStatusCounts(counts(0, 0, 1))).toBe('1 claim, from a single source');
  });

  it('says "each from a single source" rather than "3 single source"', () => {
    expect(describeStatusCounts(counts(0, 0, 3))).toBe('3 claims, each from a single source');
  });

  it('says "both" and "all" when every claim has one status', () => {
    expect(describeStatusCounts(counts(2, 0, 0))).toBe('2 claims, both corroborated');
    expect(describeStatusCounts(counts(0, 4, 0))).toBe('4 claims, all disputed');
  });

  it('lists a mix of statuses, leaving out those no claim has', () => {
    expect(describeStatusCounts(counts(1, 0, 2))).toBe('3 claims: 1 corroborated, 2 from one source each');
    expect(describeStatusCounts(counts(0, 2, 1))).toBe('3 claims: 2 disputed, 1 from a single source');
  });
});

describe('describeSourcing', () => {
  it('says plainly when only one source reports a figure', () => {
    expect(describeSourcing({ independentSources: 1, uncountedSources: [] })).toBe(
      'Only one source reports it.',
    );
  });

  it('counts independent sources', () => {
    expect(describeSourcing({ independentSources: 3, uncountedSources: [] })).toBe(
      'Reported by 3 independent sources.',
    );
  });

  it('explains a source that names neither outlet nor author, instead of "0 independent sources"', () => {
    expect(describeSourcing({ independentSources: 0, uncountedSources: ['drone-losses'] })).toBe(
      'Printed in one source, which names neither outlet nor author, so no independent source can be counted.',
    );
    expect(describeSourcing({ independentSources: 1, uncountedSources: ['drone-losses'] })).toBe(
      'One source reports it; another, which names neither outlet nor author, cannot be counted as independent.',
    );
  });
});

describe('formatClaimReference', () => {
  it('names a claim by claimant, value and date, never by its id', () => {
    expect(
      formatClaimReference({
        claimant: 'Lee Seong-kweun',
        value: 100,
        qualifier: 'at-least',
        unit: 'soldiers',
        date: 'December 2024',
      }),
    ).toBe('Lee Seong-kweun: at least 100 soldiers, December 2024');
    expect(
      formatClaimReference({
        claimant: 'NPR',
        value: 1,
        qualifier: 'exactly',
        unit: 'soldiers',
        date: '2025',
      }),
    ).toBe('NPR: 1 soldier, 2025');
  });

  it('says when the date is the archive’s inference', () => {
    expect(
      formatClaimReference({
        claimant: 'Lee Seong-kweun',
        value: 100,
        qualifier: 'at-least',
        unit: 'soldiers',
        date: 'December 2024',
        dateInferred: true,
      }),
    ).toBe('Lee Seong-kweun: at least 100 soldiers, December 2024 (date inferred)');
  });
});

describe('describeScope', () => {
  const fmt = (d: string) => d;

  it('writes a running total in plain words, not "running-total"', () => {
    expect(describeScope({ kind: 'running-total' }, { to: 'December 2024' }, fmt)).toBe(
      'A running total up to December 2024',
    );
    expect(describeScope({ kind: 'running-total' }, { from: 'August 2024', to: 'December 2024' }, fmt)).toBe(
      'A running total from August 2024 up to December 2024',
    );
    expect(describeScope({ kind: 'running-total' }, undefined, fmt)).toBe('A running total');
  });

  it('never writes "January 2025 to January 2025": a period of one date is that date', () => {
    expect(describeScope({ kind: 'incident' }, { from: 'January 2025', to: 'January 2025' }, fmt)).toBe(
      'In January 2025',
    );
    expect(describeScope({ kind: 'period' }, { from: 'January 2025', to: 'January 2025' }, fmt)).toBe(
      'In January 2025',
    );
  });

  it('dates an incident without the jargon "One incident", and says when its source gives no date', () => {
    expect(describeScope({ kind: 'incident' }, { from: 'autumn 2024', to: 'autumn 2024' }, fmt)).toBe(
      'In autumn 2024',
    );
    expect(describeScope({ kind: 'incident' }, undefined, fmt)).toBe(
      'In one incident the source does not date',
    );
  });

  it('gives a span in words, saying when the source gives no dates', () => {
    expect(describeScope({ kind: 'period', span: 'three days' }, undefined, fmt)).toBe(
      'Over three days; the source gives no dates',
    );
    expect(
      describeScope(
        { kind: 'period', span: 'three days' },
        { from: '15 December 2024', to: '17 December 2024' },
        fmt,
      ),
    ).toBe('Over three days, from 15 December 2024 to 17 December 2024');
  });

  it('says a count at one moment with its date, or that it has none', () => {
    expect(describeScope({ kind: 'at-one-time' }, { to: '2025' }, fmt)).toBe('At one time, up to 2025');
    expect(describeScope({ kind: 'at-one-time' }, undefined, fmt)).toBe('At one time');
  });
});

describe('isOneRange', () => {
  it('is a range only when the lowest and highest claims were compared (same scope)', () => {
    expect(isOneRange({ id: 'a', comparedWith: ['b'] }, { id: 'b' })).toBe(true);
    // Two separate incidents: never compared, so "from 1 to 2" would mislead.
    expect(isOneRange({ id: 'a', comparedWith: [] }, { id: 'b' })).toBe(false);
  });
});

describe('formatClaimValue', () => {
  it('writes the qualifier, the number or range, and the unit', () => {
    expect(formatClaimValue(4700, 'about', 'soldiers')).toBe('about 4,700 soldiers');
    expect(formatClaimValue(100, 'at-least')).toBe('at least 100');
    expect(formatClaimValue({ min: 1000, max: 2000 }, 'exactly', 'soldiers')).toBe('1,000–2,000 soldiers');
    expect(formatClaimValue(50, 'more-than', 'soldiers')).toBe('more than 50 soldiers');
  });

  it('reads as English for one: "1 soldier", not "1 soldiers"', () => {
    expect(formatClaimValue(1, 'exactly', 'soldiers')).toBe('1 soldier');
    expect(formatClaimValue(1, 'at-least', 'soldiers')).toBe('at least 1 soldier');
    expect(formatClaimValue(2, 'exactly', 'soldiers')).toBe('2 soldiers');
  });
});

describe('representativeValue', () => {
  it('is the number, or the middle of a range', () => {
    expect(representativeValue(47)).toBe(47);
    expect(representativeValue({ min: 10, max: 20 })).toBe(15);
  });
});

describe('groupClaimsByQuantity', () => {
  it('groups in the given quantity order, claims by date, empty quantities left out', () => {
    const claims = [
      { id: 'late', quantity: 'killed', claimedAt: d('2025') },
      { id: 'early', quantity: 'killed', claimedAt: d('2024-12-17') },
      { id: 'w', quantity: 'wounded', claimedAt: d('2024-12') },
    ];
    expect(
      groupClaimsByQuantity(claims, ['wounded', 'empty', 'killed'], comparePartialDates).map((g) => [
        g.quantity,
        g.claims.map((c) => c.id),
      ]),
    ).toEqual([
      ['wounded', ['w']],
      ['killed', ['early', 'late']],
    ]);
  });
});

describe('summarizeQuantity', () => {
  it('counts each status and finds the lowest and highest value claimed, ranges by their midpoint', () => {
    const claims = [
      { id: 'a', status: 'disputed' as const, value: 100 },
      { id: 'b', status: 'corroborated' as const, value: { min: 10, max: 30 } },
      { id: 'c', status: 'disputed' as const, value: 4700 },
      { id: 'd', status: 'single-source' as const, value: 50 },
    ];
    const s = summarizeQuantity(claims);
    expect(s.byStatus).toEqual({ corroborated: 1, disputed: 2, 'single-source': 1 });
    expect(s.lowest?.id).toBe('b');
    expect(s.highest?.id).toBe('c');
  });

  it('keeps the earlier claim on a tie, and has neither for no claims', () => {
    const s = summarizeQuantity([
      { id: 'first', status: 'single-source' as const, value: 5 },
      { id: 'second', status: 'single-source' as const, value: 5 },
    ]);
    expect([s.lowest?.id, s.highest?.id]).toEqual(['first', 'first']);
    expect(summarizeQuantity([])).toEqual({
      byStatus: { corroborated: 0, disputed: 0, 'single-source': 0 },
      lowest: undefined,
      highest: undefined,
    });
  });
});

describe('findLinks', () => {
  it('finds Markdown and HTML link targets', () => {
    expect(findLinks('See [the ledger](/figures/#killed) and <a href="/figures/#claim-x">x</a>.')).toEqual([
      '/figures/#killed',
      '/figures/#claim-x',
    ]);
  });
});

describe('findFigureLinks', () => {
  it('keeps only the links into the figures ledger, Markdown and HTML, in order', () => {
    const body =
      'See [the ledger](/figures/#killed), [a source](/sources/npr/), <a href="figures/#claim-x">x</a> and [figures](/figures/).';
    expect(findFigureLinks(body)).toEqual(['/figures/#killed', 'figures/#claim-x']);
  });

  it('also keeps links written to a quantity page, and leaves out other sites', () => {
    const body =
      '[a](/figures/killed/), [b](/figures/killed/#claim-x), [c](https://example.org/figures/#killed), [d](//example.org/figures/#x)';
    expect(findFigureLinks(body)).toEqual(['/figures/killed/', '/figures/killed/#claim-x']);
  });
});

describe('parseFigureLink', () => {
  it('reads the addresses editors write: a quantity or a claim after /figures/#', () => {
    expect(parseFigureLink('/figures/#nk-troops-killed')).toEqual({
      kind: 'quantity',
      quantity: 'nk-troops-killed',
    });
    expect(parseFigureLink('/figures/#claim-nis-4700')).toEqual({ kind: 'claim', claim: 'nis-4700' });
    expect(parseFigureLink('figures#claim-nis-4700')).toEqual({ kind: 'claim', claim: 'nis-4700' });
  });

  it('reads the addresses the site builds: a quantity page, and a claim on it', () => {
    expect(parseFigureLink('/figures/nk-troops-killed/')).toEqual({
      kind: 'quantity',
      quantity: 'nk-troops-killed',
    });
    expect(parseFigureLink('/figures/nk-troops-killed')).toEqual({
      kind: 'quantity',
      quantity: 'nk-troops-killed',
    });
    expect(parseFigureLink('/figures/nk-troops-killed/#claim-nis-4700')).toEqual({
      kind: 'claim',
      claim: 'nis-4700',
      quantity: 'nk-troops-killed',
    });
    expect(parseFigureLink('/figures/nk-troops-killed/#chart-nk-troops-killed')).toEqual({
      kind: 'quantity',
      quantity: 'nk-troops-killed',
    });
  });

  it('decodes an encoded fragment', () => {
    expect(parseFigureLink('/figures/#claim-%C3%A9t%C3%A9')).toEqual({ kind: 'claim', claim: 'été' });
  });

  it('is undefined for the index itself, other pages and other sites', () => {
    expect(parseFigureLink('/figures/')).toBeUndefined();
    expect(parseFigureLink('/figures')).toBeUndefined();
    expect(parseFigureLink('/sources/npr/')).toBeUndefined();
    expect(parseFigureLink('/reports/figures-of-speech/')).toBeUndefined();
    expect(parseFigureLink('https://example.org/figures/#killed')).toBeUndefined();
    expect(parseFigureLink('//example.org/figures/#killed')).toBeUndefined();
  });
});

describe('resolveFigureLink', () => {
  const index = {
    quantities: new Set(['killed', 'wounded']),
    claimQuantities: new Map([['lee-100', 'killed']]),
  };

  it("sends a quantity link to the quantity's page and a claim link to the claim on its quantity's page", () => {
    expect(resolveFigureLink('/figures/#killed', index)).toEqual({ ok: true, href: '/figures/killed/' });
    expect(resolveFigureLink('/figures/#claim-lee-100', index)).toEqual({
      ok: true,
      href: '/figures/killed/#claim-lee-100',
    });
    expect(resolveFigureLink('/figures/killed/#claim-lee-100', index)).toEqual({
      ok: true,
      href: '/figures/killed/#claim-lee-100',
    });
  });

  it('names the unknown quantity or claim and where the ids come from', () => {
    const quantity = resolveFigureLink('/figures/#dead', index);
    expect(quantity).toMatchObject({ ok: false });
    expect(quantity && !quantity.ok && quantity.problem).toMatch(
      /\/figures\/#dead .*quantity 'dead'.*content\/quantities\//,
    );
    const claim = resolveFigureLink('/figures/#claim-lee-1000', index);
    expect(claim && !claim.ok && claim.problem).toMatch(/claim 'lee-1000'.*content\/claims\//);
  });

  it('rejects a claim put under a quantity it does not count, saying which it counts', () => {
    const r = resolveFigureLink('/figures/wounded/#claim-lee-100', index);
    expect(r && !r.ok && r.problem).toMatch(/counts 'killed'.*\/figures\/#claim-lee-100/);
  });

  it('leaves other links alone', () => {
    expect(resolveFigureLink('/figures/', index)).toBeUndefined();
    expect(resolveFigureLink('/sources/npr/', index)).toBeUndefined();
  });
});

describe('reportCitesClaim', () => {
  const c = { id: 'lee-100', quantity: 'killed', sources: ['jessen'] };

  it('is true when the report links to the claim or its quantity', () => {
    expect(reportCitesClaim({ sources: ['npr'], links: ['/figures/#claim-lee-100'] }, c)).toBe(true);
    expect(reportCitesClaim({ sources: ['npr'], links: ['/figures/#killed'] }, c)).toBe(true);
  });

  it("is true when the report links to the claim or its quantity at the quantity page's address", () => {
    expect(reportCitesClaim({ sources: ['npr'], links: ['/figures/killed/#claim-lee-100'] }, c)).toBe(true);
    expect(reportCitesClaim({ sources: ['npr'], links: ['/figures/killed/'] }, c)).toBe(true);
    expect(reportCitesClaim({ sources: ['npr'], links: ['/figures/wounded/#claim-other'] }, c)).toBe(false);
  });

  it('is true when the report lists one of the claim’s sources', () => {
    expect(reportCitesClaim({ sources: ['jessen'], links: [] }, c)).toBe(true);
  });

  it('is false otherwise', () => {
    expect(reportCitesClaim({ sources: ['npr'], links: ['/figures/#wounded', '/entities/lee/'] }, c)).toBe(
      false,
    );
  });
});

describe('indexCitingReports', () => {
  it('finds each claim’s citing reports, in report order, once each', () => {
    const reports = [
      { sources: ['npr'], links: ['/figures/#claim-lee-100', '/figures/killed/'] },
      { sources: ['jessen', 'jessen'], links: [] },
      { sources: ['npr'], links: ['/figures/#wounded', '/entities/lee/'] },
      { sources: ['kyiv'], links: ['/figures/wounded/#claim-lee-100'] },
    ];
    const citing = indexCitingReports(reports);
    expect(citing({ id: 'lee-100', quantity: 'killed', sources: ['jessen'] })).toEqual([0, 1, 3]);
    expect(citing({ id: 'other', quantity: 'wounded', sources: ['kyiv', 'npr'] })).toEqual([0, 2, 3]);
    expect(citing({ id: 'none', quantity: 'captured', sources: ['bbc'] })).toEqual([]);
  });

  it('agrees with reportCitesClaim on every pair of many generated reports and claims', () => {
    let seed = 7;
    const pick = <T>(items: readonly T[]): T =>
      items[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % items.length]!;
    const sources = ['a', 'b', 'c', 'd', 'e'];
    const links = [
      '/figures/#claim-c1',
      '/figures/#claim-c2',
      '/figures/q1/#claim-c3',
      '/figures/#q1',
      '/figures/q2/',
      '/entities/x/',
      '/reports/y/',
    ];
    const reports = Array.from({ length: 60 }, () => ({
      sources: [pick(sources), pick(sources)],
      links: [pick(links), pick(links)],
    }));
    const claims = ['c1', 'c2', 'c3', 'c4'].flatMap((id) =>
      ['q1', 'q2', 'q3'].map((quantity) => ({ id, quantity, sources: [pick(sources)] })),
    );
    const citing = indexCitingReports(reports);
    for (const claim of claims) {
      const expected = reports.flatMap((r, at) => (reportCitesClaim(r, claim) ? [at] : []));
      expect(citing(claim), JSON.stringify(claim)).toEqual(expected);
    }
  });
});
