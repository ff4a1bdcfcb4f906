import type { WeightedTerm } from '../types.ts';
import { endDocument, idf, startCollection, tally, type TermCounts, termCounter, tfidfWeight } from './vectors.ts';

/** Heavier first, then by term: a total order, as terms in one document differ. */
function before(weight: number, term: string, other: WeightedTerm): boolean {
  return weight > other.weight || (weight === other.weight && term < other.term);
}

/**
 * Top keywords of each document by TF-IDF (IDF `ln(1+n/df)`) over the given
 * documents (articles, or the items of each theme): words every document
 * uses sink, words that set one apart rise. A document is its content words
 * as numbers into `vocabulary`, in one or more parts (a theme's are its
 * items' words, shared with its other themes rather than copied). Weights are rounded to 3 decimals;
 * the `topN` are kept while the terms are weighed, by a total order (weight,
 * then term), so the result is that of sorting them all.
 */
export function tfidfKeywords(
  documents: ReadonlyMap<string, readonly ArrayLike<number>[]>,
  vocabulary: readonly string[],
  topN: number,
): Record<string, WeightedTerm[]> {
  const counter = termCounter(vocabulary.length);
  startCollection(counter);
  const counted: TermCounts[] = [];
  for (const parts of documents.values()) {
    const terms: number[] = [];
    for (const words of parts) tally(counter, words, terms);
    counted.push(endDocument(counter, terms));
  }
  // Each term's IDF once, when first weighed.
  const n = documents.size;
  const idfOf = new Float64Array(vocabulary.length).fill(NaN);
  const weigh = (w: number, count: number) => {
    if (Number.isNaN(idfOf[w])) idfOf[w] = idf('ln(1+n/df)', n, counter.df[w]);
    return Math.round(tfidfWeight(count, idfOf[w]) * 1000) / 1000;
  };
  const out: Record<string, WeightedTerm[]> = {};
  let d = 0;
  for (const id of documents.keys()) {
    const { terms, counts } = counted[d++];
    if (!(Number.isInteger(topN) && topN >= 1)) {
      out[id] = terms
        .map((w, k) => ({ term: vocabulary[w], weight: weigh(w, counts[k]) }))
        .sort((a, b) => (before(a.weight, a.term, b) ? -1 : 1))
        .slice(0, topN);
      continue;
    }
    const best: WeightedTerm[] = [];
    for (let k = 0; k < terms.length; k++) {
      const term = vocabulary[terms[k]];
      const weight = weigh(terms[k], counts[k]);
      if (best.length === topN && !before(weight, term, best[best.length - 1])) continue;
      let at = best.length;
      while (at > 0 && before(weight, term, best[at - 1])) at--;
      best.splice(at, 0, { term, weight });
      if (best.length > topN) best.pop();
    }
    out[id] = best;
  }
  return out;
}
