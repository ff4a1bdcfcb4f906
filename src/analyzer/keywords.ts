import type { WeightedTerm } from './types.ts';

/** Heavier first, then by term: a total order, as terms in one document differ. */
function before(a: WeightedTerm, b: WeightedTerm): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.term < b.term);
}

/**
 * Top keywords of each document by TF-IDF over the given documents (articles,
 * or the items of each theme): words every document uses sink, words that set
 * one apart rise. `tokens` are the content words of each document, in order.
 * The `topN` are kept while the terms are weighed (no sort of every term of
 * every document); the order is the total order of `before`, so the result
 * is that of sorting them all.
 */
export function tfidfKeywords(documents: ReadonlyMap<string, readonly string[]>, topN: number): Record<string, WeightedTerm[]> {
  const tfs = new Map<string, Map<string, number>>();
  for (const [id, tokens] of documents) {
    const tf = new Map<string, number>();
    countTerms(tokens, tf);
    tfs.set(id, tf);
  }
  return tfidfKeywordsOfCounts(tfs, topN);
}

/** Adds each of `tokens` to its count in `tf`. */
export function countTerms(tokens: readonly string[], tf: Map<string, number>): void {
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
}

/**
 * `tfidfKeywords` from each document's term counts (`countTerms`), for
 * documents whose words are counted as they are found instead of being
 * gathered into one long list first (a theme's words come from thousands of
 * items). The order terms were counted in does not matter.
 */
export function tfidfKeywordsOfCounts(tfs: ReadonlyMap<string, ReadonlyMap<string, number>>, topN: number): Record<string, WeightedTerm[]> {
  const df = new Map<string, number>();
  for (const tf of tfs.values()) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = tfs.size;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + n / count));
  const out: Record<string, WeightedTerm[]> = {};
  const weigh = (term: string, count: number): WeightedTerm => ({
    term,
    weight: Math.round((1 + Math.log(count)) * idf.get(term)! * 1000) / 1000,
  });
  for (const [id, tf] of tfs) {
    if (!(Number.isInteger(topN) && topN >= 1)) {
      out[id] = [...tf].map(([term, count]) => weigh(term, count)).sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, topN);
      continue;
    }
    const best: WeightedTerm[] = [];
    for (const [term, count] of tf) {
      const candidate = weigh(term, count);
      if (best.length === topN && !before(candidate, best[best.length - 1])) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1])) at--;
      best.splice(at, 0, candidate);
      if (best.length > topN) best.pop();
    }
    out[id] = best;
  }
  return out;
}
