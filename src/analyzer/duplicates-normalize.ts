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
  chars: Uint32Array;
  /** `text` offset where the character `chars[i]` came from starts. */
  starts: Uint32Array;
  /** `text` offset where it ends (exclusive). */
  ends: Uint32Array;
  /** `hanBefore[i]`: Han characters among `chars[0..i)`; length `chars.length + 1`. */
  hanBefore: Uint32Array;
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
 * Normalize `view[span]` (clamped to the string), keeping for each kept
 * character the offsets of the character it came from.
 */
export function normalizeSpan(view: string, span: Span): Normalized {
  const from = Math.max(0, Math.min(view.length, span.start));
  const to = Math.max(from, Math.min(view.length, span.end));
  const chars = new Uint32Array(to - from);
  const starts = new Uint32Array(to - from);
  const ends = new Uint32Array(to - from);
  let n = 0;
  for (let i = from; i < to; ) {
    let cp = view.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < to) {
      const low = view.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = foldCodePoint(cp);
    if (f !== DROP) {
      chars[n] = f;
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }
  const hanBefore = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) hanBefore[i + 1] = hanBefore[i] + (isHanCodePoint(chars[i]) ? 1 : 0);
  // Views of the first n (no copies: these live only while one search runs).
  return { chars: chars.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), hanBefore };
}

/** `text` as the duplicate finder compares it (letters, digits, Han; folded). */
export function normalizedText(text: string): string {
  const { chars } = normalizeSpan(text, { start: 0, end: text.length });
  let out = '';
  for (const cp of chars) out += String.fromCodePoint(cp);
  return out;
}
