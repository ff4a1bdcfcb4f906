import { SPACE_UNITS } from '../metadata/text.ts';

/** Bounds of the line of `text` that starts at `start`, trimmed of white space (`\s`, as `trim` removes it), and where the next line starts. */
export function lineAt(text: string, start: number): { start: number; end: number; next: number } {
  const newline = text.indexOf('\n', start);
  const stop = newline === -1 ? text.length : newline;
  let s = start;
  while (s < stop && SPACE_UNITS[text.charCodeAt(s)] === 1) s++;
  let e = stop;
  while (e > s && SPACE_UNITS[text.charCodeAt(e - 1)] === 1) e--;
  return { start: s, end: e, next: newline === -1 ? -1 : newline + 1 };
}
