// The ledger as first written (the source range of every character in two arrays as long as the text): the oracle for tests/analyzer/source/ledger.test.ts.
import type { Replacement } from '../../src/analyzer/source/ledger.ts';
import type { Edit } from '../../src/analyzer/types.ts';

export class SimpleLedger {
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
