/**
 * The worker thread of `segment-ahead.ts`: cuts the texts it is sent with
 * the analyzer's segmenter and the build's terms, in order, and posts each
 * text's token lengths, counting the answers in shared memory so that the
 * main thread can wait for them without an event loop.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { Segmenter } from '../../src/analyzer/corpus/segment/index.ts';

/** What a build asks: its terms first (added to the dictionary, as on the main thread), then texts. */
export type Ask =
  | { build: number; terms: readonly { word: string; tag?: string }[] }
  | { build: number; texts: readonly string[] };
/** One text's token lengths, or why the thread cannot cut. */
export type Answer = { build: number; lengths: Uint32Array } | { build: number; failed: string };
/** The shared counters: answers posted, and whether the thread has started. */
export const ANSWERED = 0;
export const STARTED = 1;

const { port, state } = (workerData ?? {}) as { port?: MessagePort; state?: Int32Array };
if (parentPort && port && state) {
  // Said before the analyzer's modules load, so that the main thread can tell a slow start from none.
  Atomics.store(state, STARTED, 1);
  const post = (answer: Answer) => {
    port.postMessage(answer, 'lengths' in answer ? [answer.lengths.buffer as ArrayBuffer] : []);
    Atomics.add(state, ANSWERED, 1);
    Atomics.notify(state, ANSWERED);
  };
  // Only the segmenter: the whole analyzer would take 0.3 s and 50 MB more to load (docs/performance.md).
  const analyzer = import('../../src/analyzer/corpus/segment/index.ts');
  let segmenter: Promise<Segmenter> | undefined;
  // Messages are handled one after another, in order, each once the one before has been answered.
  let queue = Promise.resolve();
  parentPort.on('message', (ask: Ask) => {
    queue = queue.then(async () => {
      try {
        if ('terms' in ask) segmenter = analyzer.then((a) => a.createSegmenter(ask.terms));
        else {
          const s = await segmenter!;
          for (const text of ask.texts)
            post({ build: ask.build, lengths: Uint32Array.from(s.cut(text), (w) => w.length) });
        }
      } catch (error) {
        post({ build: ask.build, failed: (error as Error).message });
      }
    });
  });
}
