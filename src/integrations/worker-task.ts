/**
 * One task on a worker thread of its own: the script runs with `data` as its `workerData` and
 * posts one answer. Used for the search copies (pagefind.ts) and the site's digests
 * (site-manifest.ts), whose scripts Node runs as TypeScript directly, outside Vite.
 */
import { Worker } from 'node:worker_threads';

/** Runs `script` on a new worker thread and resolves with the first message it posts; `what` names it in errors. */
export function runWorkerTask<T>(script: string, data: unknown, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    new Worker(script, { workerData: data })
      .once('message', resolve)
      .once('error', reject)
      .once(
        'exit',
        (code) => code !== 0 && reject(new Error(`${what} stopped (exit code ${code}) before answering`)),
      );
  });
}
