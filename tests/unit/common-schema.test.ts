import { describe, expect, it } from 'vitest';
import { datedSchema } from '../../src/schemas/common';
import { outletSchema } from '../../src/schemas/source';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('requireReasonWhenInferred', () => {
  it('rejects an inferred date or outlet without a reason, naming the value and the missing field', () => {
    expect(messages(datedSchema.safeParse({ date: '2024-12', basis: 'inferred' }))).toEqual([
      "reason: an inferred date needs a 'reason' that says what it was inferred from",
    ]);
    expect(messages(outletSchema.safeParse({ name: 'NPR', basis: 'inferred' }))).toEqual([
      "reason: an inferred outlet needs a 'reason' that says what it was inferred from",
    ]);
  });

  it('accepts a stated value without a reason, and an inferred one with its reason', () => {
    expect(datedSchema.safeParse({ date: '2024-12', basis: 'stated' }).success).toBe(true);
    expect(
      outletSchema.safeParse({ name: 'NPR', basis: 'inferred', reason: 'The URL is on npr.org.' }).success,
    ).toBe(true);
  });
});
