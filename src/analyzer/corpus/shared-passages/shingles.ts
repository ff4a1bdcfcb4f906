/**
 * The shingle index: for each position of each article, the postings
 * (article, position) of the shingle there, kept only for seeds, and which
 * seeds continue the one before them.
 */
import { createKeyIds, numberArticle } from './key-ids.ts';
import { shingleKeys } from './shingle-keys.ts';

/**
 * Postings of the seed shingles (those with at most `maxPostings` of them),
 * in one flat array; a shingle's postings are consecutive, in (article,
 * position) order. Shingles with more postings keep none: nothing looks
 * them up.
 */
export interface ShingleIndex {
  /**
   * For each position of each article: where the postings of its shingle
   * start in `postings` (so equal for equal shingles), or -1 if the shingle
   * has more than `maxPostings` postings.
   */
  firsts: Int32Array[];
  /** Distinct shingles, seeds or not. */
  size: number;
  /** The postings, as (article, position) pairs: one cache line holds both halves of one. */
  postings: Int32Array;
  /**
   * Per seed shingle, at `first >> 1` (`first` where its postings start):
   * 1 if it continues another — every occurrence directly follows one of
   * the same shingle, every occurrence of which it follows — so that its
   * postings are those of the shingle before it, each one position on.
   * Inside a passage several articles share, most shingles continue.
   */
  continues: Uint8Array;
}

/** `before` or `after` of a seed not seen yet, and of one seen next to more than one seed (or to no seed). */
const UNSEEN = -2;
const MIXED = -1;

/**
 * Per seed (numbered `first >> 1`, as `continues` is): the one seed every
 * occurrence of it directly follows (`before`), and precedes (`after`), or
 * `MIXED`. A shingle next to a shingle that is no seed continues nothing,
 * and nothing continues it: a shingle continuing another has as many
 * postings.
 */
interface Neighbours {
  before: Int32Array;
  after: Int32Array;
}

/**
 * Rewrites an article's shingle ids (`own`) into the first postings of their
 * shingles, files its postings, and notes the seeds' neighbours. One call
 * per article, for speed: see docs/performance.md.
 */
function fileArticle(
  a: number,
  own: Int32Array,
  firstOf: Int32Array,
  cursor: Int32Array,
  postings: Int32Array,
  { before, after }: Neighbours,
): void {
  let previous = MIXED;
  for (let p = 0; p < own.length; p++) {
    const id = own[p];
    const first = firstOf[id];
    own[p] = first;
    if (first < 0) {
      if (previous >= 0) after[previous] = MIXED;
      previous = MIXED;
      continue;
    }
    const at = cursor[id];
    cursor[id] += 2;
    postings[at] = a;
    postings[at + 1] = p;
    const seed = first >> 1;
    const b = before[seed];
    if (b !== previous) before[seed] = b === UNSEEN ? previous : MIXED;
    if (previous >= 0) {
      const next = after[previous];
      if (next !== seed) after[previous] = next === UNSEEN ? seed : MIXED;
    }
    previous = seed;
  }
  if (previous >= 0) after[previous] = MIXED;
}

/**
 * The index of the `k`-character shingles of several articles (keys as
 * `shingleKeys` makes them): the postings of each seed shingle list its
 * (article, position) pairs in input order — the same order a
 * `Map<number, number[]>` filled by pushing would hold.
 */
export function buildShingleIndex(chars: readonly Int32Array[], k: number, maxPostings: number): ShingleIndex {
  // Room for as many keys as there are shingles (at least 512, at most 2^16; the table grows beyond): a small
  // corpus need not grow it step by step, a large one starts from a table that fits the processor's cache.
  let shingles = 0;
  for (const cs of chars) shingles += Math.max(0, cs.length - k + 1);
  const table = createKeyIds(2 ** Math.ceil(Math.log2(Math.max(512, Math.min(shingles, 2 ** 16)))) * 2);
  let buffer: Float64Array = new Float64Array(0);
  const firsts: Int32Array[] = [];
  for (const cs of chars) {
    const keys = shingleKeys(cs, k, buffer);
    if (keys.length > buffer.length) buffer = keys;
    const own = new Int32Array(keys.length);
    numberArticle(table, keys, own);
    firsts.push(own);
  }
  const { counts } = table;
  const firstOf = new Int32Array(table.size);
  let total = 0;
  for (let id = 0; id < table.size; id++) {
    if (counts[id] > maxPostings) firstOf[id] = -1;
    else {
      firstOf[id] = total;
      total += 2 * counts[id];
    }
  }
  const cursor = firstOf.slice();
  const postings = new Int32Array(total);
  const neighbours = {
    before: new Int32Array(total >> 1).fill(UNSEEN),
    after: new Int32Array(total >> 1).fill(UNSEEN),
  };
  for (let a = 0; a < firsts.length; a++) fileArticle(a, firsts[a], firstOf, cursor, postings, neighbours);
  const continues = new Uint8Array(total >> 1);
  const { before, after } = neighbours;
  for (let id = 0; id < table.size; id++) {
    const seed = firstOf[id] >> 1;
    if (firstOf[id] >= 0 && before[seed] >= 0 && after[before[seed]] === seed) continues[seed] = 1;
  }
  return { firsts, size: table.size, postings, continues };
}
