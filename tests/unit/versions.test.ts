import { describe, expect, it } from 'vitest';
import {
  describeChange,
  kindOfChange,
  normaliseBody,
  reportFingerprint,
  selectVersions,
  splitNotes,
  versionId,
  type ReportSnapshot,
  type ReportState,
} from '../../src/lib/versions';

const body = 'North Korean troops were seen in Kursk.[^a]\n\nA second paragraph.\n\n[^a]: @s1, ¶ 2\n';
const base: ReportSnapshot = {
  published: true,
  shown: { title: 'A headline for the test', dek: 'A dek', sources: ['s1'], corrections: [] },
  body,
  sources: [{ id: 's1', title: 'Source one', shown: { outlet: 'NPR' } }],
  corrections: [],
};
const with_ = (change: Partial<ReportSnapshot>, shown: Record<string, unknown> = {}): ReportSnapshot => ({
  ...base,
  ...change,
  shown: { ...base.shown, ...shown, ...(change.corrections ? { corrections: change.corrections } : {}) },
});
let n = 0;
const state = (snapshot: ReportSnapshot, id = `id${n++}`): ReportState => ({
  commit: `c${n}`,
  date: new Date(Date.UTC(2026, 0, n)),
  id,
  snapshot,
});

describe('normaliseBody', () => {
  it('ignores line endings, trailing blanks, blank-line runs and re-wrapped paragraphs', () => {
    const rewrapped =
      'North Korean troops\nwere seen in Kursk.[^a]  \r\n\r\n\r\n\nA second paragraph.   \n\n[^a]: @s1, ¶ 2';
    expect(normaliseBody(rewrapped)).toBe(normaliseBody(body));
  });

  it('keeps what renders differently: a list started inside a paragraph, a hard break, a heading', () => {
    expect(normaliseBody('One line\n- an item')).not.toBe(normaliseBody('One line - an item'));
    expect(normaliseBody('One line  \nnext')).not.toBe(normaliseBody('One line\nnext'));
    expect(normaliseBody('Text\n## Heading')).not.toBe(normaliseBody('Text ## Heading'));
  });

  it('cuts the note definitions from the prose', () => {
    expect(splitNotes(normaliseBody(body))).toEqual({
      prose: 'North Korean troops were seen in Kursk.[^a]\nA second paragraph.',
      notes: '[^a]: @s1, ¶ 2',
    });
  });
});

describe('reportFingerprint', () => {
  it('is the same for the same shown data whatever the key order, and differs when a shown field does', () => {
    const reordered = {
      ...base,
      shown: { corrections: [], sources: ['s1'], dek: 'A dek', title: 'A headline for the test' },
    };
    expect(reportFingerprint(reordered)).toBe(reportFingerprint(base));
    expect(reportFingerprint(with_({}, { dek: 'Another dek' }))).not.toBe(reportFingerprint(base));
    expect(
      reportFingerprint(with_({ sources: [{ id: 's1', title: 'Source one', shown: { outlet: 'BBC' } }] })),
    ).not.toBe(reportFingerprint(base));
  });
});

describe('versionId', () => {
  it('is 10 hex digits that depend on the blobs, not on the order of the sources', () => {
    const id = versionId('r1', ['s1', 's2']);
    expect(id).toMatch(/^[0-9a-f]{10}$/);
    expect(versionId('r1', ['s2', 's1'])).toBe(id);
    expect(versionId('r2', ['s1', 's2'])).not.toBe(id);
    expect(versionId('r1', ['s1', 's3'])).not.toBe(id);
  });
});

describe('selectVersions', () => {
  it('makes no version of a draft, nor of a change of white space or of an unshown field', () => {
    const states = [
      state(with_({ published: false })),
      state(base),
      state(with_({ body: body.replace('troops were', 'troops\nwere') })),
      // The same shown fields, written in another order.
      state({
        ...base,
        shown: { corrections: [], sources: ['s1'], dek: 'A dek', title: 'A headline for the test' },
      }),
    ];
    const versions = selectVersions(states);
    expect(versions.map((v) => v.id)).toEqual([states[1]!.id]);
    expect(versions[0]!.change).toEqual({ kind: 'first' });
  });

  it('names each kind of change: correction with its text, wording, notes, metadata, source details', () => {
    const correction = { date: '2026-01-12', kind: 'correction', text: 'The figure was wrong.' };
    const states = [
      state(base),
      state(with_({ body: body.replace('seen', 'reported'), corrections: [correction] })),
      state(with_({ body: body.replace('seen', 'observed'), corrections: [correction] })),
      state(
        with_({ body: body.replace('¶ 2', '¶ 3').replace('seen', 'observed'), corrections: [correction] }),
      ),
      state(
        with_(
          { body: body.replace('¶ 2', '¶ 3').replace('seen', 'observed'), corrections: [correction] },
          { dek: 'A new dek' },
        ),
      ),
    ];
    const last = states[4]!.snapshot;
    states.push(
      state({
        ...last,
        sources: [{ id: 's1', title: 'Source one', shown: { outlet: 'NPR (outlet inferred)' } }],
      }),
    );
    const changes = selectVersions(states).map((v) => describeChange(v.change));
    expect(changes).toEqual([
      'First published',
      'Correction',
      'Wording',
      'Wording (notes)',
      'Metadata (summary)',
      'Source details: Source one',
    ]);
    expect(selectVersions(states)[1]!.change).toEqual({ kind: 'correction', entries: [correction] });
  });

  it('lists a revert as a new version under the id it had before, marked as published again', () => {
    const a = state(base, 'aaaaaaaaaa');
    const b = state(with_({ body: body.replace('seen', 'reported') }), 'bbbbbbbbbb');
    const a2 = state(base, 'aaaaaaaaaa');
    const versions = selectVersions([a, b, a2]);
    expect(versions.map((v) => [v.id, v.again])).toEqual([
      ['aaaaaaaaaa', false],
      ['bbbbbbbbbb', false],
      ['aaaaaaaaaa', true],
    ]);
  });

  it('says when a corrections log entry is withdrawn', () => {
    const entry = { date: '2026-01-12', kind: 'update', text: 'Added a paragraph.' };
    expect(kindOfChange(with_({ corrections: [entry] }), base)).toEqual({
      kind: 'withdrawn',
      entries: [entry],
    });
    expect(describeChange({ kind: 'withdrawn', entries: [entry] })).toBe('Corrections log entry withdrawn');
    expect(kindOfChange(base, with_({ corrections: [entry] }))).toEqual({ kind: 'update', entries: [entry] });
  });

  it('says when a log entry is only reworded (same date and kind), rather than calling it a new correction', () => {
    const entry = { date: '2026-01-12', kind: 'correction', text: 'The figure was "50".' };
    const reworded = { ...entry, text: 'The figure was “50”.' };
    const later = { date: '2026-01-20', kind: 'correction', text: 'A second correction.' };
    expect(kindOfChange(with_({ corrections: [entry] }), with_({ corrections: [reworded] }))).toEqual({
      kind: 'reworded',
      entries: [reworded],
    });
    expect(describeChange({ kind: 'reworded', entries: [reworded] })).toBe('Corrections log entry reworded');
    // A new entry beside a reworded one is a correction, with only the new entry's text.
    expect(kindOfChange(with_({ corrections: [entry] }), with_({ corrections: [reworded, later] }))).toEqual({
      kind: 'correction',
      entries: [later],
    });
  });
});
