import type { WeightedTerm } from './types.ts';

/**
 * Top keywords of each document by TF-IDF over the given documents (articles,
 * or the items of each theme): words every document uses sink, words that set
 * one apart rise. `tokens` are the content words of each document, in order.
 */
export function tfidfKeywords(documents: ReadonlyMap<string, readonly string[]>, topN: number): Record<string, WeightedTerm[]> {
  const df = new Map<string, number>();
  const tfs = new Map<string, Map<string, number>>();
  for (const [id, tokens] of documents) {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    tfs.set(id, tf);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = documents.size;
  const out: Record<string, WeightedTerm[]> = {};
  for (const [id, tf] of tfs) {
    out[id] = [...tf]
      .map(([term, count]) => ({ term, weight: Math.round((1 + Math.log(count)) * Math.log(1 + n / df.get(term)!) * 1000) / 1000 }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, topN);
  }
  return out;
}
