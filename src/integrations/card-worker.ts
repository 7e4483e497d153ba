/**
 * A worker thread that draws social cards (satori lays the card out, resvg rasterises it), so the
 * build renders pages on one core while cards are drawn on another. Node runs this file as
 * TypeScript directly (type stripping), outside Vite. Two ways to use it (see social-card.ts):
 * - started by CardPool, with no workerData: message in `{ content, fonts }`, message out `{ png }`
 *   or `{ error }`; the pool sends a worker its next card only after the answer to the last one;
 * - started by an AheadBatch, with `AheadData`: the worker takes cards from the batch's list itself,
 *   stores each in the cache, and posts `{ index }` or `{ index, error }` after each.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { encodeOpaquePng } from '../lib/png.ts';
import { buildCardTree, CARD_SIZE, type CardContent } from '../lib/social-card.ts';
import { storeInCache } from './build-caches.ts';

/** A font file a card needs, as the pool sends it. */
export interface CardFont {
  name: string;
  path: string;
  weight: 400 | 700;
}

/** A card to draw. */
export interface CardJob {
  content: CardContent;
  fonts: CardFont[];
}

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
  const svg = await satori(buildCardTree(content) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: satoriFonts(fonts),
  });
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: false },
  }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** A card drawn ahead: what to draw, and the cache folder and file name to store it under. */
export interface AheadJob extends CardJob {
  dir: string;
  name: string;
}

/** The slots of an ahead batch's shared control array (Int32): the next card to take, stop, go (a page asked). */
export const AHEAD_CONTROL = { next: 0, stop: 1, go: 2 } as const;

/** A card's state in an ahead batch's shared states array (Int32, one slot a card). */
export const AHEAD_STATE = { waiting: 0, drawing: 1, done: 2, failed: 3 } as const;

/** What an ahead worker is started with. */
export interface AheadData {
  /** The cards, in the order the pages will ask for them. */
  jobs: readonly AheadJob[];
  /** Shared by the batch's workers and the build's thread: see AHEAD_CONTROL. */
  control: SharedArrayBuffer;
  /** Shared likewise: see AHEAD_STATE. */
  states: SharedArrayBuffer;
  /** Whether this worker waits until a page asks for a card (the core it would take is the build's until then). */
  holdBack: boolean;
}

/** An ahead worker's message after each card: its index in the list, and why it could not be drawn. */
export interface AheadReply {
  index: number;
  error?: string;
}

const describe = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

async function drawAhead({ jobs, control, states, holdBack }: AheadData): Promise<void> {
  const slots = new Int32Array(control);
  const state = new Int32Array(states);
  if (holdBack) Atomics.wait(slots, AHEAD_CONTROL.go, 0);
  while (Atomics.load(slots, AHEAD_CONTROL.stop) === 0) {
    const index = Atomics.add(slots, AHEAD_CONTROL.next, 1);
    if (index >= jobs.length) return;
    const { content, fonts, dir, name } = jobs[index]!;
    Atomics.store(state, index, AHEAD_STATE.drawing);
    let reply: AheadReply;
    try {
      storeInCache({ dir }, name, await drawCard(content, fonts));
      Atomics.store(state, index, AHEAD_STATE.done);
      reply = { index };
    } catch (error) {
      Atomics.store(state, index, AHEAD_STATE.failed);
      reply = { index, error: describe(error) };
    }
    parentPort!.postMessage(reply);
    // Back to the event loop between cards: resvg's images are freed by finalizers that run only
    // then (600 cards in a row: 4.03 GB resident without this, 0.37 GB with it).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

if (workerData) void drawAhead(workerData as AheadData);
else {
  parentPort?.on('message', async ({ content, fonts }: CardJob) => {
    let reply: CardReply;
    try {
      reply = { png: await drawCard(content, fonts) };
    } catch (error) {
      reply = { error: describe(error) };
    }
    parentPort!.postMessage(reply);
  });
}
