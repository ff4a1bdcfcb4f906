import type { Span } from './types.ts';

/**
 * Normalization for finding copied text: only letters, digits and Han
 * characters count, case-folded, with full-width and other compatibility
 * forms folded (NFKC) to their plain form. Punctuation, white space and
 * everything else is dropped, so `一级抓一级，层层抓落实` and
 * `一级抓一级, 层层抓落实` normalize alike.
 */

/** A stretch of text reduced to its matchable characters, mapped back to the text. */
export interface Normalized {
  /** Normalized code points. */
  chars: Int32Array;
  /** `text` offset where the character `chars[i]` came from starts. */
  starts: Uint32Array;
  /** `text` offset where it ends (exclusive). */
  ends: Uint32Array;
  /** `hanBefore[i]`: Han characters among `chars[0..i)`; length `chars.length + 1`. */
  hanBefore: Uint32Array;
}

/** Several stretches normalized into shared arrays. */
export interface NormalizedSpans {
  /** Each stretch, as views of the arrays below. */
  spans: Normalized[];
  /**
   * The characters of all stretches, each between two separators found
   * nowhere else (negative, unlike characters): comparing two stretches
   * along a diagonal stops at an edge by itself.
   */
  chars: Int32Array;
  /** Where each stretch's first character is in `chars`. */
  at: Int32Array;
}

const DROP = -1;
const folded = new Map<number, number>();
const hanCache = new Map<number, boolean>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** The normalized code point of `cp`, or `DROP`. */
export function foldCodePoint(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x30 && cp <= 0x39) return cp; // 0-9
    if (cp >= 0x61 && cp <= 0x7a) return cp; // a-z
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20; // A-Z
    return DROP;
  }
  if (cp >= 0x4e00 && cp <= 0x9fff) return cp; // the common Han block
  let out = folded.get(cp);
  if (out === undefined) {
    const ch = String.fromCodePoint(cp);
    const kept = [...ch.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '')];
    if (kept.length === 1) out = kept[0].codePointAt(0)!;
    else if (kept.length === 0) out = DROP;
    else {
      // Expands to several characters (`⑽` → `10`): keep it as one character.
      const lower = ch.toLowerCase();
      out = LETTER_OR_DIGIT.test(lower) ? lower.codePointAt(0)! : LETTER_OR_DIGIT.test(ch) ? cp : DROP;
    }
    folded.set(cp, out);
  }
  return out;
}

/** Whether a (normalized) code point is a Han character. */
export function isHanCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  let han = hanCache.get(cp);
  if (han === undefined) {
    han = /^\p{Script=Han}$/u.test(String.fromCodePoint(cp));
    hanCache.set(cp, han);
  }
  return han;
}

/**
 * What `foldCodePoint` and `isHanCodePoint` say of each BMP code point, once
 * looked up: 0 until then, -1 if dropped, else `1 + (folded << 1 | han)`.
 * Spares the maps a look-up for the punctuation and letters between the
 * common Han characters.
 */
const bmpFolds = new Int32Array(0x10000);

/** The `bmpFolds` entry of a code point (of any plane, those beyond the BMP not kept). */
function foldEntry(cp: number): number {
  let entry = cp < 0x10000 ? bmpFolds[cp] : 0;
  if (entry === 0) {
    const f = foldCodePoint(cp);
    entry = f === DROP ? -1 : 1 + ((f << 1) | (isHanCodePoint(f) ? 1 : 0));
    if (cp < 0x10000) bmpFolds[cp] = entry;
  }
  return entry;
}

/**
 * Normalize `text[span]` (clamped to the string) of each of `stretches`,
 * keeping for each kept character the offsets of the character it came
 * from. One array of each kind holds them all: a few allocations, not four
 * per stretch.
 */
export function normalizeSpans(stretches: readonly { text: string; span: Span }[]): NormalizedSpans {
  let room = 1;
  for (const { text, span } of stretches) room += clamp(text, span).length + 1;
  const chars = new Int32Array(room);
  const starts = new Uint32Array(room);
  const ends = new Uint32Array(room);
  const hanBefore = new Uint32Array(room);
  const at = new Int32Array(stretches.length);
  const spans: Normalized[] = [];
  chars[0] = -1;
  let w = 1;
  for (let s = 0; s < stretches.length; s++) {
    const { text, span } = stretches[s];
    const { from, to } = clamp(text, span);
    at[s] = w;
    const n = normalizeInto(text, from, to, { chars, starts, ends, hanBefore }, w);
    spans.push({
      chars: chars.subarray(w, w + n),
      starts: starts.subarray(w, w + n),
      ends: ends.subarray(w, w + n),
      hanBefore: hanBefore.subarray(w, w + n + 1),
    });
    w += n;
    chars[w++] = -2 - s;
  }
  return { spans, chars, at };
}

/** `span` clamped to `text`. */
function clamp(text: string, span: Span): { from: number; to: number; length: number } {
  const from = Math.max(0, Math.min(text.length, span.start));
  const to = Math.max(from, Math.min(text.length, span.end));
  return { from, to, length: to - from };
}

/** Normalizes `text[from, to)` into the arrays of `out` from index `w` on: how many characters it kept. */
function normalizeInto(text: string, from: number, to: number, out: Normalized, w: number): number {
  const { chars, starts, ends, hanBefore } = out;
  const first = w;
  let han = 0;
  hanBefore[w] = 0;
  for (let i = from; i < to; ) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // The common Han block folds to itself; the rest is looked up.
    const entry = cp >= 0x4e00 && cp <= 0x9fff ? 1 + ((cp << 1) | 1) : foldEntry(cp);
    if (entry > 0) {
      chars[w] = (entry - 1) >> 1;
      han += (entry - 1) & 1;
      starts[w] = i;
      ends[w] = i + width;
      w++;
      hanBefore[w] = han;
    }
    i += width;
  }
  return w - first;
}

/** `text` as the duplicate finder compares it (letters, digits, Han; folded). */
export function normalizedText(text: string): string {
  const { chars } = normalizeSpans([{ text, span: { start: 0, end: text.length } }]).spans[0];
  let out = '';
  for (const cp of chars) out += String.fromCodePoint(cp);
  return out;
}
