/** Index of the first of `sorted[0, count)` that is ≥ `x` (`count` when none is). */
export function firstAtLeast(sorted: ArrayLike<number>, x: number, count = sorted.length): number {
  let lo = 0;
  for (let hi = count; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of `sorted[0, count)` that is > `x` (`count` when none is). */
export function firstAbove(sorted: ArrayLike<number>, x: number, count = sorted.length): number {
  let lo = 0;
  for (let hi = count; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last of `sorted[0, count)` that is ≤ `x`, or 0 when none is (the first holds from the start). */
export function lastAtMost(sorted: ArrayLike<number>, x: number, count = sorted.length): number {
  return Math.max(0, firstAbove(sorted, x, count) - 1);
}
