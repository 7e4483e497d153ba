import { describe, expect, it } from 'vitest';
import { toCsv, toCsvCell } from '../../src/lib/open-data';

describe('toCsvCell', () => {
  it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(toCsvCell('plain')).toBe('plain');
    expect(toCsvCell('4,700')).toBe('"4,700"');
    expect(toCsvCell('he said "no"')).toBe('"he said ""no"""');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises text a spreadsheet would run as a formula: a leading apostrophe, quoted (OWASP)', () => {
    expect(toCsvCell('=HYPERLINK("https://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""https://evil.example"",""x"")"',
    );
    expect(toCsvCell('+1 555')).toBe('"\'+1 555"');
    expect(toCsvCell('-2+3')).toBe('"\'-2+3"');
    expect(toCsvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(toCsvCell('\t=1')).toBe('"\'\t=1"');
    expect(toCsvCell(['=1', 'b'])).toBe('"\'=1; b"');
  });

  it('leaves numbers, and text with a formula sign further in, as they are', () => {
    expect(toCsvCell(-5)).toBe('-5');
    expect(toCsvCell('a = b')).toBe('a = b');
    expect(toCsvCell('Lee Seong-kweun')).toBe('Lee Seong-kweun');
  });

  it('joins lists with semicolons and leaves null empty', () => {
    expect(toCsvCell(['a', 'b'])).toBe('a; b');
    expect(toCsvCell(null)).toBe('');
    expect(toCsvCell(undefined)).toBe('');
    expect(toCsvCell(0)).toBe('0');
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated line per row, in column order', () => {
    expect(toCsv([{ b: 2, a: 'x,y' }], ['a', 'b'])).toBe('a,b\r\n"x,y",2\r\n');
  });
});
