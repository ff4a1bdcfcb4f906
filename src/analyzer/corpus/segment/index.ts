/**
 * Word segmentation. `createSegmenter(terms).cut(text)` gives the tokens of
 * `text`: joined, they give `text` back exactly (lone surrogates included).
 * nodejieba cuts, never across a line break; the user dictionary's terms
 * (`content/dict/party-terms.txt`, read by `config/word-lists.ts`) and runs
 * of Latin letters and digits come out as one token each (`glue.ts`). No
 * file IO. `isContentWord` tells the tokens that can be content words;
 * `tokens.ts` keeps a text's tokens with their offsets, and a number each.
 */
import nodejieba from 'nodejieba';
import { glueAlphanumeric, glueTermsInPlace, termGlue } from './glue.ts';
import { HAN } from '../../text/chars.ts';

/**
 * A segmenter that keeps `terms` whole.
 *
 * Terms are added with `nodejieba.insertWord(word, tag)`. nodejieba cannot
 * take a frequency there (every inserted word gets the dictionary's median
 * weight), so a `freq` in the file is ignored, and where jieba still prefers
 * common words (`单位|人` over `单位人`) the tokens are glued back afterwards.
 *
 * nodejieba's dictionary is process-global: every segmenter in one process
 * shares the inserted words, and a later `nodejieba.load()` would drop them.
 * That is acceptable here — the analyzer uses one dictionary per run — but
 * it means a segmenter created without a term may still keep it whole.
 *
 * Deterministic: the same text always gives the same tokens.
 *
 * @param terms user-dictionary entries (`parseTermList(...).terms`); `freq` and `line` are not used
 */
export function createSegmenter(terms: readonly { word: string; tag?: string }[]): Segmenter {
  const inserted = new Set<string>();
  for (const { word, tag } of terms) {
    if (word === '' || inserted.has(word)) continue;
    if (!nodejieba.insertWord(word, tag ?? 'x')) throw new Error(`nodejieba.insertWord rejected “${word}”`);
    inserted.add(word);
  }
  const glue = termGlue(inserted);
  return {
    cut: (text) => {
      const tokens = nodejieba.cut(text);
      // Only surrogates come back changed (see `reread`): a text without any
      // needs no token-by-token check, only its length (summed while gluing).
      if (SURROGATE.test(text)) reread(text, tokens);
      const glued = glueAlphanumeric(tokens);
      glued.length = glueTermsInPlace(text, glued, glue);
      return glued;
    },
  };
}

/** What `createSegmenter` returns. */
export interface Segmenter {
  /** Tokens of `text`; joined, they give back `text` exactly. */
  cut(text: string): string[];
}

/** A UTF-16 surrogate, paired or lone: the only code units nodejieba may hand back changed. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Gives `tokens` the characters of `text` they stand for, in place:
 * nodejieba hands back lone surrogates as U+FFFD (same length), so the
 * tokens are re-cut from `text` by length. (That their lengths add up to the
 * text's is checked once, while gluing.)
 */
function reread(text: string, tokens: string[]): void {
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!text.startsWith(token, at)) tokens[i] = text.slice(at, at + token.length);
    at += token.length;
  }
}

/** Content words are Chinese words: no single characters, numbers, Latin or punctuation. */
export function isContentWord(token: string): boolean {
  return Array.from(token).length >= 2 && HAN.test(token);
}
