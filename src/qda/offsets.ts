/**
 * Offsets in Unicode code points (what REFI-QDA's startPosition/endPosition
 * count) and back to UTF-16 code units (what JavaScript strings index): an
 * astral-plane character such as 𠀀 is one code point but two code units.
 */
export interface CodePointIndex {
  /** Code-point offset of UTF-16 offset `at`. */
  toCodePoint(at: number): number;
  /** UTF-16 offset of code-point offset `cp`; undefined past the end. */
  toUtf16(cp: number): number | undefined;
  /** Length of the text in code points. */
  length: number;
}

/** An index over `text`'s surrogate pairs (found once; each conversion is a binary search). */
export function codePointIndex(text: string): CodePointIndex {
  const pairs: number[] = []; // UTF-16 offsets of the high surrogate of each pair
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  // Pairs whose high surrogate lies before `limit` (by `key`).
  const before = (limit: number, key: (k: number) => number) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(mid) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const length = text.length - pairs.length;
  return {
    length,
    toCodePoint: (at) => at - before(at - 1, (k) => pairs[k]),
    toUtf16: (cp) => (cp < 0 || cp > length ? undefined : cp + before(cp, (k) => pairs[k] - k)),
  };
}
