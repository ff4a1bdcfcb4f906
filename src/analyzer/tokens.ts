import type { Span } from './types.ts';

/** A token of segmented text and where it starts. */
export interface Token {
  word: string;
  start: number;
}

/**
 * Cut a text once and keep each token's offset, so every stage that needs
 * the words of a part (an item, its title, the body) slices them instead of
 * segmenting the same characters again.
 */
export function tokenize(text: string, cut: (text: string) => string[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of cut(text)) {
    out.push({ word, start: at });
    at += word.length;
  }
  return out;
}

/** Words of the tokens lying wholly inside `span` that `keep` accepts, in order. */
export function wordsIn(tokens: readonly Token[], span: Span, keep: (word: string) => boolean): string[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start + t.word.length > span.end) break;
    if (keep(t.word)) out.push(t.word);
  }
  return out;
}

/**
 * A bitmask for each token, from `kindOf` asked once per distinct word: the
 * stages that pick words (links, keywords) walk the same tokens many times,
 * and testing a flag is cheaper than re-running their word tests.
 */
export function tokenKinds(tokens: readonly Token[], kindOf: (word: string) => number): Uint8Array {
  const kinds = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) kinds[i] = kindOf(tokens[i].word);
  return kinds;
}

/** `wordsIn(tokens, span, keep)` where `keep` accepts the tokens whose `kinds` have every bit of `mask`. */
export function wordsOfKind(tokens: readonly Token[], kinds: Uint8Array, span: Span, mask: number): string[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start + t.word.length > span.end) break;
    if ((kinds[i] & mask) === mask) out.push(t.word);
  }
  return out;
}
