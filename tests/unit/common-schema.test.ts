import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../src/schemas/topic';
import { datedSchema, shownTextSchema } from '../../src/schemas/common';
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

describe('shownTextSchema', () => {
  const headline = shownTextSchema(10, 40);
  const problems = (text: string) => {
    const result = headline.safeParse(text);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('accepts text of the allowed length in any script, with no-break spaces and dashes', () => {
    expect(problems('Kyiv says North Koreans fly drones')).toEqual([]);
    expect(problems('Ким Чен Ын — 김정은\u00a02024')).toEqual([]);
  });

  it('says how long text is and what the limit is', () => {
    expect(problems('x'.repeat(41))).toEqual([
      'is 41 characters long, more than the 40 it may have (it is shown whole in lists, feeds and link previews); shorten it',
    ]);
  });

  it.each([
    ['\u202e', 'U+202E (right-to-left override, a bidirectional control)'],
    ['\u2066', 'U+2066 (left-to-right isolate, a bidirectional control)'],
    ['\u200b', 'U+200B (zero-width space)'],
    ['\u00ad', 'U+00AD (soft hyphen)'],
  ])('refuses %j, naming it', (char, named) => {
    expect(problems(`Kyiv says ${char}North Koreans`)).toEqual([
      expect.stringContaining(`holds an invisible character, ${named}`),
    ]);
  });

  it('holds topics to it too', () => {
    expect(
      topicSchema.safeParse({ id: 'drones', label: 'Drones\u200b', description: 'A topic for the test.' })
        .success,
    ).toBe(false);
    expect(
      topicSchema.safeParse({ id: 'drones', label: 'D'.repeat(61), description: 'A topic for the test.' })
        .success,
    ).toBe(false);
  });
});
