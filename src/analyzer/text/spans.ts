/** Spans of text: white space, trimming, and lines read in place (offsets, no slices). */
import type { Item, Span } from '../types.ts';

/**
 * Code units a regular expression's `\s` matches (1): white space and line
 * terminators as ECMAScript defines them, for loops that test one character.
 */
export const SPACE_UNITS = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const u of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
    table[u] = 1;
  for (let u = 0x2000; u <= 0x200a; u++) table[u] = 1;
  return table;
})();

/** Whether `text[i]` is white space (`\s`) or one of `extra`. */
export function isSpaceOr(text: string, i: number, extra = ''): boolean {
  return SPACE_UNITS[text.charCodeAt(i)] === 1 || (extra !== '' && extra.includes(text[i]));
}

/** Whether only white space (`\s`) stands from `at` to the end of `text`: read in place, so a loop over a text's items stays linear. */
export function blankFrom(text: string, at: number): boolean {
  while (at < text.length && SPACE_UNITS[text.charCodeAt(at)] === 1) at++;
  return at >= text.length;
}

/** A span, for brevity. */
export function span(start: number, end: number): Span {
  return { start, end };
}

/** `end` moved back over trailing white space, not past `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE_UNITS[text.charCodeAt(end - 1)] === 1) end--;
  return end;
}

/**
 * `[start, end)` shrunk past white space (and `extra` characters) at both
 * ends; empty (`start === end`) when nothing else is in it.
 */
export function trimSpan(text: string, start: number, end: number, extra = ''): Span {
  while (start < end && isSpaceOr(text, start, extra)) start++;
  while (end > start && isSpaceOr(text, end - 1, extra)) end--;
  return { start, end };
}

/** Bounds of the line of `text` that starts at `start`, trimmed of white space, and where the next line starts (-1 at the end). */
export function lineAt(text: string, start: number): { start: number; end: number; next: number } {
  const newline = text.indexOf('\n', start);
  const stop = newline === -1 ? text.length : newline;
  let s = start;
  while (s < stop && SPACE_UNITS[text.charCodeAt(s)] === 1) s++;
  const e = trimEnd(text, s, stop);
  return { start: s, end: e, next: newline === -1 ? -1 : newline + 1 };
}

/** Offset where the line holding `at` starts. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Whether only spaces (`[ \t\u3000]`) stand between the line break before `at` (or the text's start) and `at`. */
export function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n';
}

/**
 * Clean-text span of an item's title: its first occurrence in the article's
 * `text` from the item's start (the title follows the item's marker).
 */
export function titleSpanOf(item: Pick<Item, 'title' | 'span'>, text: string): Span | undefined {
  if (item.title === '') return undefined;
  const at = text.indexOf(item.title, item.span.start);
  return at === -1 || at + item.title.length > item.span.end ? undefined : { start: at, end: at + item.title.length };
}
