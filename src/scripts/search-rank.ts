/**
 * Search logic shared by the browser (src/scripts/search-page.ts), the index
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
 * always agree, and Pagefind's exact-phrase matching returns exactly the
 * records containing the word (punctuation and line breaks in between are
 * ignored). `rankResults` then puts records containing the query literally
 * first. Figures in scripts/lib/search-index.ts.
 *
 * Written for ES2020 browsers (what pagefind.js itself needs): no regex
 * lookbehind (Safari < 16.4), no `replaceAll`.
 */

/** Separator Pagefind treats as a word break and removes from `data().content`. */
export const ZWSP = '\u200B';

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

/** Text as given to the Pagefind indexer: every Han character a word of its own. */
export function indexText(text: string): string {
  return separateHan(text.split(ZWSP).join(''), ZWSP);
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

/** One search result, with what the page shows and what ranking needs. */
export interface Hit {
  url: string;
  title: string;
  /** The record's text as indexed, separators removed (Pagefind's `data().content`). */
  content: string;
  meta: Record<string, string>;
  /** Pagefind's score (summed over the words of a multi-word query). */
  score: number;
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
 * Re-ranks results: records containing the whole query literally first (then
 * those containing more of its words); among equals, items before article and
 * theme records, then Pagefind's score, then the order given. Returns a new array.
 */
export function rankResults<T extends { content: string; score: number; meta?: Record<string, string> }>(
  query: string,
  hits: T[],
): T[] {
  return hits
    .map((hit, order) => ({ hit, order, literal: literalScore(hit.content, query), item: hit.meta?.kind === 'item' ? 1 : 0 }))
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
  const words = queryWords(query).map(lower).sort((a, b) => b.length - a.length);
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

/** What we use of a Pagefind result. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}

/** What we use of the Pagefind API (`createInstance()` in pagefind.js). */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: SearchFilters }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOutcome {
  /** Ranked; at most `limit`. */
  hits: Hit[];
  /** How many records matched (before `limit`). */
  total: number;
  /** False when no record has every word as a phrase and the loose fallback answered. */
  exact: boolean;
}

/**
 * The whole search as the page runs it: each word as an exact phrase
 * (records must contain every word), falling back to a loose match of the
 * characters when none does; with no words, every record the filters allow.
 * Loads the data of the first `limit` results and ranks them with
 * `rankResults` (loose results lacking a character are dropped: Pagefind
 * ignores query words absent from the index).
 */
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  filters: SearchFilters = {},
  limit = 100,
): Promise<SearchOutcome> {
  const words = queryWords(query);
  let exact = true;
  let found: PagefindResult[];
  if (!words.length) {
    if (!Object.keys(filters).length) return { hits: [], total: 0, exact };
    found = (await pagefind.search(null, { filters }))?.results ?? [];
  } else {
    const lists = await Promise.all(words.map(async (w) => (await pagefind.search(phraseQuery(w), { filters }))?.results ?? []));
    found = intersect(lists);
    if (!found.length) {
      exact = false;
      found = (await pagefind.search(looseQuery(words), { filters }))?.results ?? [];
    }
  }
  let hits = await Promise.all(
    found.slice(0, limit).map(async (r): Promise<Hit> => {
      const d = await r.data();
      return { url: d.url, title: d.meta.title || d.url, content: d.content, meta: d.meta, score: r.score };
    }),
  );
  let total = found.length;
  if (!exact) {
    // Pagefind drops query words it has never indexed; keep only records that have every character.
    const units = looseQuery(words).toLowerCase().split(' ');
    hits = hits.filter((h) => units.every((u) => lower(h.content).includes(u)));
    if (found.length <= limit) total = hits.length;
  }
  return { hits: rankResults(query, hits), total, exact };
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
    .map((r) => ({ id: r.id, score: scores.get(r.id) ?? r.score, data: () => r.data() }))
    .sort((a, b) => b.score - a.score);
}
