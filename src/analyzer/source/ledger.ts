import { lastAtMost } from '../text/bisect.ts';
import type { Edit } from '../types.ts';

/** A change a rule wants to make, in the coordinates of the text it was given. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
  rule: string;
  note?: string;
}

/**
 * Text under revision that remembers where every character came from, so each
 * change can be reported at its source offset and undone (nothing is lost).
 *
 * Where the characters came from is kept as runs, not per character: a
 * region is cleaned by a few batches of sparse changes, and copying two
 * arrays as long as the text per batch (and filling them first) cost more
 * than the changes. A run is either copied text (each character from its own
 * source offset, counted on from the run's first) or a replacement's text
 * (every character from the whole source range it replaced).
 */
export class Ledger {
  text: string;
  readonly edits: Edit[] = [];
  /** Current offset where each run starts, ascending; the runs cover the text. */
  private runStart: number[];
  /** Source offset of a copied run's first character, or start of a replaced run's source range. */
  private runFrom: number[];
  /** End of a replaced run's source range, or -1 for a copied run. */
  private runTo: number[];
  private readonly sourceEnd: number;

  /**
   * @param text the text to revise
   * @param offset source offset of `text[0]` (when revising a slice of a source)
   */
  constructor(text: string, offset = 0) {
    this.text = text;
    this.sourceEnd = offset + text.length;
    this.runStart = text.length > 0 ? [0] : [];
    this.runFrom = text.length > 0 ? [offset] : [];
    this.runTo = text.length > 0 ? [-1] : [];
  }

  /** Source span of current `[start, end)`. */
  sourceSpan(start: number, end: number): { start: number; end: number } {
    if (end > start) return { start: this.from(start), end: this.to(end - 1) };
    const at = start < this.text.length ? this.from(start) : this.sourceEnd;
    return { start: at, end: at };
  }

  /** Index of the run holding current offset `i` (within the text). */
  private runAt(i: number): number {
    return lastAtMost(this.runStart, i);
  }

  /** Source offset where the character at current offset `i` starts. */
  private from(i: number): number {
    const k = this.runAt(i);
    return this.runTo[k] === -1 ? this.runFrom[k] + (i - this.runStart[k]) : this.runFrom[k];
  }

  /** Source offset where the character at current offset `i` ends. */
  private to(i: number): number {
    const k = this.runAt(i);
    return this.runTo[k] === -1 ? this.runFrom[k] + (i - this.runStart[k]) + 1 : this.runTo[k];
  }

  /**
   * Apply non-overlapping replacements (any order; overlapping ones after the
   * first are skipped) and record them. Returns the edits made.
   */
  apply(replacements: readonly Replacement[]): Edit[] {
    const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: Replacement[] = [];
    let last = -1;
    for (const r of sorted) {
      if (r.start < last || r.start < 0 || r.end > this.text.length || r.end < r.start) continue;
      if (r.start === r.end && r.text === '') continue;
      if (r.end - r.start === r.text.length && this.text.startsWith(r.text, r.start)) continue;
      kept.push(r);
      last = r.end;
    }
    if (kept.length === 0) return [];

    const runs = new Runs();
    const parts: string[] = [];
    const made: Edit[] = [];
    let cursor = 0;
    let shift = 0;
    for (const r of kept) {
      this.copyRuns(cursor, r.start, shift, runs);
      parts.push(this.text.slice(cursor, r.start));
      const span = this.sourceSpan(r.start, r.end);
      if (r.text.length > 0) runs.push(r.start + shift, span.start, span.end);
      parts.push(r.text);
      const edit: Edit = {
        rule: r.rule,
        start: span.start,
        end: span.end,
        at: r.start + shift,
        before: this.text.slice(r.start, r.end),
        after: r.text,
      };
      if (r.note !== undefined) edit.note = r.note;
      made.push(edit);
      shift += r.text.length - (r.end - r.start);
      cursor = r.end;
    }
    this.copyRuns(cursor, this.text.length, shift, runs);
    parts.push(this.text.slice(cursor));
    this.text = parts.join('');
    this.runStart = runs.start;
    this.runFrom = runs.from;
    this.runTo = runs.to;
    for (const e of made) this.edits.push(e);
    return made;
  }

  /** Add the runs of current `[start, end)` to `out`, moved by `shift`. */
  private copyRuns(start: number, end: number, shift: number, out: Runs): void {
    if (start >= end) return;
    for (let k = this.runAt(start); k < this.runStart.length && this.runStart[k] < end; k++) {
      const at = Math.max(this.runStart[k], start);
      const from = this.runTo[k] === -1 ? this.runFrom[k] + (at - this.runStart[k]) : this.runFrom[k];
      out.push(at + shift, from, this.runTo[k]);
    }
  }
}

/** Runs being collected for a revised text, a copied run joined to a copied run it continues. */
class Runs {
  readonly start: number[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];

  push(start: number, from: number, to: number): void {
    const k = this.start.length - 1;
    if (to === -1 && k >= 0 && this.to[k] === -1 && this.from[k] + (start - this.start[k]) === from) return;
    this.start.push(start);
    this.from.push(from);
    this.to.push(to);
  }
}

/**
 * Undo edits (in the order they were made) to get back the original text.
 * The proof that cleaning loses nothing: `undo(clean, edits) === original`.
 */
export function undo(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (let i = edits.length - 1; i >= 0; ) {
    // Edits one batch made lie in order, apart, inside the text: undone together in one pass
    // (the same as one by one from the last, whose changes never move an earlier one).
    let j = i;
    const inside = (e: Edit) => e.at >= 0 && e.at + e.after.length <= out.length;
    if (inside(edits[i]))
      while (j > 0 && edits[j - 1].at >= 0 && edits[j - 1].at + edits[j - 1].after.length <= edits[j].at) j--;
    if (j === i) {
      const e = edits[i];
      out = out.slice(0, e.at) + e.before + out.slice(e.at + e.after.length);
    } else {
      const parts: string[] = [];
      let cursor = 0;
      for (let k = j; k <= i; k++) {
        const e = edits[k];
        parts.push(out.slice(cursor, e.at), e.before);
        cursor = e.at + e.after.length;
      }
      parts.push(out.slice(cursor));
      out = parts.join('');
    }
    i = j - 1;
  }
  return out;
}
