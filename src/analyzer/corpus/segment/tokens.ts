import type { Span } from '../../types.ts';

/** The tokens of a segmented text: each word and where it starts (parallel arrays, no object per token). */
export interface Tokens {
  words: string[];
  starts: Int32Array;
}

/**
 * Cut a text once and keep each token's offset, so every stage that needs
 * the words of a part (an item, its title, the body) slices them instead of
 * segmenting the same characters again.
 *
 * @param within only this part of `text` is cut (offsets stay `text`'s); a
 *   part that starts and ends at line breaks gives the tokens cutting the
 *   whole text would, when `cut` treats a line break as a boundary, as
 *   nodejieba does
 */
export function tokenize(text: string, cut: (text: string) => string[], within?: Span): Tokens {
  const from = within?.start ?? 0;
  const words = cut(within ? text.slice(from, within.end) : text);
  const starts = new Int32Array(words.length);
  let at = from;
  for (let i = 0; i < words.length; i++) {
    starts[i] = at;
    at += words[i].length;
  }
  return { words, starts };
}

/**
 * `span` widened to whole lines of `text`: from just after the line break
 * before it to just before the one after it (or the text's ends).
 */
export function linesAround(text: string, span: Span): Span {
  const start = span.start === 0 ? 0 : text.lastIndexOf('\n', span.start - 1) + 1;
  const end = text.indexOf('\n', span.end);
  return { start, end: end === -1 ? text.length : end };
}

/** Index of the first token starting at or after `offset`. */
function firstFrom(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of the tokens lying wholly inside `span` that `keep` accepts, in order. */
export function wordsIn(tokens: Tokens, span: Span, keep: (word: string) => boolean): string[] {
  const out: string[] = [];
  const { words, starts } = tokens;
  for (let i = firstFrom(tokens, span.start); i < words.length; i++) {
    if (starts[i] + words[i].length > span.end) break;
    if (keep(words[i])) out.push(words[i]);
  }
  return out;
}

/** Entries of the tokens of texts, each distinct word asked of `entryOf` once (see `entryTable`). */
export type EntryTable = (text: string, tokens: Tokens) => Int32Array;

/**
 * A number for each token of `text` (as `tokenize` cut it), from `entryOf`
 * asked once per distinct word of every text given: the stages that pick
 * words (links, keywords) walk the same tokens many times, and reading a
 * number is cheaper than re-running their word tests. A word is
 * found by walking a code-unit trie along `text` itself: the characters are
 * read in order from one string, never hashed as a token string of its own
 * (a string-keyed map was the costliest step per token).
 */
export function entryTable(entryOf: (word: string) => number): EntryTable {
  // The trie's edges in an open-addressing table: (parent node, code unit) → child node.
  let capacity = 1 << 12;
  let parents = new Int32Array(capacity).fill(-1);
  let units = new Int32Array(capacity);
  let children = new Int32Array(capacity);
  let edges = 0;
  // Per node (0 is the root): its word's entry plus one, 0 while not yet asked.
  let known = new Int32Array(1 << 12);
  // The same for words of one code unit, by that unit.
  const single = new Int32Array(0x10000);

  const slotOf = (parent: number, unit: number, mask: number) =>
    ((Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 0) & mask;
  const grow = () => {
    const old = { parents, units, children };
    capacity *= 2;
    parents = new Int32Array(capacity).fill(-1);
    units = new Int32Array(capacity);
    children = new Int32Array(capacity);
    for (let s = 0; s < old.parents.length; s++) {
      if (old.parents[s] === -1) continue;
      let slot = slotOf(old.parents[s], old.units[s], capacity - 1);
      while (parents[slot] !== -1) slot = (slot + 1) & (capacity - 1);
      parents[slot] = old.parents[s];
      units[slot] = old.units[s];
      children[slot] = old.children[s];
    }
  };
  /** The child of `node` along `unit`, made when missing. */
  const step = (node: number, unit: number): number => {
    const mask = capacity - 1;
    let slot = slotOf(node, unit, mask);
    for (let p = parents[slot]; p !== -1; p = parents[slot]) {
      if (p === node && units[slot] === unit) return children[slot];
      slot = (slot + 1) & mask;
    }
    return addEdge(node, unit, slot);
  };
  /** A new child of `node` along `unit`, in the free `slot` (apart from `step`, which stays small enough to inline). */
  const addEdge = (node: number, unit: number, slot: number): number => {
    const child = ++edges;
    parents[slot] = node;
    units[slot] = unit;
    children[slot] = child;
    if (child >= known.length) {
      const more = new Int32Array(known.length * 2);
      more.set(known);
      known = more;
    }
    if (edges * 2 > capacity) grow();
    return child;
  };

  return (text, tokens) => {
    const { words, starts } = tokens;
    const entries = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const start = starts[i];
      const end = i + 1 < words.length ? starts[i + 1] : start + words[i].length;
      let entry: number;
      if (end - start === 1) {
        // Half the tokens are one code unit: a direct table, no trie step.
        const unit = text.charCodeAt(start);
        entry = single[unit];
        if (entry === 0) single[unit] = entry = entryOf(words[i]) + 1;
      } else {
        let node = 0;
        for (let k = start; k < end; k++) node = step(node, text.charCodeAt(k));
        entry = known[node];
        if (entry === 0) known[node] = entry = entryOf(words[i]) + 1;
      }
      entries[i] = entry - 1;
    }
    return entries;
  };
}

/**
 * `entries[i] >>> 2` of the tokens lying wholly inside `span` whose `entries`
 * have every bit of `mask` (bits 0-1 being kinds, the rest a number), in
 * order, added to `into`.
 */
export function entryNumbersIn(
  tokens: Tokens,
  entries: Int32Array,
  span: Span,
  mask: number,
  into: number[],
): number[] {
  const { words, starts } = tokens;
  for (let i = firstFrom(tokens, span.start); i < words.length; i++) {
    if (starts[i] + words[i].length > span.end) break;
    if ((entries[i] & mask) === mask) into.push(entries[i] >>> 2);
  }
  return into;
}
