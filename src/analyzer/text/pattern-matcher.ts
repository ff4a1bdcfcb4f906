/**
 * Finding many literal patterns (the codebook's few hundred terms) in a text
 * in one pass: the patterns' code-unit trie is walked from each position,
 * where an `indexOf` per pattern read the text once per pattern.
 */
import { CodeUnitTrie } from './trie.ts';

/** Patterns prepared for `findPatterns`. */
export interface PatternMatcher {
  /** The patterns, by id (their index). */
  readonly patterns: readonly string[];
  /** The patterns' trie; a node's value is the lowest id of the pattern ending there. */
  readonly trie: CodeUnitTrie;
  /** The next id of the same pattern, ascending (-1: none). */
  readonly sameAs: Int32Array;
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
  const trie = new CodeUnitTrie();
  const sameAs = new Int32Array(patterns.length).fill(-1);
  const last = new Map<number, number>();
  patterns.forEach((p, id) => {
    if (p === '') return;
    const node = trie.nodeOf(p, 0, p.length);
    const before = last.get(node);
    if (before === undefined) trie.values[node] = id;
    else sameAs[before] = id;
    last.set(node, id);
  });
  return { patterns, trie, sameAs };
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
  const { trie, sameAs } = matcher;
  const { first, values } = trie;
  const out = new MatchList();
  for (let i = 0; i < text.length; i++) {
    let node = first[text.charCodeAt(i)];
    if (node === 0) continue;
    const from = out.count;
    for (let k = i + 1; ; k++) {
      for (let id = values[node]; id !== -1; id = sameAs[id]) out.push(i, id);
      if (k >= text.length) break;
      node = trie.child(node, text.charCodeAt(k));
      if (node === 0) break;
    }
    if (out.count - from > 1) out.sortPatternsFrom(from);
  }
  return { at: out.at, pattern: out.pattern, count: out.count };
}
