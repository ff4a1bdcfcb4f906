import type { WeightedTerm } from '../types.ts';

/** Heavier first, then by term: a total order, as terms in one document differ. */
function before(weight: number, term: string, other: WeightedTerm): boolean {
  return weight > other.weight || (weight === other.weight && term < other.term);
}

/**
 * Top keywords of each document by TF-IDF over the given documents (articles,
 * or the items of each theme): words every document uses sink, words that set
 * one apart rise. `tokens` are the content words of each document, in order.
 */
export function tfidfKeywords(
  documents: ReadonlyMap<string, readonly string[]>,
  topN: number,
): Record<string, WeightedTerm[]> {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const byId = new Map<string, number[]>();
  for (const [id, tokens] of documents) {
    byId.set(
      id,
      tokens.map((t) => {
        let w = ids.get(t);
        if (w === undefined) {
          ids.set(t, (w = vocabulary.length));
          vocabulary.push(t);
        }
        return w;
      }),
    );
  }
  return tfidfKeywordsOfIds(byId, vocabulary, topN);
}

/**
 * `tfidfKeywords` for documents given as word ids into `vocabulary`: the
 * analysis numbers each distinct word once, so counting indexes arrays
 * instead of hashing strings. The `topN` are kept while the terms are
 * weighed (no sort of every term of every document); the order (weight, then
 * term) is total, so the result is that of sorting them all.
 */
export function tfidfKeywordsOfIds(
  documents: ReadonlyMap<string, ArrayLike<number>>,
  vocabulary: readonly string[],
  topN: number,
): Record<string, WeightedTerm[]> {
  const count = new Int32Array(vocabulary.length);
  const df = new Int32Array(vocabulary.length);
  const tfs: { id: string; terms: number[]; counts: number[] }[] = [];
  for (const [id, words] of documents) {
    const terms: number[] = [];
    for (let k = 0; k < words.length; k++) if (count[words[k]]++ === 0) terms.push(words[k]);
    const counts = terms.map((w) => count[w]);
    for (const w of terms) {
      df[w]++;
      count[w] = 0;
    }
    tfs.push({ id, terms, counts });
  }
  const n = documents.size;
  const idf = new Float64Array(vocabulary.length).fill(NaN);
  const weigh = (w: number, c: number) => {
    if (Number.isNaN(idf[w])) idf[w] = Math.log(1 + n / df[w]);
    return Math.round((1 + Math.log(c)) * idf[w] * 1000) / 1000;
  };
  const out: Record<string, WeightedTerm[]> = {};
  for (const { id, terms, counts } of tfs) {
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
