import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/lib/png';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** Reads a PNG's chunks as a decoder would, checking each chunk's CRC. */
function readChunks(png: Buffer): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    chunks.push({
      type: typed.subarray(0, 4).toString('latin1'),
      data: typed.subarray(4),
      crcOk: png.readUInt32BE(at + 8 + length) === crc32(typed),
    });
    at += length + 12;
  }
  return chunks;
}

/** Decodes an 8-bit RGB or palette PNG whose rows are unfiltered back to RGBA, with its colour type. */
function decode(png: Buffer): { width: number; height: number; colour: number; rgba: number[] } {
  const chunks = readChunks(png);
  expect(chunks.every((c) => c.crcOk)).toBe(true);
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const colour = header[9]!;
  expect([header[8], ...header.subarray(10)]).toEqual([8, 0, 0, 0]);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  expect(chunks.map((c) => c.type)).toEqual(
    colour === 3 ? ['IHDR', 'PLTE', 'IDAT', 'IEND'] : ['IHDR', 'IDAT', 'IEND'],
  );
  const channels = colour === 3 ? 1 : 3;
  const rows = inflateSync(chunks.find((c) => c.type === 'IDAT')!.data);
  expect(rows.length).toBe((width * channels + 1) * height);
  const rgba: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * (width * channels + 1), (y + 1) * (width * channels + 1));
    expect(row[0]).toBe(0);
    for (let x = 0; x < width; x++) {
      if (colour === 3) {
        const at = row[1 + x]! * 3;
        expect(at + 3).toBeLessThanOrEqual(palette!.length);
        rgba.push(palette![at]!, palette![at + 1]!, palette![at + 2]!, 255);
      } else rgba.push(row[1 + x * 3]!, row[2 + x * 3]!, row[3 + x * 3]!, 255);
    }
  }
  return { width, height, colour, rgba };
}

/** Opaque pixels of `count` different colours, repeated to fill a width × height image. */
function pixels(width: number, height: number, count: number): number[] {
  return Array.from({ length: width * height }, (_, i) => {
    const c = (i % count) * 9973;
    return [c & 255, (c >> 8) & 255, (c >> 16) & 255, 255];
  }).flat();
}

describe('encodeOpaquePng', () => {
  it('writes an image of at most 256 colours with a palette, decoding to the same pixels', () => {
    const width = 40;
    const height = 9;
    const rgba = pixels(width, height, 256);
    const png = encodeOpaquePng(Uint8Array.from(rgba), width, height);
    const decoded = decode(png);
    expect(decoded.colour).toBe(3);
    expect(readChunks(png).find((c) => c.type === 'PLTE')!.data.length).toBe(256 * 3);
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(height);
    expect(decoded.rgba).toEqual(rgba);
  });

  it('writes an image of more than 256 colours as RGB, decoding to the same pixels', () => {
    const rgba = pixels(40, 9, 257);
    const decoded = decode(encodeOpaquePng(Uint8Array.from(rgba), 40, 9));
    expect(decoded.colour).toBe(2);
    expect(decoded.rgba).toEqual(rgba);
  });

  it('reads pixels that do not start on a four-byte boundary', () => {
    const rgba = pixels(5, 3, 4);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(decode(encodeOpaquePng(shifted, 5, 3)).rgba).toEqual(rgba);
  });

  it('gives white its own palette entry (a pixel of four 0xff bytes is a colour like any other)', () => {
    const rgba = [255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255];
    expect(decode(encodeOpaquePng(Uint8Array.from(rgba), 3, 1)).rgba).toEqual(rgba);
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
    // A transparent black pixel, after an opaque one and as the very first.
    expect(() => encodeOpaquePng(Uint8Array.from([9, 9, 9, 255, 0, 0, 0, 0]), 2, 1)).toThrow(
      /pixel \(1, 0\) has alpha 0/,
    );
    expect(() => encodeOpaquePng(new Uint8Array(8), 2, 1)).toThrow(/pixel \(0, 0\) has alpha 0/);
    // In an image of more than 256 colours, written as RGB.
    const many = Uint8Array.from(pixels(40, 9, 300));
    many[(40 * 9 - 1) * 4 + 3] = 7;
    expect(() => encodeOpaquePng(many, 40, 9)).toThrow(/pixel \(39, 8\) has alpha 7/);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodeOpaquePng(new Uint8Array(15), 2, 2)).toThrow(/2×2 RGBA needs 16 bytes, got 15/);
    expect(() => encodeOpaquePng(new Uint8Array(0), 0, 2)).toThrow(/positive integers/);
  });
});
