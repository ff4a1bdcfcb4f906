/**
 * The search for runs: for each position of an article whose shingle is a
 * seed, the maximal runs it shares there with earlier articles.
 */
import { createRunEnds, type RunEnds } from './run-ends.ts';
import type { Seeds } from './keep.ts';
import { countHan } from './normalize.ts';
import { RunList } from './runs.ts';
import type { ShingleIndex } from './shingles.ts';

/** Where in a note its numbers are, and how many there are. */
const NOTE_START = 0;
const NOTE_END = 1;
const NOTE_BEFORE = 2;
const NOTE_AFTER = 3;
const NOTE = 4;

/** Counters of the search's work (see `SharedPassageStats`). */
export interface SearchCounts {
  skipped: number;
  postingsVisited: number;
  seedsExtended: number;
  charsCompared: number;
}

/** What the search for runs reads, and what it keeps from one article to the next. */
export interface Search {
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
  counts: SearchCounts;
}

/**
 * A search over `chars` (articles at `at`, as `normalizeSpans` lays them
 * out) through `index`, for runs of at least `minLength` Han characters.
 */
export function createSearch(
  chars: Int32Array,
  at: Int32Array,
  index: ShingleIndex,
  k: number,
  minLength: number,
): Search {
  return {
    chars,
    at,
    index,
    covered: createRunEnds(),
    notes: new Int32Array((index.postings.length >> 1) * NOTE),
    runs: new RunList(),
    seeds: { before: new Int32Array(0), k },
    hanBefore: new Int32Array(0),
    minLength,
    counts: { skipped: 0, postingsVisited: 0, seedsExtended: 0, charsCompared: 0 },
  };
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
export function findRuns(search: Search, cur: number): void {
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
  search.counts.skipped += firsts.length - seedsBefore[firsts.length];
}

/**
 * The runs through position `p` of article `cur`, whose shingle's postings
 * start at `first` (with one of an earlier article), into `search.runs`;
 * returns how far the runs with all its earlier postings reach (the
 * nearest of their ends). A function of its own for speed: see
 * docs/performance.md.
 */
function findRunsAt(search: Search, cur: number, p: number, first: number): number {
  const { chars, at, covered, notes, runs, minLength, hanBefore, counts } = search;
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
      counts.charsCompared += Math.max(bs, s1) - start + end - Math.min(be, e1) + 2;
    } else {
      end = runEnd(chars, x, y, p);
      start = runStart(chars, x, y, p);
      counts.charsCompared += end - start + 2;
    }
    if (i === first) {
      s1 = start;
      e1 = end;
    }
    counts.seedsExtended++;
    const to = Math.max(end, p + 1);
    covered.set(partner, diag, start, to, p);
    if (to < covers) covers = to;
    if (end - start < k) continue; // a hash collision, or too short to matter
    if (hanBefore[end] - hanBefore[start] < minLength) continue;
    runs.push(partner, start, end, diag);
  }
  counts.postingsVisited += (i - first) / 2;
  // Noted wherever the run with the first partner is known: a later article sharing the passage reads it.
  if (s1 >= 0) {
    while (postings[i + 1] !== p) i += 2;
    note(notes, (i >> 1) * NOTE, chars, x, s1, e1);
  }
  return covers;
}

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
