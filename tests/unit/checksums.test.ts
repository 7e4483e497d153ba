import { describe, expect, it } from 'vitest';
import { formatSha256Sums, parseSha256Sums, sortDigests } from '../../src/lib/checksums';

const a = '0'.repeat(64);
const b = 'f'.repeat(64);

describe('sortDigests', () => {
  it('orders by code unit, so upper case sorts before lower case whatever the locale', () => {
    expect(
      sortDigests([
        { path: 'b', sha256: a },
        { path: 'B', sha256: a },
        { path: 'a/z', sha256: a },
      ]).map((f) => f.path),
    ).toEqual(['B', 'a/z', 'b']);
  });
});

describe('formatSha256Sums', () => {
  it('writes sha256sum --check lines sorted by path', () => {
    expect(
      formatSha256Sums([
        { path: 'z.html', sha256: b },
        { path: 'a.css', sha256: a },
      ]),
    ).toBe(`${a}  a.css\n${b}  z.html\n`);
  });
});

describe('parseSha256Sums', () => {
  it('reads back what formatSha256Sums wrote', () => {
    const files = [
      { path: 'a b.txt', sha256: a },
      { path: 'x/y', sha256: b },
    ];
    expect(parseSha256Sums(formatSha256Sums(files))).toEqual(files);
  });

  it('rejects a line that is not a digest and a path, naming the line', () => {
    expect(() => parseSha256Sums(`${a}  ok\nnot a digest\n`)).toThrow(/line 2/);
  });
});
