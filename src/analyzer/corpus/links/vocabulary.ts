import { grown, growCounter, type TermCounter, termCounter } from '../vectors.ts';

/**
 * The words links read, numbered by the caller (word `n` is `words[n]`; the
 * list may grow between articles), and what links learn about them: each
 * word's features, and scratch arrays by feature number. One per analysis,
 * so that the words of every item of every article are numbers, not strings
 * to hash again, and vectors index arrays. Word `n` is feature `2n`; the
 * two-character parts of words are numbered apart, part `m` being feature
 * `2m + 1`, by their two code units (no string made or hashed per part).
 */
export interface LinkVocabulary {
  words: readonly string[];
  /** Per word number: its feature numbers, once asked for. */
  featuresOfWord: (Int32Array | undefined)[];
  /** Part numbers by the part's code units (`first << 16 | second`). */
  partNumbers: Map<number, number>;
  /** Counts and document frequencies by feature (an article's items are the documents). */
  counter: TermCounter;
  /** Per feature: the weight of the vector last spread out, valid when `owner` holds that spread's stamp. */
  spread: Float64Array;
  owner: Int32Array;
  /** Vectors spread out (the stamp). */
  spreads: number;
}

/** A vocabulary for `linkArticle` over the caller's numbered `words` (read as they grow). */
export function linkVocabulary(words: readonly string[]): LinkVocabulary {
  const size = 1024;
  return {
    words,
    featuresOfWord: [],
    partNumbers: new Map(),
    counter: termCounter(size),
    spread: new Float64Array(size),
    owner: new Int32Array(size),
    spreads: 0,
  };
}

/**
 * Feature numbers of word `n`: the word, and its two-character parts when it
 * is longer, so that `干部队伍建设` still meets `队伍` (the domain dictionary
 * keeps compounds whole, which would otherwise hide what they share).
 * Computed once per word of the vocabulary.
 */
export function featuresOf(vocabulary: LinkVocabulary, n: number): Int32Array {
  let out = vocabulary.featuresOfWord[n];
  if (out === undefined) {
    const word = vocabulary.words[n];
    const parts = word.length > 2 ? word.length - 1 : 0;
    out = new Int32Array(1 + parts);
    out[0] = 2 * n;
    let largest = out[0];
    for (let i = 0; i < parts; i++) {
      const units = (word.charCodeAt(i) << 16) | word.charCodeAt(i + 1);
      let m = vocabulary.partNumbers.get(units);
      if (m === undefined) vocabulary.partNumbers.set(units, (m = vocabulary.partNumbers.size));
      out[i + 1] = 2 * m + 1;
      largest = Math.max(largest, out[i + 1]);
    }
    if (vocabulary.spread.length <= largest) grow(vocabulary, 2 ** Math.ceil(Math.log2(largest + 1)));
    vocabulary.featuresOfWord[n] = out;
  }
  return out;
}

/** Whether feature `id` is a word, not a part of one (parts are kept out of evidence). */
export const isWord = (id: number) => (id & 1) === 0;

/** The word feature `id` is (when `isWord`). */
export const wordOf = (v: LinkVocabulary, id: number) => v.words[id >> 1];

/** Per-feature arrays grown to `size` slots, their contents kept. */
function grow(v: LinkVocabulary, size: number): void {
  growCounter(v.counter, size);
  v.spread = grown(v.spread, size);
  v.owner = grown(v.owner, size);
}
