/** The search's record of the runs it found, in integer-keyed typed arrays: a seed on a known run is not extended. */

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
