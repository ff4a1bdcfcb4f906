/**
 * Runs (maximal matches of the current article with an earlier one) in
 * growable typed arrays, and the interval arithmetic the keep rule does on
 * them: stretches as `[start, end)` pairs of normalized positions.
 */
import { firstAbove } from '../../text/bisect.ts';

/** Runs as parallel arrays, in normalized coordinates; one list serves every article. */
export class RunList {
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

/**
 * Writes to `to` the pieces of `[start, end)` that no run of `kept` covers
 * (its runs disjoint, in order of start): how many there are.
 */
export function uncovered(kept: RunList, start: number, end: number, to: Int32Array): number {
  // Runs are disjoint and in order, so their ends are in order too.
  let n = 0;
  let at = start;
  for (let j = firstAbove(kept.end, start, kept.count); j < kept.count && kept.start[j] < end; j++) {
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

/**
 * The pieces `[from[2i], from[2i + 1])` (`count` of them, in order) minus the
 * non-empty `[cutStart, cutEnd)`, written in order to `to`: how many there are.
 */
export function subtract(from: Int32Array, count: number, cutStart: number, cutEnd: number, to: Int32Array): number {
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

/** Total length of the pieces `[from[2i], from[2i + 1])`, `count` of them. */
export function totalLength(from: Int32Array, count: number): number {
  let total = 0;
  for (let i = 0; i < 2 * count; i += 2) total += from[i + 1] - from[i];
  return total;
}
