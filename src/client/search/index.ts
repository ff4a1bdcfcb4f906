/**
 * Search over the site's Pagefind index, shared by the search page (page.ts),
 * the index builder (scripts/lib/search-index.ts), scripts/measure-search.ts
 * and the tests; no DOM, no Node APIs. Pagefind segments Chinese one way when
 * it indexes and another when it searches, so the index gets every Han
 * character as a word of its own (index-text.ts) and each query word is
 * searched as the exact phrase of its characters (query.ts): both sides then
 * always agree. Exact results come in record order, items first, so a search
 * loads only the shown page's records (run.ts, rank.ts); the reasons and
 * figures are in README.md (搜索) and scripts/lib/search-index.ts. Written
 * for ES2020 browsers, as pagefind.js is: no regex lookbehind, no `replaceAll`.
 */
export { PAGE_SIZE, runSearch, SUMMARY_KINDS, type SearchOutcome } from './run.ts';
export { excerptParts, type ExcerptPart } from './excerpt.ts';
export { kindOfUrl, loadHits, type Hit, type HitKind } from './hits.ts';
export { ALT, BREAK, breakAtSpaces, indexText, recordText, separateHan, ZWSP } from './index-text.ts';
export { inTitle, positions, recordContent, TITLE_SPAN } from './record.ts';
export type { PagefindApi, PagefindData, PagefindResult, SearchFilters } from './pagefind.ts';
export { looseQuery, phraseQuery, queryWords } from './query.ts';
export { literalScore, rankResults } from './rank.ts';
