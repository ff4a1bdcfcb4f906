/**
 * Finding many literal patterns in a text in one pass. The codebook has a
 * few hundred terms; searching each with `indexOf` reads the text once per
 * term (and past the end of a short item to the end of the article). Here
 * the patterns form a trie of code units, walked from each position of the
 * text: many terms share their first characters (`党…`, `社区…`), and a
 * walk reads each following code unit once where comparing pattern by
 * pattern re-read the shared start of each.
 */

/**
 * Patterns prepared for `findPatterns`: a trie of code units in flat
 * arrays. Node `n`'s children are `kidUnit`/`kidNode[kidStart[n] ..
 * kidStart[n + 1])`, and the ids of the patterns ending there are
 * `termId[termStart[n] .. termStart[n + 1])`, ascending.
 */
export interface PatternMatcher {
  /** The patterns, by id (their index). */
  readonly patterns: readonly string[];
  /** First code unit → its node + 1 (0: no pattern starts with it). */
  readonly head: Uint32Array;
  readonly kidStart: Int32Array;
  readonly kidUnit: Int32Array;
  readonly kidNode: Int32Array;
  readonly termStart: Int32Array;
  readonly termId: Int32Array;
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

/** A trie node while the matcher is built. */
interface BuildNode {
  kids: Map<number, BuildNode>;
  ids: number[];
}

/** A matcher for `patterns` (empty patterns never match). */
export function createPatternMatcher(patterns: readonly string[]): PatternMatcher {
  const heads = new Map<number, BuildNode>();
  patterns.forEach((p, id) => {
    if (p === '') return;
    let level = heads;
    let node: BuildNode | undefined;
    for (let k = 0; k < p.length; k++) {
      const unit = p.charCodeAt(k);
      node = level.get(unit);
      if (node === undefined) level.set(unit, (node = { kids: new Map(), ids: [] }));
      level = node.kids;
    }
    node!.ids.push(id);
  });
  // Number the nodes breadth-first, so each node's children are consecutive.
  const order: BuildNode[] = [...heads.values()];
  for (let n = 0; n < order.length; n++) order.push(...order[n].kids.values());
  const number = new Map(order.map((node, n) => [node, n]));
  const head = new Uint32Array(0x10000);
  for (const [unit, node] of heads) head[unit] = number.get(node)! + 1;
  const kidStart = new Int32Array(order.length + 1);
  const termStart = new Int32Array(order.length + 1);
  const kidUnit: number[] = [];
  const kidNode: number[] = [];
  const termId: number[] = [];
  order.forEach((node, n) => {
    kidStart[n] = kidUnit.length;
    termStart[n] = termId.length;
    for (const [unit, kid] of node.kids) {
      kidUnit.push(unit);
      kidNode.push(number.get(kid)!);
    }
    termId.push(...node.ids);
  });
  kidStart[order.length] = kidUnit.length;
  termStart[order.length] = termId.length;
  return {
    patterns,
    head,
    kidStart,
    kidUnit: Int32Array.from(kidUnit),
    kidNode: Int32Array.from(kidNode),
    termStart,
    termId: Int32Array.from(termId),
  };
}

/** The child of trie node `node` for code unit `unit`, or -1. */
function childOf(matcher: PatternMatcher, node: number, unit: number): number {
  const { kidStart, kidUnit } = matcher;
  for (let c = kidStart[node]; c < kidStart[node + 1]; c++) if (kidUnit[c] === unit) return matcher.kidNode[c];
  return -1;
}

/** Growable parallel arrays of matches. */
class MatchList {
  at = new Int32Array(64);
  pattern = new Int32Array(64);
  count = 0;

  push(at: number, pattern: number): void {
    if (this.count === this.at.length) {
      const a2 = new Int32Array(this.count * 2);
      a2.set(this.at);
      this.at = a2;
      const p2 = new Int32Array(this.count * 2);
      p2.set(this.pattern);
      this.pattern = p2;
    }
    this.at[this.count] = at;
    this.pattern[this.count] = pattern;
    this.count++;
  }

  /** Sorts `pattern[from ..]` ascending (matches at one offset: a few, found shortest first). */
  sortPatternsFrom(from: number): void {
    const p = this.pattern;
    for (let i = from + 1; i < this.count; i++) {
      const v = p[i];
      let j = i - 1;
      for (; j >= from && p[j] > v; j--) p[j + 1] = p[j];
      p[j + 1] = v;
    }
  }
}

/**
 * All occurrences of the matcher's patterns in `text`, overlapping ones
 * included: for each pattern, the offsets `indexOf` would find one after
 * another. Sorted by offset, then pattern id.
 */
export function findPatterns(matcher: PatternMatcher, text: string): PatternMatches {
  const { head, termStart, termId } = matcher;
  const out = new MatchList();
  for (let i = 0; i < text.length; i++) {
    let node = head[text.charCodeAt(i)] - 1;
    if (node < 0) continue;
    const first = out.count;
    for (let k = i + 1; ; k++) {
      for (let t = termStart[node]; t < termStart[node + 1]; t++) out.push(i, termId[t]);
      if (k >= text.length) break;
      node = childOf(matcher, node, text.charCodeAt(k));
      if (node < 0) break;
    }
    if (out.count - first > 1) out.sortPatternsFrom(first);
  }
  return { at: out.at, pattern: out.pattern, count: out.count };
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
