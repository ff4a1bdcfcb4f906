/** The whole search as the page runs it: exact phrases first, the loose fallback, the first page's data. */
import { loadHits, type Hit } from './hits.ts';
import type { PagefindApi, PagefindResult, SearchFilters } from './pagefind.ts';
import { looseQuery, phraseQuery, queryWords } from './query.ts';
import { intersect, rankLoose, titleFirst } from './rank.ts';

/** Results shown at once, and the records whose data a search loads (one fragment each). */
export const PAGE_SIZE = 20;

/** Values of the `kind` filter (article and theme records only; items have none). */
export const SUMMARY_KINDS = ['article', 'theme'];

export interface SearchOutcome {
  /** The first `limit` of `ranked`, with their data. */
  hits: Hit[];
  /** Every match, ranked; `loadHits` fetches the data of a slice (the next page). */
  ranked: PagefindResult[];
  /** How many records matched. */
  total: number;
  /** False when no record has every word as a phrase and the loose fallback answered. */
  exact: boolean;
  /** The words searched: the query's, in simplified characters (`simplify`). */
  words: string[];
}

type Search = (term: string | null, extra?: Record<string, string | { any: string[] }>) => Promise<PagefindResult[]>;

/**
 * Each word is searched as an exact phrase; the records having every word are
 * the results, those with the words in their title first, then in record order
 * (items first, each containing every word literally). When none has them all, the loose fallback (`rankLoose`): one
 * exact search per character, since Pagefind's own loose query ignores
 * characters it never indexed. With no words, every record the filters allow.
 * Only the first `limit` results' data is loaded.
 */
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  filters: SearchFilters = {},
  limit = PAGE_SIZE,
  simplify: (word: string) => string = (w) => w,
): Promise<SearchOutcome> {
  // The index holds every text in simplified characters too (record.ts), so 黨建 finds 党建 and the reverse.
  const words = [...new Set(queryWords(query).map(simplify))];
  const search: Search = async (term, extra = {}) =>
    (await pagefind.search(term, { filters: { ...filters, ...extra } }))?.results ?? [];
  let exact = true;
  let ranked: PagefindResult[];
  if (!words.length) {
    if (!Object.keys(filters).length) return { hits: [], ranked: [], total: 0, exact, words };
    ranked = await search(null);
  } else {
    const lists = await Promise.all(words.map((w) => search(phraseQuery(w))));
    ranked = titleFirst(lists, intersect(lists));
    if (!ranked.length) {
      exact = false;
      ranked = await looseResults(words, lists, search);
    }
  }
  const hits = await loadHits(ranked.slice(0, limit));
  return { hits, ranked, total: ranked.length, exact, words };
}

/** The loose fallback's searches: one per character, the loose query, and it again limited to summaries. */
async function looseResults(words: string[], phrases: PagefindResult[][], search: Search): Promise<PagefindResult[]> {
  const units = [...new Set(looseQuery(words).toLowerCase().split(' '))];
  const characters = await Promise.all(units.map(async (u) => new Set((await search(`"${u}"`)).map((r) => r.id))));
  const loose = looseQuery(words);
  const [scored, summaries] = await Promise.all([search(loose), search(loose, { kind: { any: SUMMARY_KINDS } })]);
  return rankLoose(scored, characters, phrases, summaries);
}
