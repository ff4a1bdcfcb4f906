import { sortSmall } from '../../text/sort-small.ts';
import type { Item } from '../../types.ts';
import { endDocument, startCollection, type TermCounts, tfidfVectors, type Vector } from '../vectors.ts';
import { featuresOf, isWord, type LinkVocabulary, wordOf } from './vocabulary.ts';

/** Content words of an item's title and of its whole text, as numbers into the vocabulary. */
export type WordsOf = (item: Item) => { title: ArrayLike<number>; text: ArrayLike<number> };

/**
 * TF-IDF vectors of the items (in item order) over their features, the
 * article's items being the documents (IDF `ln((n+1)/df)`); title words count twice.
 * Features are summed in the order they first occur (title, title again, text).
 */
export function itemVectors(items: readonly Item[], v: LinkVocabulary, wordsOf: WordsOf): Vector[] {
  const c = v.counter;
  startCollection(c);
  const counted: TermCounts[] = [];
  for (const item of items) {
    const features: number[] = [];
    // Counted here, not by `tally`: a `tally` fed these Int32Arrays and the keywords' arrays costs links ~12 %.
    const add = (words: ArrayLike<number>) => {
      for (let w = 0; w < words.length; w++) {
        const numbers = featuresOf(v, words[w]);
        const count = c.count;
        for (let k = 0; k < numbers.length; k++) if (count[numbers[k]]++ === 0) features.push(numbers[k]);
      }
    };
    const words = wordsOf(item);
    add(words.title);
    add(words.title);
    add(words.text);
    counted.push(endDocument(c, features));
  }
  return tfidfVectors(c, counted, 'ln((n+1)/df)');
}

/**
 * Cosine similarity of each of `froms` with each of `tos`
 * (`[f * tos.length + t]`), each `to` spread out once for all `froms`. The
 * shared words are ranked apart (`sharedWords`), only for the pairs that
 * become links: most pairs score too low.
 */
export function similarities(
  v: LinkVocabulary,
  vectors: readonly Vector[],
  froms: readonly number[],
  tos: readonly number[],
): Float64Array {
  const out = new Float64Array(froms.length * tos.length);
  for (let t = 0; t < tos.length; t++) {
    const b = vectors[tos[t]];
    const stamp = spreadOut(v, b);
    const { spread, owner } = v;
    for (let f = 0; f < froms.length; f++) {
      const a = vectors[froms[f]];
      let dot = 0;
      for (let k = 0; k < a.terms.length; k++) {
        const id = a.terms[k];
        if (owner[id] !== stamp) continue;
        dot += a.weights[k] * spread[id];
      }
      const denominator = a.norm * b.norm;
      out[f * tos.length + t] = denominator === 0 ? 0 : dot / denominator;
    }
  }
  return out;
}

/** The words (not parts of words) `a` and `b` share, those contributing most to their cosine first. */
export function sharedWords(v: LinkVocabulary, a: Vector, b: Vector): string[] {
  const stamp = spreadOut(v, b);
  const { spread, owner } = v;
  const contributions: [string, number][] = [];
  for (let k = 0; k < a.terms.length; k++) {
    const id = a.terms[k];
    if (owner[id] !== stamp || !isWord(id)) continue;
    contributions.push([wordOf(v, id), a.weights[k] * spread[id]]);
  }
  sortSmall(contributions, (p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return contributions.map(([w]) => w);
}

/** Write `b`'s weights into the scratch slots of its features, stamped; returns the stamp. */
function spreadOut(v: LinkVocabulary, b: Vector): number {
  if (v.spreads === 0x7fffffff) {
    v.owner.fill(0);
    v.spreads = 0;
  }
  const stamp = ++v.spreads;
  const { spread, owner } = v;
  for (let k = 0; k < b.terms.length; k++) {
    spread[b.terms[k]] = b.weights[k];
    owner[b.terms[k]] = stamp;
  }
  return stamp;
}
