/**
 * Search logic shared by the browser (src/client/search-page.ts), the index
 * builder (scripts/lib/search-index.ts) and the tests: no DOM, no Node APIs.
 *
 * Why the text is cut into single characters
 * ------------------------------------------
 * Pagefind ≥ 1.6 segments Chinese with ICU4X when it indexes and with the
 * browser's `Intl.Segmenter` when it searches (old browsers have none and keep
 * the query as one term). The two disagree: ICU4X indexes 党建 as 党|建 and
 * 党组织 as 党组|织, so a query segmented as 党建 or 党组织 misses pages that
 * contain it (upstream issue #1237). We therefore hand Pagefind text in which
 * every Han character is already a word of its own (`indexText`, a zero-width
 * space between characters; Pagefind drops those again in `data().content`),
 * and we search a word as the exact phrase of its characters
 * (`phraseQuery('三会一课')` → `"三 会 一 课"`). Both segmenters, and the
 * no-segmenter fallback, leave single characters alone, so index and query
 * always agree.
 *
 * Why the first page needs no record's text
 * -----------------------------------------
 * Pagefind's exact phrase needs consecutive word positions. Punctuation
 * takes a position (it is a word Pagefind indexes as nothing), whitespace
 * does not, so `indexText` puts `BREAK` (an invisible separator, also indexed
 * as nothing) into whitespace next to a Han character: a phrase then matches
 * exactly where the text contains the word literally (`三会，一课` and the
 * title/body boundary `…管理难⏎一是…` are not `三会一课` / `难一`). Every
 * exact result is therefore a literal match, and Pagefind returns exact
 * results in record order (all score 1), which search-index.ts makes items
 * first, then articles, then themes. So the ranking is known from the result
 * list alone, and only the shown page's records (`PAGE_SIZE`) are fetched;
 * the loose fallback ranks from per-word and per-character result sets
 * (`runSearch`). Figures in scripts/lib/search-index.ts.
 *
 * Written for ES2020 browsers (what pagefind.js itself needs): no regex
 * lookbehind (Safari < 16.4), no `replaceAll`.
 */
import { uiSearch, type UiSearchKey } from '../lib/ui-search.ts';

/** Separator Pagefind treats as a word break and removes from `data().content`. */
export const ZWSP = '\u200B';

/**
 * INVISIBLE SEPARATOR, put into whitespace next to a Han character: Pagefind
 * gives it a word position but indexes nothing, so no phrase matches across
 * it. `recordText` removes it again.
 */
export const BREAK = '\u2063';

/** Results shown at once, and the records whose data a search loads (one fragment each). */
export const PAGE_SIZE = 20;

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/;

/** Puts `sep` at every boundary touching a Han character (never next to whitespace). */
export function separateHan(text: string, sep: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && !SPACE.test(prev) && !SPACE.test(ch) && (HAN.test(prev) || HAN.test(ch))) out += sep;
    out += ch;
    prev = ch;
  }
  return out;
}

/** Puts ` BREAK ` after every whitespace run that has a Han character on either side. */
export function breakAtSpaces(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    out += ch;
    if (!SPACE.test(ch) || (i + 1 < chars.length && SPACE.test(chars[i + 1]))) continue;
    let start = i;
    while (start > 0 && SPACE.test(chars[start - 1])) start--;
    const before = chars[start - 1];
    const after = chars[i + 1];
    if (before && after && (HAN.test(before) || HAN.test(after))) out += `${BREAK} `;
  }
  return out;
}

/** Text as given to the Pagefind indexer: every Han character a word of its own, no phrase across whitespace. */
export function indexText(text: string): string {
  return separateHan(breakAtSpaces(text.split(ZWSP).join('').split(BREAK).join('')), ZWSP);
}

/** A record's text as Pagefind returns it (`data().content`), without the `BREAK`s. */
export function recordText(content: string): string {
  return content.split(` ${BREAK}`).join('').split(BREAK).join('');
}

/** The words of a query: split on spaces, quotes dropped, duplicates and blanks removed (at most 8). */
export function queryWords(query: string): string[] {
  const words = query
    .replace(/["“”„«»「」『』]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return [...new Set(words)].slice(0, 8);
}

/** Pagefind exact-phrase query for one word: `"三 会 一 课"`. */
export function phraseQuery(word: string): string {
  return `"${separateHan(word, ' ')}"`;
}

/** Pagefind loose query (every character, anywhere in the record): the fallback when no record has the phrase. */
export function looseQuery(words: string[]): string {
  return words.map((w) => separateHan(w, ' ')).join(' ');
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** What a record is: an item of an article, an article, or a theme (from its URL, see search-index.ts). */
export type HitKind = 'item' | 'article' | 'theme';

/** One search result, with what the page shows and what ranking needs. */
export interface Hit {
  url: string;
  title: string;
  /** The record's text as indexed, separators removed (`recordText` of Pagefind's `data().content`). */
  content: string;
  kind: HitKind;
  /** problem / cause / countermeasure for items. */
  role?: string;
  /** What the page writes next to the title: the role of an item, 文章 or 议题. */
  label: string;
  meta: Record<string, string>;
  /** Pagefind's score (summed over the words of a multi-word query). */
  score: number;
}

/** `/articles/a/#a-problem-1` → item, `/themes/t/` → theme, other record URLs → article. */
export function kindOfUrl(url: string): HitKind {
  if (url.includes('#')) return 'item';
  return /\/themes\//.test(url) ? 'theme' : 'article';
}

function lower(text: string): string {
  const l = text.toLowerCase();
  return l.length === text.length ? l : text;
}

/**
 * How well `content` matches `query` literally: 1 for the whole query
 * (whitespace collapsed) plus 1 per word it contains. Case-insensitive.
 */
export function literalScore(content: string, query: string): number {
  const words = queryWords(query).map(lower);
  if (!words.length) return 0;
  const text = lower(content);
  const whole = text.includes(words.join(' ')) ? 1 : 0;
  return whole + words.filter((w) => text.includes(w)).length;
}

/**
 * Re-ranks loaded results by their text: records containing the whole query
 * literally first (then those containing more of its words); among equals,
 * items before article and theme records, then Pagefind's score, then the
 * order given. Returns a new array. `runSearch` needs no text to rank (see
 * the top of this file); scripts/measure-search.ts uses this for the
 * alternatives it compares.
 */
export function rankResults<T extends { content: string; score: number; kind?: string }>(
  query: string,
  hits: T[],
): T[] {
  return hits
    .map((hit, order) => ({ hit, order, literal: literalScore(hit.content, query), item: hit.kind === 'item' ? 1 : 0 }))
    .sort((a, b) => b.literal - a.literal || b.item - a.item || b.hit.score - a.hit.score || a.order - b.order)
    .map((x) => x.hit);
}

/** A piece of an excerpt; `mark` pieces are occurrences of a query word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `size` characters around the first literal occurrence
 * of the query (or of its first word found), with every occurrence of a
 * query word marked. Without any occurrence: the beginning of the content.
 */
export function excerptParts(content: string, query: string, size = 90): ExcerptPart[] {
  const text = content.replace(/\s+/g, ' ').trim();
  const hay = lower(text);
  const words = queryWords(query)
    .map(lower)
    .sort((a, b) => b.length - a.length);
  let at = hay.indexOf(words.join(' '));
  for (const w of words) if (at < 0) at = hay.indexOf(w);
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(size / 3));
  const end = Math.min(text.length, start + size);
  start = Math.max(0, Math.min(start, end - size));
  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) parts.push({ text: s, mark });
  };
  if (start > 0) push('…', false);
  let i = start;
  while (i < end) {
    let next = -1;
    let len = 0;
    for (const w of words) {
      const j = hay.indexOf(w, i);
      if (j >= 0 && j < end && (next < 0 || j < next || (j === next && w.length > len))) {
        next = j;
        len = w.length;
      }
    }
    if (next < 0) {
      push(text.slice(i, end), false);
      break;
    }
    push(text.slice(i, next), false);
    push(text.slice(next, next + len), true);
    i = next + len;
  }
  if (i < text.length && end < text.length) push('…', false);
  return parts;
}

/** Filters as Pagefind takes them (`{ role: 'problem', year: '2020' }`); empty values are left out by callers. */
export type SearchFilters = Record<string, string>;

/** What we use of a record's data (`data()` in pagefind.js). */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** What we use of a Pagefind result. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** What we use of the Pagefind API (`createInstance()` in pagefind.js). */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string | { any: string[] }> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOutcome {
  /** The first `limit` of `ranked`, with their data. */
  hits: Hit[];
  /** Every match, ranked; `loadHits` fetches the data of a slice (the next page). */
  ranked: PagefindResult[];
  /** How many records matched. */
  total: number;
  /** False when no record has every word as a phrase and the loose fallback answered. */
  exact: boolean;
}

/** Values of the `kind` filter (article and theme records only; items have none). */
export const SUMMARY_KINDS = ['article', 'theme'];

/** Loads the data of `results` (one fragment each) as hits, in the order given. */
export async function loadHits(results: PagefindResult[]): Promise<Hit[]> {
  return Promise.all(
    results.map(async (r): Promise<Hit> => {
      const d = await r.data();
      const kind = kindOfUrl(d.url);
      const role = d.filters?.role?.[0];
      const label = kind === 'item' ? (role && roleLabel(role)) || '' : uiSearch[`search.kind.${kind}`];
      return {
        url: d.url,
        title: d.meta.title || d.url,
        content: recordText(d.content),
        kind,
        role,
        label,
        meta: d.meta,
        score: r.score,
      };
    }),
  );
}

function roleLabel(role: string): string | undefined {
  const key = `search.role.${role}`;
  return key in uiSearch ? uiSearch[key as UiSearchKey] : undefined;
}

/**
 * The whole search as the page runs it. Each word is searched as an exact
 * phrase and the records having every word are the results, in Pagefind's
 * order: record order, items first (every one contains every word literally,
 * see the top of this file). When no record has them all, the loose
 * fallback: records having every character of the query (one exact search
 * per character; Pagefind's own loose query ignores characters it never
 * indexed), ranked by how many words they contain as phrases, then items
 * before articles and themes (the `kind` filter), then Pagefind's score.
 * With no words, every record the filters allow, in record order.
 *
 * Only the first `limit` results' data is loaded (`hits`); every search
 * after the first words' reuses the index chunks already fetched.
 */
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  filters: SearchFilters = {},
  limit = PAGE_SIZE,
): Promise<SearchOutcome> {
  const words = queryWords(query);
  const search = async (term: string | null, extra: Record<string, string | { any: string[] }> = {}) =>
    (await pagefind.search(term, { filters: { ...filters, ...extra } }))?.results ?? [];
  let exact = true;
  let ranked: PagefindResult[];
  if (!words.length) {
    if (!Object.keys(filters).length) return { hits: [], ranked: [], total: 0, exact };
    ranked = await search(null);
  } else {
    const lists = await Promise.all(words.map((w) => search(phraseQuery(w))));
    ranked = intersect(lists);
    if (!ranked.length) {
      exact = false;
      ranked = await looseResults(words, lists, search);
    }
  }
  const hits = await loadHits(ranked.slice(0, limit));
  return { hits, ranked, total: ranked.length, exact };
}

/** The loose fallback of `runSearch`, ranked. */
async function looseResults(
  words: string[],
  phrases: PagefindResult[][],
  search: (term: string | null, extra?: Record<string, string | { any: string[] }>) => Promise<PagefindResult[]>,
): Promise<PagefindResult[]> {
  const units = [...new Set(looseQuery(words).toLowerCase().split(' '))];
  const sets = await Promise.all(units.map(async (u) => new Set((await search(`"${u}"`)).map((r) => r.id))));
  const loose = looseQuery(words);
  const [scored, summaries] = await Promise.all([search(loose), search(loose, { kind: { any: SUMMARY_KINDS } })]);
  const summary = new Set(summaries.map((r) => r.id));
  const phraseSets = phrases.map((list) => new Set(list.map((r) => r.id)));
  return scored
    .filter((r) => sets.every((s) => s.has(r.id)))
    .map((r, order) => ({
      r,
      order,
      literal: phraseSets.filter((s) => s.has(r.id)).length,
      item: summary.has(r.id) ? 0 : 1,
    }))
    .sort((a, b) => b.literal - a.literal || b.item - a.item || b.r.score - a.r.score || a.order - b.order)
    .map((x) => x.r);
}

/** Results present in every list, scores summed, in the first list's order. */
function intersect(lists: PagefindResult[][]): PagefindResult[] {
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
