import { describe, expect, it } from 'vitest';
import { parsePublisher, PUBLISHER_VARIABLE } from '../../src/config/publisher';

describe('parsePublisher', () => {
  it('names no publisher when none is set: the repository makes none up', () => {
    expect(parsePublisher(undefined)).toBeUndefined();
    expect(parsePublisher('  ')).toBeUndefined();
  });

  it('reads a name, trimmed, with its spaces collapsed', () => {
    expect(parsePublisher('  Example   Newsroom ')).toBe('Example Newsroom');
  });

  it('rejects a name readers could not read as typed, naming the variable, the value and the fix', () => {
    for (const [value, why] of [
      ['Example\u200BNewsroom', /invisible character/],
      ['<b>Example</b>', /shown as text, never as markup/],
      ['x'.repeat(121), /121 characters long, more than the 120/],
    ] as const) {
      expect(() => parsePublisher(value)).toThrow(why);
      expect(() => parsePublisher(value)).toThrow(new RegExp(`^${PUBLISHER_VARIABLE}: '`));
      expect(() => parsePublisher(value)).toThrow(/the plain name of the person or organisation/);
    }
  });
});
