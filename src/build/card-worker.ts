/**
 * A worker thread of the card pool (src/build/card-pool.ts): takes one card at a time, draws it
 * (or reads it from the card cache) and writes it into the built site, then asks for the next.
 * Node runs this file as it is (type stripping, Node >= 22.18), so every module it imports names
 * its `.ts` extension and uses only erasable TypeScript.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardContent } from '../lib/social-card.ts';
import { renderCard } from './social-card.ts';

/** A card to draw, and the file of the built site it goes to. */
export interface CardTask {
  content: CardContent;
  file: string;
}
/** The answer to a task: done, or the error that stopped it. */
export type CardAnswer = { ok: true } | { ok: false; message: string };

const { cacheDir } = workerData as { cacheDir: string };
parentPort!.on('message', (task: CardTask) => {
  renderCard(task.content, cacheDir).then(
    (bytes) => {
      mkdirSync(dirname(task.file), { recursive: true });
      writeFileSync(task.file, bytes);
      parentPort!.postMessage({ ok: true } satisfies CardAnswer);
    },
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CardAnswer),
  );
});
