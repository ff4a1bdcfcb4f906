import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Corpus } from '../../src/analyzer/index.ts';
import { LARGE_KEYS } from '../../src/lib/corpus.ts';

/**
 * The corpus model as JSON text, piece by piece: joined, the pieces are
 * exactly `JSON.stringify(corpus)`, but no piece holds more than one source
 * or one array element. A collection of thousands of articles is larger than
 * the longest string JavaScript can hold.
 */
export function* corpusJson(corpus: Corpus): Generator<string> {
  const entries = Object.entries(corpus);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}${JSON.stringify(key)}:`;
    if (Array.isArray(value) && LARGE_KEYS.has(key)) {
      yield '[';
      for (const [j, element] of value.entries()) yield `${j ? ',' : ''}${JSON.stringify(element)}`;
      yield ']';
    } else {
      yield JSON.stringify(value);
    }
  }
  yield '}\n';
}

/**
 * The corpus model as lines, for the site's build to read back: the first
 * line holds the small top-level fields, each later line one element of a
 * large array (`[key, element]`).
 */
export function* corpusLines(corpus: Corpus): Generator<string> {
  const small = Object.fromEntries(Object.entries(corpus).map(([k, v]) => [k, LARGE_KEYS.has(k) ? [] : v]));
  yield `${JSON.stringify(small)}\n`;
  for (const key of LARGE_KEYS) {
    for (const element of corpus[key as keyof Corpus] as unknown[]) yield `${JSON.stringify([key, element])}\n`;
  }
}

/** Write pieces of text to a file, creating its folder. */
export function writePieces(path: string, pieces: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
