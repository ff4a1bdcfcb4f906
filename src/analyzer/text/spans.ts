import type { Span } from '../types.ts';

/** `end` moved back over trailing white space, not past `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** `[start, end)` without surrounding white space, or null when only white space. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  const e = trimEnd(text, s, end);
  return e > s ? { start: s, end: e } : null;
}
