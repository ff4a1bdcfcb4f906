/**
 * Segmentation on a worker thread, ahead of the analysis: a build hands each
 * accepted source's texts to cut (`textsToCut`) to the thread as soon as the
 * source is analyzed, and the corpus stage's `cut` takes the answers in the
 * same order, waiting only for what is not cut yet. The thread runs the
 * analyzer's own segmenter with the build's terms, so the tokens are the
 * ones this thread would cut (tested against it); when the thread cannot
 * answer, this thread cuts, and only the time differs. Why and when it pays:
 * docs/performance.md ("Segmentation on a worker thread").
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { createSegmenter, type Segmenter } from '../../src/analyzer/index.ts';
import { ANSWERED, type Answer, type Ask, STARTED } from './segment-ahead-thread.ts';

/**
 * Builds whose source files hold at least `minBytes` bytes segment on the
 * worker thread (see the doc); the thread that has not started after
 * `startMs`, or answers nothing for `silentMs`, counts as failed. Settable
 * for tests, as is the thread's module.
 */
export const segmentAhead = {
  minBytes: 1 << 18,
  startMs: 20_000,
  silentMs: 120_000,
  thread: new URL('./segment-ahead-thread.ts', import.meta.url),
};

type Terms = readonly { word: string; tag?: string }[];

/** A cut that answers from the thread's tokens in the order they were asked for, else cuts here. */
export interface CutAhead {
  /** Queue texts for the thread, in the order `cut` will ask for them. */
  send(texts: readonly string[]): void;
  cut(text: string): string[];
}

interface Thread {
  module: URL;
  worker: Worker;
  port: MessagePort;
  state: Int32Array;
  /** Why the thread cannot answer, once it could not. */
  failed?: string;
}

/** The thread, started on the first build that needs it and kept for later builds in this process. */
let thread: Thread | undefined;
/** Numbers the builds, so that answers left unread by an earlier build are never taken for this one's. */
let builds = 0;

function running(): Thread {
  if (thread && !thread.failed && thread.module === segmentAhead.thread) return thread;
  void thread?.worker.terminate();
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(segmentAhead.thread, {
    workerData: { port: port2, state },
    transferList: [port2],
    // Not the flags this process was started with (`--input-type` would stop a thread started from a file).
    execArgv: [],
  });
  // It never keeps a finished build's process alive: its answers are read synchronously, not by events.
  worker.unref();
  worker.on('error', () => {});
  thread = { module: segmentAhead.thread, worker, port: port1, state };
  return thread;
}

/**
 * A `cut` for one build: texts sent are cut on the thread; `cut` answers
 * with the next one sent when asked for exactly that text, and otherwise
 * (or once the thread failed) cuts on this thread with `local`, made when
 * first needed (each nodejieba instance loads its own dictionary).
 */
export function cutAhead(terms: Terms, local: () => Segmenter): CutAhead {
  const t = running();
  const build = ++builds;
  const sent: string[] = [];
  let next = 0;
  t.worker.postMessage({ build, terms } satisfies Ask);
  /** This build's next answer; a thread that has not started, or answered nothing for a long while, failed. */
  const answer = (): Answer => {
    let seen = Atomics.load(t.state, ANSWERED);
    let waited = 0;
    for (;;) {
      const got = receiveMessageOnPort(t.port)?.message as Answer | undefined;
      if (got?.build === build) return got;
      if (got) continue;
      if (Atomics.wait(t.state, ANSWERED, seen, WAIT_MS) === 'timed-out') waited += WAIT_MS;
      else [seen, waited] = [Atomics.load(t.state, ANSWERED), 0];
      const { startMs, silentMs } = segmentAhead;
      if (Atomics.load(t.state, STARTED) === 0 && waited >= startMs) return { build, failed: '线程未能启动' };
      if (waited >= silentMs) return { build, failed: `线程 ${Math.round(silentMs / 1000)} 秒没有应答` };
    }
  };
  return {
    send(texts) {
      if (t.failed || texts.length === 0) return;
      sent.push(...texts);
      t.worker.postMessage({ build, texts } satisfies Ask);
    },
    cut(text) {
      if (!t.failed && next < sent.length && sent[next] === text) {
        next++;
        const got = answer();
        if ('lengths' in got) return wordsOf(text, got.lengths);
        t.failed = got.failed;
        process.stderr.write(`提示：分词线程不可用（${got.failed}），改在主线程分词：结果不变，只是慢一些。\n`);
      }
      return local().cut(text);
    },
  };
}

/** How long one wait lasts before the thread's state is looked at again. */
const WAIT_MS = 250;

/** The tokens of `text` whose lengths are `lengths`. */
function wordsOf(text: string, lengths: Uint32Array): string[] {
  const words = new Array<string>(lengths.length);
  for (let i = 0, at = 0; i < lengths.length; i++) words[i] = text.slice(at, (at += lengths[i]));
  return words;
}

/** A segmenter made on first use (loading the dictionary only when this thread cuts). */
export function lazySegmenter(terms: Terms): () => Segmenter {
  let made: Segmenter | undefined;
  return () => (made ??= createSegmenter(terms));
}
