/**
 * Shingles for the duplicate finder: their hash keys, and two integer-keyed
 * tables — a shingle index with its postings in flat typed arrays, and a
 * small (article, diagonal) → number table. Both replace `Map`s keyed by
 * large floating-point numbers, which cost a heap number and a generic hash
 * per look-up on millions of positions.
 */

/** Postings of every shingle, in flat arrays: shingle `s` owns `[offsets[s], offsets[s + 1])` of `articles`/`positions`. */
export interface ShingleIndex {
  /** Shingle id of each position of each article (`ids[article][position]`). */
  ids: Int32Array[];
  /** Distinct shingles. */
  size: number;
  /** Start of each shingle's postings; length `size + 1`. */
  offsets: Int32Array;
  /** Article of each posting, in (article, position) order within a shingle. */
  articles: Int32Array;
  /** Position of each posting. */
  positions: Int32Array;
}

const EMPTY = -1;
const P1 = 67108859;
const P2 = 67108837;
const B1 = 1048583;
const B2 = 2097169;
const TWO_26 = 67108864;

/**
 * `x mod m` (in `[0, m)`, also for negative `x`) for integers `|x| < 2^52`,
 * `0 < m < 2^26`: for `x >= 0` the same value as `x % m`, without the
 * floating-point remainder (a library call per use). The quotient's
 * rounding is off by at most one, which the two tests repair.
 */
export function mod(x: number, m: number): number {
  const r = x - Math.floor(x / m) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/**
 * Hash of the shingle (`k` consecutive characters) at each position
 * (`length - k + 1` of them), rolled in one pass: two polynomial hashes
 * modulo primes near 2^26, packed into one exact integer `h1 * 2^26 + h2`.
 */
export function shingleKeys(chars: Uint32Array, k: number): Float64Array {
  const count = Math.max(0, chars.length - k + 1);
  const keys = new Float64Array(count);
  if (count === 0) return keys;
  // B^(k-1) mod P, to take the leaving character out of the rolling hash.
  let top1 = 1;
  let top2 = 1;
  for (let i = 1; i < k; i++) {
    top1 = mod(top1 * B1, P1);
    top2 = mod(top2 * B2, P2);
  }
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < k; i++) {
    h1 = mod(h1 * B1 + chars[i], P1);
    h2 = mod(h2 * B2 + chars[i], P2);
  }
  keys[0] = h1 * TWO_26 + h2;
  // Rolling on: h' = (h - out * B^(k-1)) * B + next = h * B - out * B^k + next (mod P), one
  // reduction per step. Magnitudes stay below 2^48: hashes and B^k mod P < 2^26, bases < 2^22,
  // characters < 2^21.
  const topB1 = mod(top1 * B1, P1);
  const topB2 = mod(top2 * B2, P2);
  for (let p = 1; p < count; p++) {
    const out = chars[p - 1];
    const next = chars[p + k - 1];
    h1 = mod(h1 * B1 - out * topB1 + next, P1);
    h2 = mod(h2 * B2 - out * topB2 + next, P2);
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

/**
 * The index of the shingles of several articles, given their keys (exact
 * integers below 2^52): equal keys get one id, numbered in order of first
 * appearance; the postings of each key list its (article, position) pairs in
 * input order — the same order a `Map<number, number[]>` filled by pushing
 * would hold. Open addressing over typed arrays, growing as keys arrive.
 */
export function buildShingleIndex(keys: readonly Float64Array[]): ShingleIndex {
  let capacity = 1024;
  let slotKeys = new Float64Array(capacity);
  let slotIds = new Int32Array(capacity).fill(EMPTY);
  let mask = capacity - 1;
  let size = 0;
  let counts = new Int32Array(1024);
  const ids: Int32Array[] = [];

  const grow = () => {
    const oldKeys = slotKeys;
    const oldIds = slotIds;
    capacity *= 2;
    mask = capacity - 1;
    slotKeys = new Float64Array(capacity);
    slotIds = new Int32Array(capacity).fill(EMPTY);
    for (let s = 0; s < oldIds.length; s++) {
      if (oldIds[s] === EMPTY) continue;
      let slot = slotOf(oldKeys[s], mask);
      while (slotIds[slot] !== EMPTY) slot = (slot + 1) & mask;
      slotKeys[slot] = oldKeys[s];
      slotIds[slot] = oldIds[s];
    }
  };

  for (const ks of keys) {
    const own = new Int32Array(ks.length);
    for (let p = 0; p < ks.length; p++) {
      const key = ks[p];
      let slot = slotOf(key, mask);
      let id = slotIds[slot];
      while (id !== EMPTY && slotKeys[slot] !== key) {
        slot = (slot + 1) & mask;
        id = slotIds[slot];
      }
      if (id === EMPTY) {
        id = size++;
        slotKeys[slot] = key;
        slotIds[slot] = id;
        if (id >= counts.length) {
          const more = new Int32Array(counts.length * 2);
          more.set(counts);
          counts = more;
        }
        if (size * 2 > capacity) grow();
      }
      own[p] = id;
      counts[id]++;
    }
    ids.push(own);
  }

  const offsets = new Int32Array(size + 1);
  for (let s = 0; s < size; s++) offsets[s + 1] = offsets[s] + counts[s];
  const total = offsets[size];
  const articles = new Int32Array(total);
  const positions = new Int32Array(total);
  const cursor = offsets.slice(0, size);
  for (let a = 0; a < ids.length; a++) {
    const own = ids[a];
    for (let p = 0; p < own.length; p++) {
      const at = cursor[own[p]]++;
      articles[at] = a;
      positions[at] = p;
    }
  }
  return { ids, size, offsets, articles, positions };
}

/**
 * A table from (article, diagonal) to a number, for the cells one article's
 * search touches; `clear` empties it in time proportional to what was set.
 */
export interface CellTable {
  /** The value of the cell, or `missing`. */
  get(b: number, diag: number, missing: number): number;
  set(b: number, diag: number, value: number): void;
  clear(): void;
}

/**
 * An empty `CellTable` (`b` a small non-negative integer, `diag` a 32-bit
 * integer). The cell last set for each `b` is also kept in arrays indexed
 * by `b`: a run's seeds come one after another on the same diagonal, so most
 * look-ups are answered there without hashing.
 */
export function createCellTable(): CellTable {
  let capacity = 256;
  let mask = capacity - 1;
  let bs = new Int32Array(capacity);
  let diags = new Int32Array(capacity);
  let values = new Float64Array(capacity);
  let full = new Uint8Array(capacity);
  let used: number[] = [];
  // Per b: the diagonal and value of its last set cell, valid while `recentIn[b] === generation`.
  let recentDiag = new Int32Array(64);
  let recentValue = new Float64Array(64);
  let recentIn = new Uint32Array(64);
  let generation = 1;

  const slotOfCell = (b: number, diag: number) => (Math.imul(b, 0x9e3779b1) ^ Math.imul(diag, 0x85ebca6b)) & mask;
  const find = (b: number, diag: number) => {
    let slot = slotOfCell(b, diag);
    while (full[slot] === 1 && (bs[slot] !== b || diags[slot] !== diag)) slot = (slot + 1) & mask;
    return slot;
  };
  const grow = () => {
    const old = { bs, diags, values, used };
    capacity *= 2;
    mask = capacity - 1;
    bs = new Int32Array(capacity);
    diags = new Int32Array(capacity);
    values = new Float64Array(capacity);
    full = new Uint8Array(capacity);
    used = [];
    for (const s of old.used) {
      const slot = find(old.bs[s], old.diags[s]);
      full[slot] = 1;
      bs[slot] = old.bs[s];
      diags[slot] = old.diags[s];
      values[slot] = old.values[s];
      used.push(slot);
    }
  };
  const growRecent = (b: number) => {
    let size = recentIn.length;
    while (size <= b) size *= 2;
    const d = new Int32Array(size);
    const v = new Float64Array(size);
    const g = new Uint32Array(size);
    d.set(recentDiag);
    v.set(recentValue);
    g.set(recentIn);
    [recentDiag, recentValue, recentIn] = [d, v, g];
  };

  return {
    get(b, diag, missing) {
      if (b < recentIn.length && recentIn[b] === generation && recentDiag[b] === diag) return recentValue[b];
      const slot = find(b, diag);
      return full[slot] === 1 ? values[slot] : missing;
    },
    set(b, diag, value) {
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
      values[slot] = value;
      if (b >= recentIn.length) growRecent(b);
      recentIn[b] = generation;
      recentDiag[b] = diag;
      recentValue[b] = value;
    },
    clear() {
      for (const s of used) full[s] = 0;
      used = [];
      generation++;
    },
  };
}
