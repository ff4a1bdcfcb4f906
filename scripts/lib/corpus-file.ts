/**
 * The corpus model as a file: written by the build and `npm run dev`, read
 * back for the site's pages (src/lib/corpus.ts), the benchmark and the tests.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Corpus } from '../../src/analyzer/index.ts';

/** Where the build writes the corpus model for the pages (one JSON value a line); pages render it and never analyze. */
export const CORPUS_FILE = 'content/generated/corpus.jsonl';

/** Top-level arrays of the corpus model written element by element (they grow with the collection). */
export const LARGE_KEYS: ReadonlySet<string> = new Set(['sources', 'links', 'sharedPassages']);

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

/**
 * Read the corpus model back from its lines: the first holds the small
 * fields, each later one `[key, element]` of a large array.
 */
export function readCorpusLines(buffer: Buffer): Corpus {
  let start = buffer.indexOf(10);
  const corpus = JSON.parse(buffer.toString('utf8', 0, start)) as Corpus & Record<string, unknown[]>;
  for (let end = buffer.indexOf(10, start + 1); end !== -1; end = buffer.indexOf(10, start + 1)) {
    const [key, element] = JSON.parse(buffer.toString('utf8', start + 1, end)) as [string, unknown];
    corpus[key].push(element);
    start = end;
  }
  return corpus;
}

/** The corpus model in a file written by `corpusLines`. */
export function readCorpus(path: string): Corpus {
  return readCorpusLines(readFileSync(path));
}

let built: { corpus: Corpus; mtime: number } | undefined;

/**
 * The corpus the build wrote, for the site's pages: read again only when the
 * file changes (`npm run dev` rewrites it), else the same object.
 */
export function builtCorpus(): Corpus {
  const mtime = statSync(CORPUS_FILE).mtimeMs;
  if (built?.mtime === mtime) return built.corpus;
  built = { corpus: readCorpus(CORPUS_FILE), mtime };
  return built.corpus;
}
