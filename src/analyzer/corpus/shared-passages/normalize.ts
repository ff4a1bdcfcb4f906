import type { Span } from '../../types.ts';
import { isHanCodePoint } from '../../text/chars.ts';

/**
 * Normalization for finding copied text: only letters, digits and Han
 * characters count, case-folded, with full-width and other compatibility
 * forms folded (NFKC) to their plain form. Punctuation, white space and
 * everything else is dropped, so `一级抓一级，层层抓落实` and
 * `一级抓一级, 层层抓落实` normalize alike.
 */

/** Several stretches of text reduced to their matchable characters, in shared arrays. */
export interface NormalizedSpans {
  /**
   * The normalized code points of all stretches, each stretch between two
   * separators found nowhere else (negative, unlike characters): comparing
   * two stretches along a diagonal stops at an edge by itself.
   */
  chars: Int32Array;
  /** For each character of `chars`: where the character it came from starts in its text. */
  starts: Int32Array;
  /**
   * Where each stretch's first character is in `chars`, and one more entry:
   * stretch `s` is `chars[at[s], at[s + 1] - 1)`, its closing separator at
   * `at[s + 1] - 1`.
   */
  at: Int32Array;
}

const DROP = -1;
const folded = new Map<number, number>();
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

/** What `foldCodePoint` says of each BMP code point once looked up, plus two (0 until then). */
const bmpFolds = new Int32Array(0x10000);

/**
 * `foldCodePoint(cp)`, from `bmpFolds` for the BMP: spares the map a
 * look-up for the punctuation and letters between the common Han characters.
 */
function foldOf(cp: number): number {
  if (cp >= 0x10000) return foldCodePoint(cp);
  let entry = bmpFolds[cp];
  if (entry === 0) {
    entry = foldCodePoint(cp) + 2;
    bmpFolds[cp] = entry;
  }
  return entry - 2;
}

/**
 * Normalize `text[span]` (clamped to the string) of each of `stretches`,
 * keeping for each kept character the offset of the character it came
 * from (`charEnd` tells where that ends). One array of each kind holds
 * them all: a few allocations, not several per stretch.
 */
export function normalizeSpans(stretches: readonly { text: string; span: Span }[]): NormalizedSpans {
  let room = 1;
  for (const { text, span } of stretches) room += clamp(text, span).length + 1;
  const chars = new Int32Array(room);
  const starts = new Int32Array(room);
  const at = new Int32Array(stretches.length + 1);
  chars[0] = -1;
  let w = 1;
  for (let s = 0; s < stretches.length; s++) {
    const { text, span } = stretches[s];
    const { from, to } = clamp(text, span);
    at[s] = w;
    w = normalizeInto(text, from, to, chars, starts, w);
    chars[w++] = -2 - s;
  }
  at[stretches.length] = w;
  return { chars, starts, at };
}

/** `span` clamped to `text`. */
function clamp(text: string, span: Span): { from: number; to: number; length: number } {
  const from = Math.max(0, Math.min(text.length, span.start));
  const to = Math.max(from, Math.min(text.length, span.end));
  return { from, to, length: to - from };
}

/** Normalizes `text[from, to)` into `chars` and `starts` from index `w` on: the index after the last character. */
function normalizeInto(
  text: string,
  from: number,
  to: number,
  chars: Int32Array,
  starts: Int32Array,
  w: number,
): number {
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
    const folded = cp >= 0x4e00 && cp <= 0x9fff ? cp : foldOf(cp);
    if (folded !== DROP) {
      chars[w] = folded;
      starts[w++] = i;
    }
    i += width;
  }
  return w;
}

/**
 * Where the character of `text` that starts at `start` ends, as
 * `normalizeSpans` read it with a span ending at `end`: a surrogate pair
 * that ends before `end` is one character.
 */
export function charEnd(text: string, start: number, end: number): number {
  const high = text.charCodeAt(start);
  const low = text.charCodeAt(start + 1);
  const pair =
    high >= 0xd800 && high <= 0xdbff && start + 1 < Math.min(end, text.length) && low >= 0xdc00 && low <= 0xdfff;
  return start + (pair ? 2 : 1);
}

/** `into[i]`: Han characters among `chars[from, from + i)`, for `i` up to `to - from`. */
export function countHan(chars: Int32Array, from: number, to: number, into: Int32Array): void {
  into[0] = 0;
  for (let i = from; i < to; i++) {
    const cp = chars[i];
    into[i - from + 1] = into[i - from] + ((cp >= 0x4e00 && cp <= 0x9fff) || isHanCodePoint(cp) ? 1 : 0);
  }
}

/** `text` as shared passages are compared (letters, digits, Han; folded). */
export function normalizedText(text: string): string {
  const { chars, at } = normalizeSpans([{ text, span: { start: 0, end: text.length } }]);
  let out = '';
  for (let i = at[0]; i < at[1] - 1; i++) out += String.fromCodePoint(chars[i]);
  return out;
}
