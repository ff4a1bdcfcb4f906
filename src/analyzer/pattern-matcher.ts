/**
 * Finding many literal patterns in a text in one pass. The codebook has a
 * few hundred terms; searching each with `indexOf` reads the text once per
 * term (and past the end of a short item to the end of the article). Here
 * each position is looked up once in a table of the patterns starting with
 * its character, and only those are compared.
 */

/** Patterns prepared for `findPatterns`. */
export interface PatternMatcher {
  /** The patterns, by id (their index). */
  readonly patterns: readonly string[];
  /** First code unit → index into `buckets` + 1 (0: no pattern starts with it). */
  readonly head: Uint32Array;
  /** Pattern ids by first code unit, in id order. */
  readonly buckets: readonly Int32Array[];
  /**
   * Per bucket, each pattern's second code unit (-1 for a one-unit pattern):
   * a pattern whose second unit differs is passed over without comparing
   * it (many terms share a first character, `党…`, `社区…`).
   */
  readonly seconds: readonly Int32Array[];
}

/** Every occurrence of every pattern: parallel arrays sorted by offset, then pattern id. */
export interface PatternMatches {
  /** Offset (UTF-16 code units) where each occurrence starts. */
  at: Int32Array;
  /** Pattern id of each occurrence. */
  pattern: Int32Array;
  /** Number of occurrences (the arrays may be longer). */
  count: number;
}

/** A matcher for `patterns` (empty patterns never match). */
export function createPatternMatcher(patterns: readonly string[]): PatternMatcher {
  const byFirst = new Map<number, number[]>();
  patterns.forEach((p, id) => {
    if (p === '') return;
    const first = p.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(id);
    else byFirst.set(first, [id]);
  });
  const head = new Uint32Array(0x10000);
  const buckets: Int32Array[] = [];
  const seconds: Int32Array[] = [];
  for (const [first, ids] of byFirst) {
    const bucket = Int32Array.from(ids.sort((a, b) => a - b));
    buckets.push(bucket);
    seconds.push(bucket.map((id) => (patterns[id].length > 1 ? patterns[id].charCodeAt(1) : -1)));
    head[first] = buckets.length;
  }
  return { patterns, head, buckets, seconds };
}

/**
 * All occurrences of the matcher's patterns in `text`, overlapping ones
 * included: for each pattern, the offsets `indexOf` would find one after
 * another. Sorted by offset, then pattern id.
 */
export function findPatterns(matcher: PatternMatcher, text: string): PatternMatches {
  const { head, buckets, seconds, patterns } = matcher;
  let at = new Int32Array(64);
  let pattern = new Int32Array(64);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const b = head[text.charCodeAt(i)];
    if (b === 0) continue;
    const ids = buckets[b - 1];
    const second = seconds[b - 1];
    // Past the end (-2) only a one-unit pattern can match.
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -2;
    for (let j = 0; j < ids.length; j++) {
      const s2 = second[j];
      if (s2 !== -1 && s2 !== next) continue;
      const id = ids[j];
      if (s2 !== -1 && !text.startsWith(patterns[id], i)) continue;
      if (count === at.length) {
        const a2 = new Int32Array(count * 2);
        a2.set(at);
        at = a2;
        const p2 = new Int32Array(count * 2);
        p2.set(pattern);
        pattern = p2;
      }
      at[count] = i;
      pattern[count] = id;
      count++;
    }
  }
  return { at, pattern, count };
}

/** Index of the first match at or after `offset` (`count` when none). */
export function firstMatchFrom(matches: PatternMatches, offset: number): number {
  let lo = 0;
  let hi = matches.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches.at[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
