import type { SharedPassage, Span } from './types.ts';
import { normalizeSpan, type Normalized } from './duplicates-normalize.ts';
import { buildShingleIndex, createCellTable } from './shingle-index.ts';
import { sortSmall } from './sort-small.ts';

export { normalizedText } from './duplicates-normalize.ts';

/** Counters of the work one call did (for tests of how cost grows, not timings). */
export interface DuplicateStats {
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

export interface DuplicateOptions {
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
  stats?: Partial<DuplicateStats>;
}

/** An article as the duplicate finder needs it. */
export interface DuplicateInput {
  slug: string;
  /** Cleaned text; spans point into it. */
  text: string;
  /** Simplified-character view of `text` (same length and offsets); matching uses it. */
  view: string;
  /** Span of the body in `text`; only the body is compared. */
  body: Span;
}

/** A maximal match of the current article with an earlier one, in normalized coordinates. */
interface Run {
  /** The earlier article. */
  partner: number;
  start: number; // in the current article
  end: number; // in the current article
  diag: number; // position in the partner minus position in the current article
}

const DEFAULTS = { minLength: 16, shingle: 8, maxPostings: 50 };

function whole(value: number | undefined, fallback: number, least: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  if (value === Infinity) return Infinity;
  return Math.max(least, Math.floor(value));
}

/** `[start, end)` minus `[cutStart, cutEnd)`, for each piece. */
function subtract(pieces: [number, number][], cutStart: number, cutEnd: number): [number, number][] {
  if (cutEnd <= cutStart) return pieces;
  if (!pieces.some(([s, e]) => cutEnd > s && cutStart < e)) return pieces;
  const out: [number, number][] = [];
  for (const [s, e] of pieces) {
    if (cutEnd <= s || cutStart >= e) out.push([s, e]);
    else {
      if (s < cutStart) out.push([s, cutStart]);
      if (cutEnd < e) out.push([cutEnd, e]);
    }
  }
  return out;
}

/**
 * One passage per stretch of the current article: longest runs first (then
 * the earlier partner), each later run loses the characters of the current
 * article an earlier one already reports — and, with the same partner, the
 * partner's characters too — and is kept only where enough of it is left
 * and what is left still holds a seed (a leftover of set phrases alone is
 * not a passage).
 */
function settle(runs: Run[], cur: Normalized, minLength: number, seeded: (start: number, end: number) => boolean): Run[] {
  sortSmall(runs, (x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || x.partner - y.partner || x.diag - y.diag);
  const kept: Run[] = [];
  for (const run of runs) {
    let pieces: [number, number][] = [[run.start, run.end]];
    for (const k of kept) {
      pieces = subtract(pieces, k.start, k.end);
      if (k.partner === run.partner) pieces = subtract(pieces, k.start + k.diag - run.diag, k.end + k.diag - run.diag);
      if (pieces.length === 0) break;
    }
    for (const [s, e] of pieces) {
      if (cur.hanBefore[e] - cur.hanBefore[s] >= minLength && seeded(s, e)) kept.push({ partner: run.partner, start: s, end: e, diag: run.diag });
    }
  }
  return kept;
}

/**
 * Passages an article shares with articles before it: copied text.
 *
 * A passage is shared when the same run of at least `minLength` Han
 * characters occurs in the bodies of two different articles, comparing the
 * simplified `view` and ignoring punctuation, white space, case and
 * full-/half-width forms (see `normalizedText`). Text an article repeats
 * within itself is not reported.
 *
 * Each stretch of an article's body is reported at most once, against the
 * earlier article (in input order) that shares the longest run there — the
 * likeliest source; ties go to the earliest. `a` is that earlier article,
 * `b` the later one. So a passage that many articles repeat is listed once
 * per article that repeats it, not once per pair of them: the output grows
 * with the text, not with the square of how often a passage recurs. Spans
 * point into each article's own `text`, begin and end on a letter, digit or
 * Han character, and their normalized texts are equal.
 *
 * Why an index: corpora of this genre grow to thousands of articles, and
 * comparing every pair of articles (or of sentences) grows with the square
 * of the corpus. Instead every shingle (`shingle` consecutive normalized
 * characters) is put in a map to its postings (article, position); a shingle
 * two articles have in common is a seed, extended forwards and backwards to a
 * maximal run. Shingles with more than `maxPostings` postings — set phrases
 * that every article repeats — are not used as seeds, so the work per
 * character stays bounded and the whole search grows about linearly with the
 * corpus (a run found from another seed still extends across them). A
 * passage shorter than `shingle` characters cannot be found, whatever
 * `minLength` says.
 *
 * The result is sorted by `b`'s input order, then its span.
 */
export function findSharedPassages(
  articles: readonly DuplicateInput[],
  options: DuplicateOptions = {},
): SharedPassage[] {
  const minLength = whole(options.minLength, DEFAULTS.minLength, 1);
  const k = whole(options.shingle, DEFAULTS.shingle, 1);
  const maxPostings = whole(options.maxPostings, DEFAULTS.maxPostings, 2);
  const stats: DuplicateStats = {
    positions: 0,
    shingles: 0,
    skipped: 0,
    postingsVisited: 0,
    seedsExtended: 0,
    charsCompared: 0,
  };

  const norms = articles.map((a) => normalizeSpan(a.view.length === a.text.length ? a.view : a.text, a.body));

  // The index: shingle → postings (article, position), in typed arrays.
  const index = buildShingleIndex(norms.map((n) => n.chars), k, maxPostings);
  for (const norm of norms) stats.positions += norm.chars.length;
  stats.shingles = index.size;
  const { articles: postArticles, positions: postPositions } = index;

  const found: SharedPassage[] = [];
  // Per (partner, diagonal): where the last run on it ended, in the current article's coordinates.
  const covered = createCellTable();
  for (let cur = 0; cur < articles.length; cur++) {
    const x = norms[cur].chars;
    const hanX = norms[cur].hanBefore;
    const firsts = index.firsts[cur];
    covered.clear();
    const runs: Run[] = [];
    // Seeds before each position: shingles that are not set phrases.
    const seedsBefore = new Int32Array(firsts.length + 1);
    for (let p = 0; p < firsts.length; p++) {
      const postings = firsts[p];
      seedsBefore[p + 1] = seedsBefore[p] + (postings < 0 ? 0 : 1);
      if (postings < 0) {
        stats.skipped++;
        continue;
      }
      // Postings are in article order: those of earlier articles come first, and (cur, p) is among them.
      for (let i = postings; ; i++) {
        const partner = postArticles[i];
        if (partner >= cur) break;
        stats.postingsVisited++;
        const diag = postPositions[i] - p;
        if (p < covered.get(partner, diag, -1)) continue;
        // Extend to the maximal run through (p, p + diag).
        const y = norms[partner].chars;
        stats.seedsExtended++;
        const last = Math.min(x.length, y.length - diag);
        let end = p;
        while (end < last && x[end] === y[end + diag]) end++;
        const first = Math.max(0, -diag);
        let start = p;
        while (start > first && x[start - 1] === y[start - 1 + diag]) start--;
        stats.charsCompared += end - start + 2;
        covered.set(partner, diag, Math.max(end, p + 1));
        if (end - start < k) continue; // a hash collision, or too short to matter
        if (hanX[end] - hanX[start] < minLength) continue;
        runs.push({ partner, start, end, diag });
      }
    }
    // A lone run was kept when found (it has minLength Han characters): nothing to settle.
    // A run holds the shingle it grew from; so does a piece of one that holds a whole shingle of a seed.
    const seeded = (start: number, end: number) => end - k >= start && seedsBefore[end - k + 1] > seedsBefore[start];
    const kept = runs.length === 1 ? runs : settle(runs, norms[cur], minLength, seeded);
    sortSmall(kept, (r, s) => r.start - s.start);
    const nb = norms[cur];
    for (const run of kept) {
      const na = norms[run.partner];
      const spanA = { start: na.starts[run.start + run.diag], end: na.ends[run.end - 1 + run.diag] };
      found.push({
        a: { article: articles[run.partner].slug, span: spanA },
        b: { article: articles[cur].slug, span: { start: nb.starts[run.start], end: nb.ends[run.end - 1] } },
        text: articles[run.partner].text.slice(spanA.start, spanA.end),
      });
    }
  }

  if (options.stats) {
    const s = options.stats;
    for (const key of Object.keys(stats) as (keyof DuplicateStats)[]) s[key] = (s[key] ?? 0) + stats[key];
  }
  return found;
}
