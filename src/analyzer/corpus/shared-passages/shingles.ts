/**
 * Shingles for the duplicate finder: their hash keys, and two integer-keyed
 * tables — a shingle index with its postings in flat typed arrays, and the
 * ends of runs per (article, diagonal). Both replace `Map`s keyed by
 * large floating-point numbers, which cost a heap number and a generic hash
 * per look-up on millions of positions.
 */

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

const EMPTY = -1;
const P1 = 67108859;
const P2 = 67108837;
const INVERSE1 = 1 / P1;
const INVERSE2 = 1 / P2;
const B1 = 1048583;
const B2 = 2097169;
const TWO_26 = 67108864;

/**
 * `x mod m` (in `[0, m)`, also for negative `x`) for integers `|x| < 2^52`,
 * `0 < m < 2^26`: for `x >= 0` the same value as `x % m`, without the
 * floating-point remainder (a library call per use), and with a
 * multiplication by `inverse` (`1 / m`) for the division. The quotient's
 * rounding is off by at most one, which the two tests repair.
 */
export function mod(x: number, m: number, inverse = 1 / m): number {
  const r = x - Math.floor(x * inverse) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/**
 * Hash of the shingle (`k` consecutive characters) at each position
 * (`length - k + 1` of them), rolled in one pass: two polynomial hashes
 * modulo primes near 2^26, packed into one exact integer `h1 * 2^26 + h2`.
 * Written into the start of `into` when it is long enough (the index hashes
 * one article after another into one buffer).
 */
export function shingleKeys(chars: Int32Array, k: number, into?: Float64Array): Float64Array {
  const count = Math.max(0, chars.length - k + 1);
  const keys = into !== undefined && into.length >= count ? into.subarray(0, count) : new Float64Array(count);
  if (count === 0) return keys;
  // B^(k-1) mod P, to take the leaving character out of the rolling hash.
  let top1 = 1;
  let top2 = 1;
  for (let i = 1; i < k; i++) {
    top1 = mod(top1 * B1, P1, INVERSE1);
    top2 = mod(top2 * B2, P2, INVERSE2);
  }
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < k; i++) {
    h1 = mod(h1 * B1 + chars[i], P1, INVERSE1);
    h2 = mod(h2 * B2 + chars[i], P2, INVERSE2);
  }
  keys[0] = h1 * TWO_26 + h2;
  // Rolling on: h' = (h - out * B^(k-1)) * B + next = h * B - out * B^k + next (mod P), one
  // reduction per step. Magnitudes stay below 2^48: hashes and B^k mod P < 2^26, bases < 2^22,
  // characters < 2^21.
  const topB1 = mod(top1 * B1, P1, INVERSE1);
  const topB2 = mod(top2 * B2, P2, INVERSE2);
  for (let p = 1; p < count; p++) {
    const out = chars[p - 1];
    const next = chars[p + k - 1];
    h1 = mod(h1 * B1 - out * topB1 + next, P1, INVERSE1);
    h2 = mod(h2 * B2 - out * topB2 + next, P2, INVERSE2);
    keys[p] = h1 * TWO_26 + h2;
  }
  return keys;
}

/** Slot of a key of two 26-bit halves (`hi * 2^26 + lo`, as `shingleKeys` makes them). */
function slotOf(key: number, mask: number): number {
  const hi = Math.floor(key / TWO_26); // exact: a division by a power of two
  const lo = key - hi * TWO_26;
  return (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b) ^ (hi >>> 13)) & mask;
}

/** Numbers keys (exact integers below 2^52) in order of first appearance, and counts them. */
interface KeyIds {
  /** Keys numbered so far. */
  size: number;
  /** Per id: its key, and how many times `idOf` and `next` gave it (the arrays may be longer than `size`). */
  keys: Float64Array;
  counts: Int32Array;
  /** The id of `key`, numbering it if new. */
  idOf(key: number): number;
}

/**
 * An empty `KeyIds`: open addressing over a typed array of ids, growing as
 * keys arrive from `capacity` slots (a power of two) on.
 */
function createKeyIds(capacity: number): KeyIds {
  let slotIds = new Int32Array(capacity).fill(EMPTY);
  let mask = capacity - 1;
  const ids: KeyIds = {
    size: 0,
    keys: new Float64Array(capacity >> 1),
    counts: new Int32Array(capacity >> 1),
    idOf,
  };

  function grow() {
    capacity *= 2;
    mask = capacity - 1;
    slotIds = new Int32Array(capacity).fill(EMPTY);
    for (let id = 0; id < ids.size; id++) {
      let slot = slotOf(ids.keys[id], mask);
      while (slotIds[slot] !== EMPTY) slot = (slot + 1) & mask;
      slotIds[slot] = id;
    }
    const keys = new Float64Array(capacity >> 1);
    keys.set(ids.keys);
    ids.keys = keys;
    const counts = new Int32Array(capacity >> 1);
    counts.set(ids.counts);
    ids.counts = counts;
  }

  function idOf(key: number): number {
    let slot = slotOf(key, mask);
    let id = slotIds[slot];
    while (id !== EMPTY && ids.keys[id] !== key) {
      slot = (slot + 1) & mask;
      id = slotIds[slot];
    }
    if (id !== EMPTY) return id;
    id = ids.size++;
    slotIds[slot] = id;
    ids.keys[id] = key;
    if (ids.size * 2 >= capacity) grow();
    return id;
  }
  return ids;
}

/**
 * Writes the id of each of an article's shingle `keys` to `own` (equal
 * keys, equal ids; numbered in order of first appearance), counting them.
 * One call per article, so that the loop is compiled as a function, not
 * entered and left again on the stack once per article.
 */
function numberArticle(table: KeyIds, keys: Float64Array, own: Int32Array): void {
  let id = -1;
  // The table's arrays, read again only after `idOf`, which may grow them.
  let { keys: known, counts } = table;
  for (let p = 0; p < keys.length; p++) {
    const key = keys[p];
    // A shingle mostly follows the same one as where its text was first seen, whose id was numbered next.
    id++;
    if (id >= table.size || known[id] !== key) {
      id = table.idOf(key);
      ({ keys: known, counts } = table);
    }
    own[p] = id;
    counts[id]++;
  }
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
 * shingles, files its postings, and notes the seeds' neighbours.
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
  // Room for as many keys as there are shingles, up to 2^16 (the table grows beyond): a small corpus
  // is numbered without growing the table step by step, and a larger one starts from a table that
  // still fits the processor's cache (most of its shingles recur).
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

/**
 * Where the runs the search found start and end, per (article, diagonal),
 * while it visits the current article's positions in increasing order.
 */
export interface RunEnds {
  /** The end last set for (`b`, `diag`) if it lies after position `p`, else -1. */
  endAfter(b: number, diag: number, p: number): number;
  /** The start set with the end for (`b`, `diag`), when `endAfter` just gave that end. */
  startOf(b: number, diag: number): number;
  /** Sets the start and end for (`b`, `diag`) at position `p`, no earlier than any position asked about before. */
  set(b: number, diag: number, start: number, end: number, p: number): void;
  /** Forgets every end (the search moves to another article). */
  clear(): void;
}

/**
 * An empty `RunEnds` (`b` a small non-negative integer, `diag` a 32-bit
 * integer). The end last set for each `b` is kept in arrays indexed by `b`:
 * a run's seeds come one after another on the same diagonal, so most
 * questions are answered there. A cell moves to a hash table only when
 * another diagonal of its `b` replaces it there while its end is still
 * ahead (an end the search has passed covers nothing any more), which is
 * rare: most searches never hash.
 */
export function createRunEnds(): RunEnds {
  let capacity = 256;
  let mask = capacity - 1;
  let bs = new Int32Array(capacity);
  let diags = new Int32Array(capacity);
  let ends = new Float64Array(capacity);
  let starts = new Int32Array(capacity);
  let full = new Uint8Array(capacity);
  let used: number[] = [];
  // Per b: the diagonal, start and end of its last set cell, valid while `recentIn[b] === generation`.
  let recentDiag = new Int32Array(64);
  let recentStart = new Int32Array(64);
  let recentEnd = new Float64Array(64);
  let recentIn = new Uint32Array(64);
  let generation = 1;

  const slotOfCell = (b: number, diag: number) => (Math.imul(b, 0x9e3779b1) ^ Math.imul(diag, 0x85ebca6b)) & mask;
  const find = (b: number, diag: number) => {
    let slot = slotOfCell(b, diag);
    while (full[slot] === 1 && (bs[slot] !== b || diags[slot] !== diag)) slot = (slot + 1) & mask;
    return slot;
  };
  const grow = () => {
    const old = { bs, diags, starts, ends, used };
    capacity *= 2;
    mask = capacity - 1;
    bs = new Int32Array(capacity);
    diags = new Int32Array(capacity);
    starts = new Int32Array(capacity);
    ends = new Float64Array(capacity);
    full = new Uint8Array(capacity);
    used = [];
    for (const s of old.used) store(old.bs[s], old.diags[s], old.starts[s], old.ends[s]);
  };
  const store = (b: number, diag: number, start: number, end: number) => {
    let slot = find(b, diag);
    if (full[slot] === 0) {
      if ((used.length + 1) * 2 > capacity) {
        grow();
        slot = find(b, diag);
      }
      full[slot] = 1;
      bs[slot] = b;
      diags[slot] = diag;
      used.push(slot);
    }
    starts[slot] = start;
    ends[slot] = end;
  };
  const growRecent = (b: number) => {
    let size = recentIn.length;
    while (size <= b) size *= 2;
    const d = new Int32Array(size);
    const s0 = new Int32Array(size);
    const v = new Float64Array(size);
    const g = new Uint32Array(size);
    d.set(recentDiag);
    s0.set(recentStart);
    v.set(recentEnd);
    g.set(recentIn);
    [recentDiag, recentStart, recentEnd, recentIn] = [d, s0, v, g];
  };

  return {
    endAfter(b, diag, p) {
      let end = -1;
      if (b < recentIn.length && recentIn[b] === generation && recentDiag[b] === diag) end = recentEnd[b];
      else if (used.length > 0) {
        const slot = find(b, diag);
        if (full[slot] === 1) end = ends[slot];
      }
      return end > p ? end : -1;
    },
    startOf(b, diag) {
      if (b < recentIn.length && recentIn[b] === generation && recentDiag[b] === diag) return recentStart[b];
      return starts[find(b, diag)];
    },
    set(b, diag, start, end, p) {
      if (b >= recentIn.length) growRecent(b);
      if (recentIn[b] === generation && recentDiag[b] !== diag && recentEnd[b] > p)
        store(b, recentDiag[b], recentStart[b], recentEnd[b]);
      recentIn[b] = generation;
      recentDiag[b] = diag;
      recentStart[b] = start;
      recentEnd[b] = end;
    },
    clear() {
      for (const s of used) full[s] = 0;
      used = [];
      generation++;
    },
  };
}
