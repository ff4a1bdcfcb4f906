/** How results are ordered: exact results in record order, the loose fallback and text re-ranking by literal matches. */
import type { PagefindResult } from './pagefind.ts';
import { literalWords, lower } from './query.ts';
import { inTitle } from './record.ts';

/**
 * How well `content` matches `query` literally: 1 for the whole query
 * (whitespace collapsed) plus 1 per word it contains. Case-insensitive.
 */
export function literalScore(content: string, query: string): number {
  const words = literalWords(query);
  if (!words.length) return 0;
  const text = lower(content);
  const whole = text.includes(words.join(' ')) ? 1 : 0;
  return whole + words.filter((w) => text.includes(w)).length;
}

/**
 * Re-ranks loaded results by their text: records containing the whole query
 * literally first (then those containing more of its words); among equals,
 * items before article and theme records, then Pagefind's score, then the
 * order given. Returns a new array. `runSearch` needs no text to rank;
 * scripts/measure-search.ts uses this for the alternatives it compares.
 */
export function rankResults<T extends { content: string; score: number; kind?: string }>(
  query: string,
  hits: T[],
): T[] {
  return ranked(
    hits.map((hit, order) => ({
      value: hit,
      order,
      literal: literalScore(hit.content, query),
      item: hit.kind === 'item' ? 1 : 0,
      score: hit.score,
    })),
  );
}

/** Exact results: those in every word's phrase results, scores summed, in the first list's order (record order). */
export function intersect(lists: PagefindResult[][]): PagefindResult[] {
  if (lists.length === 1) return lists[0];
  const scores = new Map<string, number>();
  for (const r of lists[0]) scores.set(r.id, r.score);
  for (const list of lists.slice(1)) {
    const here = new Map(list.map((r) => [r.id, r.score] as const));
    for (const [id, score] of scores) {
      const s = here.get(id);
      if (s === undefined) scores.delete(id);
      else scores.set(id, score + s);
    }
  }
  return lists[0]
    .filter((r) => scores.has(r.id))
    .map((r) => ({ id: r.id, score: scores.get(r.id) ?? r.score, data: () => r.data() }));
}

/**
 * `results` (exact results, record order) with those having more query words in their title first: an item,
 * article or theme named for the query before those that only mention it. `lists` are each word's results, whose
 * match positions tell (record.ts). Stable: record order (items, articles, themes) within each group.
 */
export function titleFirst(lists: PagefindResult[][], results: PagefindResult[]): PagefindResult[] {
  const inTitles = new Map<string, number>();
  for (const list of lists)
    for (const r of list) if (inTitle(r.words)) inTitles.set(r.id, (inTitles.get(r.id) ?? 0) + 1);
  return results
    .map((r, order) => ({ r, order, n: inTitles.get(r.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .map((x) => x.r);
}

/**
 * The loose fallback's order: of the loose query's results, those having every
 * character (`characters`: ids per character), ranked by how many words they
 * contain as phrases, then items before article and theme records (`summaries`),
 * then Pagefind's score.
 */
export function rankLoose(
  scored: PagefindResult[],
  characters: Set<string>[],
  phrases: PagefindResult[][],
  summaries: PagefindResult[],
): PagefindResult[] {
  const summary = new Set(summaries.map((r) => r.id));
  const phraseSets = phrases.map((list) => new Set(list.map((r) => r.id)));
  return ranked(
    scored
      .filter((r) => characters.every((s) => s.has(r.id)))
      .map((r, order) => ({
        value: r,
        order,
        literal: phraseSets.filter((s) => s.has(r.id)).length,
        item: summary.has(r.id) ? 0 : 1,
        score: r.score,
      })),
  );
}

/** More literal matches first, then items, then Pagefind's score, then the order given. */
function ranked<T>(entries: { value: T; order: number; literal: number; item: number; score: number }[]): T[] {
  return entries
    .sort((a, b) => b.literal - a.literal || b.item - a.item || b.score - a.score || a.order - b.order)
    .map((x) => x.value);
}
