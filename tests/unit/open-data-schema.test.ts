import { describe, expect, it } from 'vitest';
import { claimRecordSchema, OPEN_DATA, openDataJsonSchema } from '../../src/schemas/open-data';

describe('OPEN_DATA', () => {
  it('lists the five data files', () => {
    expect(Object.keys(OPEN_DATA)).toEqual(['reports', 'sources', 'entities', 'events', 'claims']);
  });
});

describe('openDataJsonSchema', () => {
  it('describes an array of records whose required fields include the ones the data promises', () => {
    const schema = openDataJsonSchema('claims') as {
      type: string;
      title: string;
      items: { required: string[] };
    };
    expect(schema.type).toBe('array');
    expect(schema.title).toBe('The Kursk Files: claims');
    expect(schema.items.required).toEqual(
      expect.arrayContaining([
        'id',
        'value',
        'min',
        'max',
        'unit',
        'quantity',
        'claimant',
        'claimedAt',
        'scope',
        'sources',
        'reports',
        'status',
      ]),
    );
    const reports = openDataJsonSchema('reports') as { items: { required: string[] } };
    expect(reports.items.required).toEqual(
      expect.arrayContaining(['url', 'title', 'type', 'date', 'sources']),
    );
  });
});

describe('claimRecordSchema', () => {
  it('rejects a status that is not derived by the rule', () => {
    const base = {
      id: 'x',
      url: 'https://example.org/figures/#claim-x',
      value: 1,
      min: 1,
      max: 1,
      qualifier: 'exactly',
      unit: 'soldiers',
      counts: 'soldiers',
      quantity: 'q',
      claimant: 'c',
      claimantDetail: { entity: 'c', report: null, basis: 'stated', asWritten: null, reason: null },
      claimedAt: { value: '2024', precision: 'year', basis: 'stated', reason: null, inferredPart: null },
      periodFrom: null,
      periodTo: null,
      periodBasis: null,
      periodReason: null,
      periodInferredPart: null,
      scope: { kind: 'running-total', incident: null, place: null, span: null },
      sources: ['s'],
      reports: [],
      independentSources: 1,
      disputedBy: [],
      comparedWith: [],
      uncountedSources: [],
    };
    expect(claimRecordSchema.safeParse({ ...base, status: 'single-source' }).success).toBe(true);
    expect(claimRecordSchema.safeParse({ ...base, status: 'confirmed' }).success).toBe(false);
  });
});

describe('claimRecordSchema scope', () => {
  it('accepts only the four kinds of scope the status rule compares', () => {
    const scope = claimRecordSchema.shape.scope;
    expect(scope.safeParse({ kind: 'incident', incident: 'e', place: null, span: null }).success).toBe(true);
    expect(scope.safeParse({ kind: 'campaign', incident: null, place: null, span: null }).success).toBe(
      false,
    );
  });
});
