/**
 * A PNG encoder for opaque images, for the social cards: resvg's own encoder keeps the alpha
 * channel and compresses at its default level, a large share of a card's time (measured in
 * docs/bench-history/benchmarks-to-run-H.md).
 * Here the alpha channel is dropped (a card has none to keep: every pixel is checked), and an image
 * of at most 256 colours (every card: its text is antialiased between a few flat colours, 81 in
 * all) is written with a palette, one byte a pixel instead of three; any other image as RGB. Rows
 * are stored unfiltered and deflated at a fast level; the background and rules are long runs, which
 * deflate finds without filtering. Same pixels, decoded by any PNG reader.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/**
 * zlib level 3: a higher level made palette cards a little smaller and much slower to write
 * (measured in docs/bench-history/benchmarks-to-run-H.md).
 */
export const PNG_DEFLATE_LEVEL = 3;

/** The PNG colour types this encoder writes. */
const PNG_COLOUR = { rgb: 2, palette: 3 } as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

const notOpaque = (rgba: Uint8Array, pixel: number, width: number) =>
  new Error(
    `encodeOpaquePng: pixel (${pixel % width}, ${Math.floor(pixel / width)}) has alpha ${rgba[pixel * 4 + 3]}; this encoder writes opaque images only`,
  );

function png(
  width: number,
  height: number,
  colour: number,
  rows: Buffer,
  level: number,
  palette?: Buffer,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel (per palette index)
  header[9] = colour;
  // Bytes 10–12: deflate compression, adaptive filtering (method 0), no interlace.
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// The palette's lookup: an open-addressed table of the pixels' four bytes read as one integer
// (0, a transparent pixel, marks a free slot: no such pixel gets in), four times the palette's size.
const SLOTS = 1024;
const slotColours = new Int32Array(SLOTS);
const slotIndexes = new Uint8Array(SLOTS);

/** The image's rows as palette indexes, with its palette; undefined if it has more than 256 colours. */
function toPalette(
  rgba: Uint8Array,
  width: number,
  height: number,
): { rows: Buffer; palette: Buffer } | undefined {
  // Whole pixels at a time; a copy if the bytes do not start on a four-byte boundary.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Int32Array(bytes.buffer, bytes.byteOffset, width * height);
  slotColours.fill(0);
  const palette = Buffer.alloc(256 * 3);
  let colours = 0;
  const rows = Buffer.alloc((width + 1) * height);
  let pixel = 0;
  let to = 0;
  let last = 0;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    rows[to++] = 0; // filter type 0: the row as it is
    for (let x = 0; x < width; x++, pixel++) {
      const colour = pixels[pixel]!;
      if (colour !== last || pixel === 0) {
        let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
        while (slotColours[slot] !== 0 && slotColours[slot] !== colour) slot = (slot + 1) & (SLOTS - 1);
        if (slotColours[slot] === 0) {
          if (bytes[pixel * 4 + 3] !== 255) throw notOpaque(bytes, pixel, width);
          if (colours === 256) return undefined;
          slotColours[slot] = colour;
          slotIndexes[slot] = colours;
          palette.set(bytes.subarray(pixel * 4, pixel * 4 + 3), colours * 3);
          colours += 1;
        }
        last = colour;
        lastIndex = slotIndexes[slot]!;
      }
      rows[to++] = lastIndex;
    }
  }
  return { rows, palette: palette.subarray(0, colours * 3) };
}

function toRgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let from = 0;
  let to = 0;
  for (let y = 0; y < height; y++) {
    rows[to++] = 0;
    for (let x = 0; x < width; x++) {
      if (rgba[from + 3] !== 255) throw notOpaque(rgba, from / 4, width);
      rows[to++] = rgba[from]!;
      rows[to++] = rgba[from + 1]!;
      rows[to++] = rgba[from + 2]!;
      from += 4;
    }
  }
  return rows;
}

/**
 * Encodes RGBA pixels (row by row, 4 bytes a pixel, as resvg's `pixels`) as an 8-bit PNG: with a
 * palette if the image has at most 256 colours, else RGB. Throws if a pixel is not fully opaque,
 * since dropping its alpha would change how it looks.
 */
export function encodeOpaquePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  level = PNG_DEFLATE_LEVEL,
): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`encodeOpaquePng: width and height must be positive integers, got ${width}×${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new Error(
      `encodeOpaquePng: ${width}×${height} RGBA needs ${width * height * 4} bytes, got ${rgba.length}`,
    );
  }
  const indexed = toPalette(rgba, width, height);
  if (indexed) return png(width, height, PNG_COLOUR.palette, indexed.rows, level, indexed.palette);
  return png(width, height, PNG_COLOUR.rgb, toRgbRows(rgba, width, height), level);
}
