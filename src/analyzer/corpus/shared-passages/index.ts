import type { SharedPassage, Span } from '../../types.ts';
import { charEnd, countHan, normalizeSpans, type NormalizedSpans } from './normalize.ts';
import { buildShingleIndex, createRunEnds, type RunEnds, type ShingleIndex } from './shingles.ts';

export { normalizedText } from './normalize.ts';

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

/**
 * Maximal matches of the current article with earlier ones, in normalized
 * coordinates, as growable parallel arrays (one list serves every article).
 */
class RunList {
  /** The earlier article. */
  partner = new Int32Array(64);
  /** In the current article. */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Position in the partner minus position in the current article. */
  diag = new Int32Array(64);
  count = 0;

  push(partner: number, start: number, end: number, diag: number): void {
    if (this.count === this.partner.length) {
      this.partner = grown(this.partner);
      this.start = grown(this.start);
      this.end = grown(this.end);
      this.diag = grown(this.diag);
    }
    const i = this.count++;
    this.partner[i] = partner;
    this.start[i] = start;
    this.end[i] = end;
    this.diag[i] = diag;
  }

  /** Puts a run at `at`, moving those from `at` on one place up. */
  insert(at: number, partner: number, start: number, end: number, diag: number): void {
    this.push(partner, start, end, diag);
    const last = this.count - 1;
    this.partner.copyWithin(at + 1, at, last);
    this.start.copyWithin(at + 1, at, last);
    this.end.copyWithin(at + 1, at, last);
    this.diag.copyWithin(at + 1, at, last);
    this.partner[at] = partner;
    this.start[at] = start;
    this.end[at] = end;
    this.diag[at] = diag;
  }
}

/** `a` in an array twice as long. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

const DEFAULTS = { minLength: 16, shingle: 8, maxPostings: 50 };

function whole(value: number | undefined, fallback: number, least: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  if (value === Infinity) return Infinity;
  return Math.max(least, Math.floor(value));
}

/**
 * The pieces `[from[2i], from[2i + 1])` (`count` of them, in order) minus the
 * non-empty `[cutStart, cutEnd)`, written in order to `to`: how many there are.
 */
function subtract(from: Int32Array, count: number, cutStart: number, cutEnd: number, to: Int32Array): number {
  let n = 0;
  for (let i = 0; i < 2 * count; i += 2) {
    const s = from[i];
    const e = from[i + 1];
    if (cutEnd <= s || cutStart >= e) {
      to[n++] = s;
      to[n++] = e;
      continue;
    }
    if (s < cutStart) {
      to[n++] = s;
      to[n++] = cutStart;
    }
    if (cutEnd < e) {
      to[n++] = cutEnd;
      to[n++] = e;
    }
  }
  return n >> 1;
}

/** Whether run `a` settles before run `b`: the longer first, then the earlier start, partner and diagonal. */
function precedes(runs: RunList, a: number, b: number): boolean {
  const longer = runs.end[a] - runs.start[a] - (runs.end[b] - runs.start[b]);
  if (longer !== 0) return longer > 0;
  if (runs.start[a] !== runs.start[b]) return runs.start[a] < runs.start[b];
  if (runs.partner[a] !== runs.partner[b]) return runs.partner[a] < runs.partner[b];
  return runs.diag[a] < runs.diag[b];
}

/**
 * `order[0, count)` (indices of runs) sorted by `precedes`, stably, in
 * `order` or `spare` (the one returned): a merge sort with the comparison
 * inlined, where the built-in sort would call a comparator a million times
 * at 1,000 articles.
 */
function sortRuns(runs: RunList, order: Int32Array, spare: Int32Array, count: number): Int32Array {
  const BLOCK = 8;
  for (let lo = 0; lo < count; lo += BLOCK) {
    for (let i = lo + 1; i < Math.min(lo + BLOCK, count); i++) {
      const r = order[i];
      let j = i;
      for (; j > lo && precedes(runs, r, order[j - 1]); j--) order[j] = order[j - 1];
      order[j] = r;
    }
  }
  let from = order;
  let to = spare;
  for (let width = BLOCK; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = Math.min(lo + width, count);
      const hi = Math.min(lo + 2 * width, count);
      let i = lo;
      let j = mid;
      for (let out = lo; out < hi; out++) {
        to[out] = j < hi && (i >= mid || precedes(runs, from[j], from[i])) ? from[j++] : from[i++];
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Writes to `to` the gaps `[start, end)` leaves between the stretches of
 * `kept` (disjoint, in order of start): how many there are.
 */
function gaps(kept: RunList, start: number, end: number, to: Int32Array): number {
  // The first stretch that ends after `start` (ends are in order too).
  let lo = 0;
  for (let hi = kept.count; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (kept.end[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  let at = start;
  for (let j = lo; j < kept.count && kept.start[j] < end; j++) {
    if (kept.start[j] > at) {
      to[n++] = at;
      to[n++] = kept.start[j];
    }
    at = kept.end[j];
  }
  if (at < end) {
    to[n++] = at;
    to[n++] = end;
  }
  return n >> 1;
}

/** Where the first stretch of `kept` that starts after `start` is (or would go). */
function insertionPoint(kept: RunList, start: number): number {
  let lo = 0;
  for (let hi = kept.count; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (kept.start[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the current article's seeds are, to tell whether a stretch holds a whole seed shingle. */
interface Seeds {
  /** `before[p]`: positions before `p` whose shingle is a seed. */
  before: Int32Array;
  /** Shingle length. */
  k: number;
}

/** Buffers `settle` reuses from one article to the next. */
class Scratch {
  order = new Int32Array(64);
  spare = new Int32Array(64);
  pieces = new Int32Array(64);
  sparePieces = new Int32Array(64);
  /** Per run: the next run of its copy group (see `copies`), or -1. */
  next = new Int32Array(64);
  /** Open-addressing table of copy groups by (start, end): their first run, or -1. */
  slots = new Int32Array(128);

  /** Makes room for `runs` runs and `kept` kept ones. */
  fit(runs: number, kept: number): void {
    if (this.order.length < runs) {
      this.order = new Int32Array(2 * runs);
      this.spare = new Int32Array(2 * runs);
      this.next = new Int32Array(2 * runs);
    }
    if (this.slots.length < 2 * runs) this.slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * runs)) * 2);
    if (this.pieces.length < 4 * kept + 4) {
      this.pieces = new Int32Array(8 * kept + 8);
      this.sparePieces = new Int32Array(8 * kept + 8);
    }
  }
}

/**
 * Groups the runs that cover the same stretch of the current article (with
 * different partners or diagonals: copies of one passage), writing the
 * first of each group by `precedes` to `scratch.order` (returns how many)
 * and chaining the others after it in `scratch.next`. A passage many
 * articles repeat gives one run per earlier copy, and only the first can
 * be reported (see `settle`): sorting one run per group instead of all of
 * them was most of the sort's cost at 5,000 articles.
 */
function copies(runs: RunList, scratch: Scratch): number {
  const { slots, next, order } = scratch;
  // A table of at least twice as many slots as runs, from the start of `slots`.
  const mask = 2 ** Math.ceil(Math.log2(2 * runs.count)) - 1;
  slots.fill(-1, 0, mask + 1);
  let groups = 0;
  for (let i = 0; i < runs.count; i++) {
    const start = runs.start[i];
    const end = runs.end[i];
    let slot = (Math.imul(start, 0x9e3779b1) ^ Math.imul(end, 0x85ebca6b)) & mask;
    for (let g = slots[slot]; g !== -1 && (runs.start[g] !== start || runs.end[g] !== end); g = slots[slot])
      slot = (slot + 1) & mask;
    const first = slots[slot];
    if (first === -1) {
      slots[slot] = i;
      next[i] = -1;
      order[groups++] = i;
    } else if (precedes(runs, i, first)) {
      // The new first: the table and the order list name it instead.
      slots[slot] = i;
      next[i] = first;
      for (let o = groups - 1; ; o--) {
        if (order[o] === first) {
          order[o] = i;
          break;
        }
      }
    } else {
      next[i] = next[first];
      next[first] = i;
    }
  }
  return groups;
}

/**
 * One passage per stretch of the current article: longest runs first (then
 * the earlier partner), each later run loses the characters of the current
 * article an earlier one already reports — and, with the same partner, the
 * partner's characters too — and is kept only where enough of it is left
 * and what is left still holds a seed (a leftover of set phrases alone is
 * not a passage). The kept pieces go to `kept`, in order of start (they
 * are disjoint).
 *
 * Runs over the same stretch (`copies`) come one after another in that
 * order. Once one of them loses nothing to its partner's characters, the
 * rest cannot be kept: each piece it left was kept, or was too short or held
 * no seed, and what the rest would leave lies within those. So only the
 * first of each group is sorted, and the others are looked at only when it
 * lost something that way (an article repeating its partner's text).
 */
function settle(
  runs: RunList,
  kept: RunList,
  hanBefore: Int32Array,
  seeds: Seeds,
  minLength: number,
  scratch: Scratch,
): void {
  scratch.fit(runs.count, 0);
  const groups = copies(runs, scratch);
  const order = sortRuns(runs, scratch.order, scratch.spare, groups);
  const next = scratch.next;
  for (let o = 0; o < groups; o++) {
    const r = order[o];
    if (!settleRun(runs, r, kept, hanBefore, seeds, minLength, scratch) || next[r] === -1) continue;
    const rest: number[] = [];
    for (let m = next[r]; m !== -1; m = next[m]) rest.push(m);
    rest.sort((a, b) => (precedes(runs, a, b) ? -1 : 1));
    for (const m of rest) if (!settleRun(runs, m, kept, hanBefore, seeds, minLength, scratch)) break;
  }
}

/**
 * `settle`'s step for run `r`: keeps what is left of it (see `settle`);
 * returns whether it lost characters to a kept run with its partner.
 */
function settleRun(
  runs: RunList,
  r: number,
  kept: RunList,
  hanBefore: Int32Array,
  seeds: Seeds,
  minLength: number,
  scratch: Scratch,
): boolean {
  scratch.fit(0, kept.count);
  let pieces = scratch.pieces;
  let spare = scratch.sparePieces;
  let count = gaps(kept, runs.start[r], runs.end[r], pieces);
  const left = count === 0 ? 0 : lengthOf(pieces, count);
  for (let j = 0; j < kept.count && count > 0; j++) {
    if (kept.partner[j] !== runs.partner[r]) continue;
    const shift = kept.diag[j] - runs.diag[r];
    count = subtract(pieces, count, kept.start[j] + shift, kept.end[j] + shift, spare);
    const swap = pieces;
    pieces = spare;
    spare = swap;
  }
  for (let i = 0; i < 2 * count; i += 2) {
    const s = pieces[i];
    const e = pieces[i + 1];
    if (hanBefore[e] - hanBefore[s] < minLength || !seeded(seeds, s, e)) continue;
    kept.insert(insertionPoint(kept, s), runs.partner[r], s, e, runs.diag[r]);
  }
  return left !== 0 && lengthOf(pieces, count) !== left;
}

/** Total length of the pieces `[from[2i], from[2i + 1])`. */
function lengthOf(from: Int32Array, count: number): number {
  let total = 0;
  for (let i = 0; i < 2 * count; i += 2) total += from[i + 1] - from[i];
  return total;
}

/** Whether `[start, end)` holds a whole seed shingle. */
function seeded({ before, k }: Seeds, start: number, end: number): boolean {
  return end - k >= start && before[end - k + 1] > before[start];
}

/** What the search for runs reads, and what it keeps from one article to the next. */
interface Search {
  /** The articles' characters, each article between separators found nowhere else, and where each starts. */
  chars: Int32Array;
  at: Int32Array;
  index: ShingleIndex;
  /** Per (partner, diagonal): where the last run on it ended, in the current article's coordinates. */
  covered: RunEnds;
  /** `NOTE` numbers per posting, from `(i >> 1) * NOTE` for the one at `postings[i]` (see `note`). */
  notes: Int32Array;
  /** The runs of the current article (its search's output). */
  runs: RunList;
  /** Where the current article's seeds are (its search's output too). */
  seeds: Seeds;
  /** Han characters before each position of the current article (its search's output too). */
  hanBefore: Int32Array;
  minLength: number;
  stats: DuplicateStats;
}

/**
 * The maximal runs article `cur` shares with earlier ones through a seed
 * (into `search.runs`), with at least `minLength` Han characters, where its
 * seeds are and how many Han characters precede each position (into
 * `search.seeds` and `search.hanBefore`).
 *
 * A passage that many articles share is a seed of each of them with all
 * earlier ones, and comparing the characters of every pair grows with the
 * square of how often it recurs. So an article notes on its own posting of
 * a seed its run with the seed's first article (the earliest with the
 * shingle) through it (see `note`); a later article that knows its own run
 * with that first one there reads its run with each partner that left a
 * note off the two runs, and compares characters only where both runs end
 * at the same place.
 */
function findRuns(search: Search, cur: number): void {
  const { chars, at, covered, runs, seeds } = search;
  const { postings } = search.index;
  const firsts = search.index.firsts[cur];
  const x = at[cur];
  const n = at[cur + 1] - 1 - x;
  covered.clear();
  runs.count = 0;
  if (search.hanBefore.length <= n) search.hanBefore = new Int32Array(2 * n + 1);
  countHan(chars, x, x + n, search.hanBefore);
  // Seeds before each position: shingles that are not set phrases.
  if (seeds.before.length <= firsts.length) seeds.before = new Int32Array(2 * firsts.length + 1);
  const seedsBefore = seeds.before;
  const { continues } = search.index;
  // How far the runs with all earlier postings at the last position searched reach (the nearest of their
  // ends): while the shingle at the next position continues that one, its postings lie on the same
  // diagonals, so all of them are covered up to there and the position need not be searched.
  let covers = -1;
  for (let p = 0; p < firsts.length; p++) {
    const first = firsts[p];
    seedsBefore[p + 1] = seedsBefore[p] + (first < 0 ? 0 : 1);
    if (first < 0 || postings[first] >= cur) covers = -1;
    else if (covers <= p || continues[first >> 1] === 0) covers = findRunsAt(search, cur, p, first);
  }
  search.stats.skipped += firsts.length - seedsBefore[firsts.length];
}

/**
 * The runs through position `p` of article `cur`, whose shingle's postings
 * start at `first` (with one of an earlier article), into `search.runs`;
 * returns how far the runs with all its earlier postings reach (the
 * nearest of their ends). A function of its own, called once per such seed:
 * compiled once its paths have run, where the loop over all positions is
 * compiled early.
 */
function findRunsAt(search: Search, cur: number, p: number, first: number): number {
  const { chars, at, covered, notes, runs, minLength, hanBefore, stats } = search;
  const { postings } = search.index;
  const { k } = search.seeds;
  const x = at[cur];
  const n = at[cur + 1] - 1 - x;
  // Postings are in article order: those of earlier articles come first, and (cur, p) is among them.
  // [s1, e1): the run with the first partner, when found here.
  let s1 = -1;
  let e1 = -1;
  let covers = Infinity;
  let i = first;
  for (; postings[i] < cur; i += 2) {
    const partner = postings[i];
    const diag = postings[i + 1] - p;
    const coveredTo = covered.endAfter(partner, diag, p);
    if (coveredTo >= 0) {
      if (coveredTo < covers) covers = coveredTo;
      // The run with the first partner was found at an earlier position: it is the run through this one.
      if (i === first) {
        s1 = covered.startOf(partner, diag);
        e1 = coveredTo;
      }
      continue;
    }
    // The maximal run through (p, p + diag): x[i] is chars[x + i], y[i + diag] chars[y + i].
    const y = at[partner] + diag;
    const noted = (i >> 1) * NOTE;
    let start: number;
    let end: number;
    if (s1 >= 0 && notes[noted + NOTE_START] > 0) {
      // The partner's run with the first partner, [bs, be) here, and this article's, [s1, e1): on both,
      // the characters are the first partner's, so they agree. Where one run ends before the other,
      // just past it one article has the first partner's character and the other not: the run with
      // the partner ends there too. Where both end together, the characters past them decide.
      const bs = notes[noted + NOTE_START] - 1 - diag;
      const be = notes[noted + NOTE_END] - diag;
      if (bs !== s1) start = Math.max(bs, s1);
      else start = s1 > 0 && chars[x + s1 - 1] === notes[noted + NOTE_BEFORE] ? runStart(chars, x, y, s1 - 1) : s1;
      if (be !== e1) end = Math.min(be, e1);
      else end = e1 < n && chars[x + e1] === notes[noted + NOTE_AFTER] ? runEnd(chars, x, y, e1 + 1) : e1;
      stats.charsCompared += Math.max(bs, s1) - start + end - Math.min(be, e1) + 2;
    } else {
      end = runEnd(chars, x, y, p);
      start = runStart(chars, x, y, p);
      stats.charsCompared += end - start + 2;
    }
    if (i === first) {
      s1 = start;
      e1 = end;
    }
    stats.seedsExtended++;
    const to = Math.max(end, p + 1);
    covered.set(partner, diag, start, to, p);
    if (to < covers) covers = to;
    if (end - start < k) continue; // a hash collision, or too short to matter
    if (hanBefore[end] - hanBefore[start] < minLength) continue;
    runs.push(partner, start, end, diag);
  }
  stats.postingsVisited += (i - first) / 2;
  // Noted wherever the run with the first partner is known: a later article sharing the passage reads it.
  if (s1 >= 0) {
    while (postings[i + 1] !== p) i += 2;
    note(notes, (i >> 1) * NOTE, chars, x, s1, e1);
  }
  return covers;
}

/** Where in a note its numbers are, and how many there are. */
const NOTE_START = 0;
const NOTE_END = 1;
const NOTE_BEFORE = 2;
const NOTE_AFTER = 3;
const NOTE = 4;

/**
 * What an article notes on its posting of a seed, at `notes[at]`: its run
 * with the seed's first article, `[start, end)` in its own coordinates
 * (`start + 1` is kept, 0 meaning no note), and its characters just before
 * and after the run (a separator at an edge), where they differ from the
 * first article's.
 */
function note(notes: Int32Array, at: number, chars: Int32Array, x: number, start: number, end: number): void {
  notes[at + NOTE_START] = start + 1;
  notes[at + NOTE_END] = end;
  notes[at + NOTE_BEFORE] = chars[x + start - 1];
  notes[at + NOTE_AFTER] = chars[x + end];
}

/** Where the run of `chars` from `x + p` and `y + p` on ends (relative to `x`): where they differ. */
function runEnd(chars: Int32Array, x: number, y: number, p: number): number {
  let end = p;
  while (chars[x + end] === chars[y + end]) end++;
  return end;
}

/** Where the run of `chars` up to `x + p` and `y + p` starts (relative to `x`). */
function runStart(chars: Int32Array, x: number, y: number, p: number): number {
  let start = p;
  while (chars[x + start - 1] === chars[y + start - 1]) start--;
  return start;
}

/** Adds the kept runs of article `cur` (in order of start) to `found`. */
function report(
  articles: readonly DuplicateInput[],
  texts: readonly string[],
  normalized: NormalizedSpans,
  cur: number,
  kept: RunList,
  found: SharedPassage[],
): void {
  for (let r = 0; r < kept.count; r++) {
    const partner = kept.partner[r];
    const spanA = spanOf(
      articles,
      texts,
      normalized,
      partner,
      kept.start[r] + kept.diag[r],
      kept.end[r] + kept.diag[r],
    );
    found.push({
      a: { article: articles[partner].slug, span: spanA },
      b: { article: articles[cur].slug, span: spanOf(articles, texts, normalized, cur, kept.start[r], kept.end[r]) },
      text: articles[partner].text.slice(spanA.start, spanA.end),
    });
  }
}

/** The span in `texts[a]` of article `a`'s normalized characters `[from, to)`. */
function spanOf(
  articles: readonly DuplicateInput[],
  texts: readonly string[],
  { starts, at }: NormalizedSpans,
  a: number,
  from: number,
  to: number,
): Span {
  return { start: starts[at[a] + from], end: charEnd(texts[a], starts[at[a] + to - 1], articles[a].body.end) };
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

  const texts = articles.map((a) => (a.view.length === a.text.length ? a.view : a.text));
  const normalized = normalizeSpans(articles.map((a, i) => ({ text: texts[i], span: a.body })));
  const { chars, at } = normalized;
  const bodies = articles.map((_, a) => chars.subarray(at[a], at[a + 1] - 1));

  // The index: shingle → postings (article, position), in typed arrays.
  const index = buildShingleIndex(bodies, k, maxPostings);
  stats.positions = at[articles.length] - at[0] - articles.length;
  stats.shingles = index.size;

  const found: SharedPassage[] = [];
  const search: Search = {
    chars,
    at,
    index,
    covered: createRunEnds(),
    notes: new Int32Array((index.postings.length >> 1) * NOTE),
    runs: new RunList(),
    seeds: { before: new Int32Array(0), k },
    hanBefore: new Int32Array(0),
    minLength,
    stats,
  };
  const kept = new RunList();
  const scratch = new Scratch();
  for (let cur = 0; cur < articles.length; cur++) {
    findRuns(search, cur);
    // A lone run was kept when found (it has minLength Han characters): nothing to settle.
    // A run holds the shingle it grew from; so does a piece of one that holds a whole shingle of a seed.
    const { runs } = search;
    kept.count = 0;
    if (runs.count === 1) kept.push(runs.partner[0], runs.start[0], runs.end[0], runs.diag[0]);
    else settle(runs, kept, search.hanBefore, search.seeds, minLength, scratch);
    report(articles, texts, normalized, cur, kept, found);
  }

  if (options.stats) {
    const s = options.stats;
    for (const key of Object.keys(stats) as (keyof DuplicateStats)[]) s[key] = (s[key] ?? 0) + stats[key];
  }
  return found;
}
