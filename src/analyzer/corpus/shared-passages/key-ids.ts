/**
 * Shingle ids: keys numbered in order of first appearance, and counted, in
 * an open-addressing table over typed arrays (not a `Map` keyed by large
 * floating-point numbers: see docs/performance.md).
 */
import { keySlot } from './shingle-keys.ts';

const EMPTY = -1;

/** Numbers keys (exact integers below 2^52) in order of first appearance, and counts them. */
export interface KeyIds {
  /** Keys numbered so far. */
  size: number;
  /** Per id: its key, and how many of the keys numbered had it (the arrays may be longer than `size`). */
  keys: Float64Array;
  counts: Int32Array;
  /** The id of `key`, numbering it if new. */
  idOf(key: number): number;
}

/**
 * An empty `KeyIds`: open addressing over a typed array of ids, growing as
 * keys arrive from `capacity` slots (a power of two) on.
 */
export function createKeyIds(capacity: number): KeyIds {
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
      let slot = keySlot(ids.keys[id], mask);
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
    let slot = keySlot(key, mask);
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
 * One call per article, for speed: see docs/performance.md.
 */
export function numberArticle(table: KeyIds, keys: Float64Array, own: Int32Array): void {
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
