/**
 * The keep rule: which parts of an article's runs are reported, so that
 * each stretch of it is listed once, under the partner with the longest run.
 */
import { firstAtLeast } from '../../text/bisect.ts';
import { precedes, sortRuns } from './run-order.ts';
import { type RunList, subtract, totalLength, uncovered } from './runs.ts';

/** Where the current article's seeds are, to tell whether a stretch holds a whole seed shingle. */
export interface Seeds {
  /** `before[p]`: positions before `p` whose shingle is a seed. */
  before: Int32Array;
  /** Shingle length. */
  k: number;
}

/** Whether `[start, end)` holds a whole seed shingle. */
function holdsSeed({ before, k }: Seeds, start: number, end: number): boolean {
  return end - k >= start && before[end - k + 1] > before[start];
}

/** Buffers the keep rule reuses from one article to the next. */
export class KeepBuffers {
  order = new Int32Array(64);
  spare = new Int32Array(64);
  pieces = new Int32Array(64);
  sparePieces = new Int32Array(64);
  /** Per run: the next run of its copy group (see `groupCopies`), or -1. */
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
 * Writes to `kept` (emptied first; in order of start, disjoint) one passage
 * per stretch of the current article out of its `runs`. The longest runs
 * come first (then the earlier start, partner, diagonal: `precedes`); each
 * later run loses the characters of the current article an earlier one
 * already reports — and, with the same partner, the partner's characters
 * too — and is kept only where enough of it is left (`minLength` Han
 * characters) and what is left still holds a seed (a leftover of set
 * phrases alone is not a passage).
 *
 * Runs over the same stretch (`groupCopies`) come one after another in that
 * order. Once one of them loses nothing to its partner's characters, the
 * rest cannot be kept: each piece it left was kept, or was too short or held
 * no seed, and what the rest would leave lies within those. So only the
 * first of each group is sorted, and the others are looked at only when it
 * lost something that way (an article repeating its partner's text).
 */
export function keepRuns(
  runs: RunList,
  kept: RunList,
  hanBefore: Int32Array,
  seeds: Seeds,
  minLength: number,
  buffers: KeepBuffers,
): void {
  kept.count = 0;
  // A lone run is kept whole: it was found with minLength Han characters, and holds the seed it grew from.
  if (runs.count === 1) {
    kept.push(runs.partner[0], runs.start[0], runs.end[0], runs.diag[0]);
    return;
  }
  buffers.fit(runs.count, 0);
  const groups = groupCopies(runs, buffers);
  const order = sortRuns(runs, buffers.order, buffers.spare, groups);
  const next = buffers.next;
  for (let o = 0; o < groups; o++) {
    const r = order[o];
    if (!keepRun(runs, r, kept, hanBefore, seeds, minLength, buffers) || next[r] === -1) continue;
    const rest: number[] = [];
    for (let m = next[r]; m !== -1; m = next[m]) rest.push(m);
    rest.sort((a, b) => (precedes(runs, a, b) ? -1 : 1));
    for (const m of rest) if (!keepRun(runs, m, kept, hanBefore, seeds, minLength, buffers)) break;
  }
}

/**
 * Groups the runs that cover the same stretch of the current article (with
 * different partners or diagonals: copies of one passage), writing the
 * first of each group by `precedes` to `buffers.order` (returns how many)
 * and chaining the others after it in `buffers.next`. A passage many
 * articles repeat gives one run per earlier copy, and only the first can
 * be reported: sorting one run per group instead of all of them was most
 * of the sort's cost at 5,000 articles.
 */
function groupCopies(runs: RunList, buffers: KeepBuffers): number {
  const { slots, next, order } = buffers;
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
 * `keepRuns`' step for run `r`: keeps what is left of it; returns whether
 * it lost characters to a kept run with its partner.
 */
function keepRun(
  runs: RunList,
  r: number,
  kept: RunList,
  hanBefore: Int32Array,
  seeds: Seeds,
  minLength: number,
  buffers: KeepBuffers,
): boolean {
  buffers.fit(0, kept.count);
  let pieces = buffers.pieces;
  let spare = buffers.sparePieces;
  let count = uncovered(kept, runs.start[r], runs.end[r], pieces);
  const left = count === 0 ? 0 : totalLength(pieces, count);
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
    if (hanBefore[e] - hanBefore[s] < minLength || !holdsSeed(seeds, s, e)) continue;
    kept.insert(firstAtLeast(kept.start, s, kept.count), runs.partner[r], s, e, runs.diag[r]);
  }
  return left !== 0 && totalLength(pieces, count) !== left;
}
