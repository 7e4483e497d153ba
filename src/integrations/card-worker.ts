/**
 * A worker thread that draws social cards (satori lays the card out, resvg rasterises it), so the
 * build renders pages on one core while cards are drawn on another. Started by the pool in
 * social-card.ts; Node runs this file as TypeScript directly (type stripping), outside Vite.
 * Message in: `{ content, fonts }`; message out: `{ png }` or `{ error }`. The pool sends a worker
 * its next card only after the answer to the last one (see CardPool in social-card.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import satori from 'satori';
import { encodeOpaquePng } from '../lib/png.ts';
import { buildCardTree, CARD_SIZE, type CardContent } from '../lib/social-card.ts';

/** A font file a card needs, as the pool sends it. */
export interface CardFont { name: string; path: string; weight: 400 | 700 }

/** A card to draw. */
export interface CardJob { content: CardContent; fonts: CardFont[] }

/** A worker's answer: the card, or why it could not be drawn. */
export type CardReply = { png: Uint8Array; error?: undefined } | { png?: undefined; error: string };

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
const fontData = new Map<string, Buffer>();
const fontSets = new Map<string, SatoriFont[]>();

// The same array of the same buffers for every card with the same fonts: satori keeps parsed
// fonts keyed by their identity, so each font file is read and parsed once per worker.
function satoriFonts(files: readonly CardFont[]): SatoriFont[] {
  const key = files.map((f) => `${f.name}/${f.weight}/${f.path}`).join('|');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = files.map((f) => {
      let data = fontData.get(f.path);
      if (!data) fontData.set(f.path, (data = readFileSync(f.path)));
      return { name: f.name, data, weight: f.weight, style: 'normal' as const };
    });
    fontSets.set(key, fonts);
  }
  return fonts;
}

/**
 * Draws one card as PNG bytes. Satori turns the text into paths, so resvg is told not to scan the
 * system's fonts (3.4 ms a card); the pixels are encoded by encodeOpaquePng (3 ms less than resvg's
 * encoder, and smaller files).
 */
export async function drawCard(content: CardContent, fonts: readonly CardFont[]): Promise<Uint8Array> {
  const svg = await satori(buildCardTree(content) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: satoriFonts(fonts) });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

parentPort?.on('message', async ({ content, fonts }: CardJob) => {
  let reply: CardReply;
  try {
    reply = { png: await drawCard(content, fonts) };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
