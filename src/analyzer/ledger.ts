import type { Edit } from './types.ts';

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
 */
export class Ledger {
  text: string;
  readonly edits: Edit[] = [];
  /** Source range each current character came from. */
  private from: Int32Array;
  private to: Int32Array;
  private readonly sourceEnd: number;

  /**
   * @param text the text to revise
   * @param offset source offset of `text[0]` (when revising a slice of a source)
   */
  constructor(text: string, offset = 0) {
    this.text = text;
    // Set before the loop: code compiled inside the loop (on-stack replacement) had no feedback for
    // arithmetic after it, and was entered and thrown away again on every region.
    this.sourceEnd = offset + text.length;
    this.from = new Int32Array(text.length);
    this.to = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      this.from[i] = offset + i;
      this.to[i] = offset + i + 1;
    }
  }

  /** Source span of current `[start, end)`. */
  sourceSpan(start: number, end: number): { start: number; end: number } {
    if (end > start) return { start: this.from[start], end: this.to[end - 1] };
    const at = start < this.text.length ? this.from[start] : this.sourceEnd;
    return { start: at, end: at };
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
      if (this.text.slice(r.start, r.end) === r.text) continue;
      kept.push(r);
      last = r.end;
    }
    if (kept.length === 0) return [];

    let length = this.text.length;
    for (const r of kept) length += r.text.length - (r.end - r.start);
    const parts: string[] = [];
    const from = new Int32Array(length);
    const to = new Int32Array(length);
    let out = 0;
    const made: Edit[] = [];
    let cursor = 0;
    let shift = 0;
    for (const r of kept) {
      from.set(this.from.subarray(cursor, r.start), out);
      to.set(this.to.subarray(cursor, r.start), out);
      out += r.start - cursor;
      parts.push(this.text.slice(cursor, r.start));
      const span = this.sourceSpan(r.start, r.end);
      from.fill(span.start, out, out + r.text.length);
      to.fill(span.end, out, out + r.text.length);
      out += r.text.length;
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
    from.set(this.from.subarray(cursor), out);
    to.set(this.to.subarray(cursor), out);
    parts.push(this.text.slice(cursor));
    this.text = parts.join('');
    this.from = from;
    this.to = to;
    this.edits.push(...made);
    return made;
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
    if (inside(edits[i])) while (j > 0 && edits[j - 1].at >= 0 && edits[j - 1].at + edits[j - 1].after.length <= edits[j].at) j--;
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
