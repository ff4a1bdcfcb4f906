import type { SharedPassage, Span } from './types.ts';
import { normalizeSpan, type Normalized } from './duplicates-normalize.ts';
import { buildShingleIndex, createCellTable, shingleKeys } from './shingle-index.ts';
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

/** A maximal match between articles `a` < `b`, in normalized coordinates. */
interface Run {
  start: number; // in a
  end: number; // in a
  diag: number; // position in b minus position in a
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
 * One passage per stretch of text: longest runs first, each later run loses
 * the characters (of either article) an earlier one already reports, and is
 * kept only where enough of it is left.
 */
function settle(runs: Run[], a: Normalized, minLength: number): Run[] {
  sortSmall(runs, (x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || x.diag - y.diag);
  const kept: Run[] = [];
  for (const run of runs) {
    let pieces: [number, number][] = [[run.start, run.end]];
    for (const k of kept) {
      pieces = subtract(pieces, k.start, k.end);
      pieces = subtract(pieces, k.start + k.diag - run.diag, k.end + k.diag - run.diag);
      if (pieces.length === 0) break;
    }
    for (const [s, e] of pieces) {
      if (a.hanBefore[e] - a.hanBefore[s] >= minLength) kept.push({ start: s, end: e, diag: run.diag });
    }
  }
  return kept;
}

/**
 * Passages that two different articles share: copied text.
 *
 * A passage is shared when the same run of at least `minLength` Han
 * characters occurs in the bodies of two different articles, comparing the
 * simplified `view` and ignoring punctuation, white space, case and
 * full-/half-width forms (see `normalizedText`). Text an article repeats
 * within itself is not reported. Each stretch of text is reported at most
 * once per pair of articles (the longest match wins), with spans that point
 * into each article's own `text`, begin and end on a letter, digit or Han
 * character, and whose normalized texts are equal.
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
 * `a` is the article that comes first in the input; the result is sorted by
 * `a`'s input order, then its span, then `b`'s input order and span.
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
  const keys = norms.map((n) => (k === Infinity ? new Float64Array(0) : shingleKeys(n.chars, k)));

  // The index: shingle → postings (article, position), in typed arrays.
  const index = buildShingleIndex(keys);
  for (let art = 0; art < keys.length; art++) stats.positions += norms[art].chars.length;
  stats.shingles = index.size;
  const { offsets, articles: postArticles, positions: postPositions } = index;

  const found: SharedPassage[] = [];
  // Per (b, diagonal): where the last run on it ended, in a's coordinates.
  const covered = createCellTable();
  for (let a = 0; a < articles.length; a++) {
    const x = norms[a].chars;
    const hanA = norms[a].hanBefore;
    const ids = index.ids[a];
    covered.clear();
    const runs = new Map<number, Run[]>();
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p];
      const from = offsets[id];
      const to = offsets[id + 1];
      if (to - from > maxPostings) {
        stats.skipped++;
        continue;
      }
      stats.postingsVisited += to - from;
      // Postings are in article order: those of articles up to `a` (never compared from here) come first.
      let i = from;
      for (let hi = to; i < hi; ) {
        const mid = (i + hi) >> 1;
        if (postArticles[mid] <= a) i = mid + 1;
        else hi = mid;
      }
      for (; i < to; i++) {
        const b = postArticles[i];
        const q = postPositions[i];
        const diag = q - p;
        if (p < covered.get(b, diag, -1)) continue;
        // Extend to the maximal run through (p, q).
        const y = norms[b].chars;
        stats.seedsExtended++;
        const last = Math.min(x.length, y.length - diag);
        let end = p;
        while (end < last && x[end] === y[end + diag]) end++;
        const first = Math.max(0, -diag);
        let start = p;
        while (start > first && x[start - 1] === y[start - 1 + diag]) start--;
        stats.charsCompared += end - start + 2;
        covered.set(b, diag, Math.max(end, p + 1));
        if (end - start < k) continue; // a hash collision, or too short to matter
        if (hanA[end] - hanA[start] < minLength) continue;
        let list2 = runs.get(b);
        if (list2 === undefined) runs.set(b, (list2 = []));
        list2.push({ start, end, diag });
      }
    }
    // Kept runs as rows (b, start in a, end in a, start in b, end in b), then as passages in
    // order of a's span, b's input order and span.
    const na = norms[a];
    const rows: number[] = [];
    // A typed array sorts numbers natively, without a comparator call per comparison.
    for (const b of Int32Array.from(runs.keys()).sort()) {
      const list = runs.get(b)!;
      const nb = norms[b];
      // A lone run was kept when found (it has minLength Han characters): nothing to settle.
      for (const run of list.length === 1 ? list : settle(list, na, minLength)) {
        rows.push(b, na.starts[run.start], na.ends[run.end - 1], nb.starts[run.start + run.diag], nb.ends[run.end - 1 + run.diag]);
      }
    }
    const order = Array.from({ length: rows.length / 5 }, (_, i) => i * 5);
    order.sort((i, j) => rows[i + 1] - rows[j + 1] || rows[i] - rows[j] || rows[i + 3] - rows[j + 3] || rows[i + 2] - rows[j + 2]);
    for (const i of order) {
      const spanA = { start: rows[i + 1], end: rows[i + 2] };
      found.push({
        a: { article: articles[a].slug, span: spanA },
        b: { article: articles[rows[i]].slug, span: { start: rows[i + 3], end: rows[i + 4] } },
        text: articles[a].text.slice(spanA.start, spanA.end),
      });
    }
  }

  if (options.stats) {
    const s = options.stats;
    for (const key of Object.keys(stats) as (keyof DuplicateStats)[]) s[key] = (s[key] ?? 0) + stats[key];
  }
  return found;
}
