import type { SharedPassage, Span } from '../../types.ts';
import { KeepBuffers, keepRuns } from './keep.ts';
import { normalizeSpans } from './normalize.ts';
import { RunList } from './runs.ts';
import { createSearch, findRuns, type SearchCounts } from './search.ts';
import { buildShingleIndex } from './shingles.ts';
import { reportKept } from './spans.ts';

export { normalizedText } from './normalize.ts';

/**
 * The passages each article shares with articles before it: copied text.
 *
 * In: the articles in input order, each with its text, a simplified view of
 * it and the span of its body. Out: every stretch of at least `minLength`
 * Han characters that two bodies have in common — compared on the views,
 * ignoring punctuation, white space, case and full-/half-width forms (see
 * `normalizedText`) — as `a` (the earlier article and its span), `b` (the
 * later one and its span) and `a`'s text there; spans point into each
 * article's own `text` and begin and end on a letter, digit or Han
 * character; sorted by `b`'s input order, then its span. Each stretch of an
 * article is listed once, under the earlier article that shares the longest
 * run there (the likeliest source; ties go to the earliest), so a passage
 * many articles repeat is listed once per article, not once per pair of
 * them; text an article repeats within itself is not reported. The work
 * grows about linearly with the corpus: articles meet through an index of
 * their shingles, never compared pair by pair.
 *
 * How: every shingle (`shingle` consecutive normalized characters) is
 * indexed with its postings (article, position). A shingle two articles
 * have in common is a seed, extended forwards and backwards to a maximal
 * run (`search.ts`); the keep rule then chooses which parts of each
 * article's runs are reported (`keep.ts`). Shingles with more than
 * `maxPostings` postings — set phrases every article repeats — are no
 * seeds, which bounds the work per character (a run found from another seed
 * still extends across them). A passage shorter than `shingle` characters
 * cannot be found, whatever `minLength` says.
 */
export function findSharedPassages(
  articles: readonly SharedPassageInput[],
  options: SharedPassageOptions = {},
): SharedPassage[] {
  const minLength = whole(options.minLength, DEFAULTS.minLength, 1);
  const k = whole(options.shingle, DEFAULTS.shingle, 1);
  const maxPostings = whole(options.maxPostings, DEFAULTS.maxPostings, 2);

  const texts = articles.map((a) => (a.view.length === a.text.length ? a.view : a.text));
  const normalized = normalizeSpans(articles.map((a, i) => ({ text: texts[i], span: a.body })));
  const { chars, at } = normalized;
  const bodies = articles.map((_, a) => chars.subarray(at[a], at[a + 1] - 1));
  const index = buildShingleIndex(bodies, k, maxPostings);

  const search = createSearch(chars, at, index, k, minLength);
  const kept = new RunList();
  const buffers = new KeepBuffers();
  const found: SharedPassage[] = [];
  for (let cur = 0; cur < articles.length; cur++) {
    findRuns(search, cur);
    keepRuns(search.runs, kept, search.hanBefore, search.seeds, minLength, buffers);
    reportKept(articles, texts, normalized, cur, kept, found);
  }

  if (options.stats) {
    const stats: SharedPassageStats = {
      positions: at[articles.length] - at[0] - articles.length,
      shingles: index.size,
      ...search.counts,
    };
    const s = options.stats;
    for (const key of Object.keys(stats) as (keyof SharedPassageStats)[]) s[key] = (s[key] ?? 0) + stats[key];
  }
  return found;
}

/** An article as `findSharedPassages` needs it. */
export interface SharedPassageInput {
  slug: string;
  /** Cleaned text; spans point into it. */
  text: string;
  /** Simplified-character view of `text` (same length and offsets); matching uses it. */
  view: string;
  /** Span of the body in `text`; only the body is compared. */
  body: Span;
}

export interface SharedPassageOptions {
  /**
   * Fewest Han characters a shared passage has (default 16: long enough that
   * the genre's set phrases, such as `加强社区领导班子和干部队伍建设` (15), do not count).
   */
  minLength?: number;
  /** Shingle length, in normalized characters (default 8). */
  shingle?: number;
  /**
   * Shingles with more postings (occurrences in the whole corpus) than this
   * are boilerplate and are not used as seeds (default 50). A run found from
   * another seed still extends across them.
   */
  maxPostings?: number;
  /** When given, the call adds its work counters to it. */
  stats?: Partial<SharedPassageStats>;
}

/** Counters of the work one call did (for tests of how cost grows, not timings). */
export interface SharedPassageStats extends SearchCounts {
  /** Normalized body characters indexed, over all articles. */
  positions: number;
  /** Distinct shingles in the index. */
  shingles: number;
  /** Shingle look-ups skipped because the shingle had more than `maxPostings` postings. */
  skipped: number;
  /** Postings read from the index while looking for seeds (the candidate comparisons). */
  postingsVisited: number;
  /** Seeds (shingle matches in two articles) that were extended into a run. */
  seedsExtended: number;
  /** Character comparisons made while extending seeds. */
  charsCompared: number;
}

const DEFAULTS = { minLength: 16, shingle: 8, maxPostings: 50 };

/** `value` as a whole number of at least `least` (Infinity kept), or `fallback` when not given. */
function whole(value: number | undefined, fallback: number, least: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  if (value === Infinity) return Infinity;
  return Math.max(least, Math.floor(value));
}
