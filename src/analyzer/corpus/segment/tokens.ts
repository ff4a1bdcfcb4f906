/**
 * A segmented text's tokens with their offsets (`tokenize`), the tokens of a
 * span of it, and a number per token from a table asked once per word
 * (`entryTable`) for the stages that pick words many times.
 */
import { firstAtLeast } from '../../text/bisect.ts';
import { CodeUnitTrie } from '../../text/trie.ts';
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

/** Entries of the tokens of texts, each distinct word asked of `entryOf` once (see `entryTable`). */
export type EntryTable = (text: string, tokens: Tokens) => Int32Array;

/**
 * A number for each token of `text` (as `tokenize` cut it), from `entryOf`
 * asked once per distinct word of every text given: the stages that pick
 * words (links, keywords) walk the same tokens many times, and reading a
 * number is cheaper than re-running their word tests. A word is found by
 * walking a code-unit trie along `text`, never hashed as a string of its own.
 */
export function entryTable(entryOf: (word: string) => number): EntryTable {
  const trie = new CodeUnitTrie();
  return (text, tokens) => {
    const { words, starts } = tokens;
    const entries = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const start = starts[i];
      const end = i + 1 < words.length ? starts[i + 1] : start + words[i].length;
      const node = trie.nodeOf(text, start, end);
      let entry = trie.values[node];
      if (entry === -1) trie.values[node] = entry = entryOf(words[i]);
      entries[i] = entry;
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
  for (let i = firstAtLeast(starts, span.start); i < words.length; i++) {
    if (starts[i] + words[i].length > span.end) break;
    if ((entries[i] & mask) === mask) into.push(entries[i] >>> 2);
  }
  return into;
}
