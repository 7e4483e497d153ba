import { describe, expect, it } from 'vitest';
import { CONTACT_VARIABLE, parseContact } from '../../src/config/contact';

describe('parseContact', () => {
  it('gives no contact when none is set: the repository makes none up', () => {
    expect(parseContact(undefined)).toBeUndefined();
    expect(parseContact('   ')).toBeUndefined();
  });

  it('reads an e-mail address, trimmed', () => {
    expect(parseContact(' corrections@example.org ')).toEqual({
      kind: 'email',
      address: 'corrections@example.org',
    });
  });

  it('reads an https address of a contact page', () => {
    expect(parseContact('https://example.org/contact')).toEqual({
      kind: 'url',
      href: 'https://example.org/contact',
    });
  });

  it('rejects anything else, naming the variable, the value and the forms allowed', () => {
    for (const value of [
      'http://example.org/contact',
      'example.org',
      'mailto:a@example.org',
      'a@b',
      'call us',
    ])
      expect(() => parseContact(value), value).toThrow(
        `${CONTACT_VARIABLE}: '${value}' is neither an e-mail address nor an https:// address`,
      );
    expect(() => parseContact('nobody')).toThrow(/e\.g\. KURSK_CONTACT=corrections@example\.org/);
  });

  it('names the file and constant when the value comes from there', () => {
    expect(() => parseContact('nobody', "src/config/site.ts: 'CONTACT'")).toThrow(
      "src/config/site.ts: 'CONTACT': 'nobody' is neither",
    );
  });
});
