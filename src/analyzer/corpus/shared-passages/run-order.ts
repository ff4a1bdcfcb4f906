/** The order the keep rule weighs runs in, and a stable merge sort of run indices by it. */
import type { RunList } from './runs.ts';

/** Whether run `a` comes before run `b`: the longer first, then the earlier start, partner and diagonal. */
export function precedes(runs: RunList, a: number, b: number): boolean {
  const longer = runs.end[a] - runs.start[a] - (runs.end[b] - runs.start[b]);
  if (longer !== 0) return longer > 0;
  if (runs.start[a] !== runs.start[b]) return runs.start[a] < runs.start[b];
  if (runs.partner[a] !== runs.partner[b]) return runs.partner[a] < runs.partner[b];
  return runs.diag[a] < runs.diag[b];
}

/**
 * `order[0, count)` (indices of runs) sorted by `precedes`, stably, in
 * `order` or `spare` (the one returned). A merge sort that calls `precedes`
 * directly: the built-in sort would call a comparator a million times at
 * 1,000 articles.
 */
export function sortRuns(runs: RunList, order: Int32Array, spare: Int32Array, count: number): Int32Array {
  // Blocks of 8 sorted by insertion, then merged in rounds of doubling width between the two arrays.
  const BLOCK = 8;
  for (let lo = 0; lo < count; lo += BLOCK) {
    for (let i = lo + 1; i < Math.min(lo + BLOCK, count); i++) {
      const r = order[i];
      let j = i;
      for (; j > lo && precedes(runs, r, order[j - 1]); j--) order[j] = order[j - 1];
      order[j] = r;
    }
  }
  let from = order;
  let to = spare;
  for (let width = BLOCK; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = Math.min(lo + width, count);
      const hi = Math.min(lo + 2 * width, count);
      let i = lo;
      let j = mid;
      for (let out = lo; out < hi; out++) {
        to[out] = j < hi && (i >= mid || precedes(runs, from[j], from[i])) ? from[j++] : from[i++];
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
