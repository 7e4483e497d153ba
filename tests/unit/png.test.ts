import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/lib/png';

interface Chunk { type: string; data: Buffer; crcOk: boolean }

/** Reads a PNG's chunks as a decoder would, checking each chunk's CRC. */
function readChunks(png: Buffer): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    chunks.push({ type: typed.subarray(0, 4).toString('latin1'), data: typed.subarray(4), crcOk: png.readUInt32BE(at + 8 + length) === crc32(typed) });
    at += length + 12;
  }
  return chunks;
}

/** Decodes an 8-bit RGB PNG whose rows are unfiltered back to RGBA. */
function decode(png: Buffer): { width: number; height: number; rgba: number[] } {
  const chunks = readChunks(png);
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  expect(chunks.every((c) => c.crcOk)).toBe(true);
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  const rows = inflateSync(chunks[1]!.data);
  expect(rows.length).toBe((width * 3 + 1) * height);
  const rgba: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * (width * 3 + 1), (y + 1) * (width * 3 + 1));
    expect(row[0]).toBe(0);
    for (let x = 0; x < width; x++) rgba.push(row[1 + x * 3]!, row[2 + x * 3]!, row[3 + x * 3]!, 255);
  }
  return { width, height, rgba };
}

describe('encodeOpaquePng', () => {
  it('writes a PNG that decodes to the same pixels', () => {
    const width = 7;
    const height = 5;
    const rgba = Array.from({ length: width * height }, (_, i) => [(i * 37) % 256, (i * 11) % 256, 255 - i, 255]).flat();
    const decoded = decode(encodeOpaquePng(Uint8Array.from(rgba), width, height));
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(height);
    expect(decoded.rgba).toEqual(rgba);
  });

  it('compresses a flat image to under 1 % of its RGB bytes', () => {
    const rgba = new Uint8Array(1200 * 630 * 4).fill(20);
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    expect(encodeOpaquePng(rgba, 1200, 630).length).toBeLessThan((1200 * 630 * 3) / 100);
  });

  it('refuses a pixel that is not opaque, naming it, rather than dropping its alpha', () => {
    const rgba = new Uint8Array(2 * 2 * 4).fill(255);
    rgba[3 * 4 + 3] = 128;
    expect(() => encodeOpaquePng(rgba, 2, 2)).toThrow(/pixel \(1, 1\) has alpha 128/);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodeOpaquePng(new Uint8Array(15), 2, 2)).toThrow(/2×2 RGBA needs 16 bytes, got 15/);
    expect(() => encodeOpaquePng(new Uint8Array(0), 0, 2)).toThrow(/positive integers/);
  });
});
