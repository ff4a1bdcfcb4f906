import { BULLET_CLASS } from '../../text/chars.ts';
import type { Marker } from '../../types.ts';

/**
 * A bullet opening a line before the point's words (two characters at least: `- 提` is cut off), or
 * alone on its line above them (a web page's list item whose bullet was drawn apart: `-` ⏎ `决策机制…`).
 */
const BULLET = new RegExp(
  String.raw`^[ \t\u3000]*(${BULLET_CLASS})[ \t\u3000]*(?:\n[ \t\u3000]*)?(?=[\p{Script=Han}“"‘《（(][^\n])`,
  'gmu',
);

/**
 * The bullets opening lines in `view` `[start, end)`, numbered 1, 2, 3… so
 * that a list of them reads as an enumeration (`splitRuns`); a line of other
 * text between two bullets starts a new list at 1.
 */
export function bulletMarkers(view: string, start: number, end: number): Marker[] {
  const out: Marker[] = [];
  const slice = view.slice(start, end);
  let prevLineEnd = -1;
  BULLET.lastIndex = 0;
  for (let m = BULLET.exec(slice); m !== null; m = BULLET.exec(slice)) {
    const at = start + m.index;
    const lineEnd = view.indexOf('\n', at + m[0].length);
    const apart = prevLineEnd === -1 || view.slice(prevLineEnd, at).trim() !== '';
    const ordinal = apart ? 1 : out[out.length - 1].ordinal + 1;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ family: 'bullet', ordinal, text: m[1], start: at + lead, end: at + m[0].length });
    prevLineEnd = lineEnd === -1 ? view.length : lineEnd;
  }
  return out;
}

/** A line that can head a list of bullets: short, with no sentence in it. */
const HEAD_LINE = /^[^。！？!?；;，,\n]{2,30}$/;

/**
 * The markers that enumerate the points of `[start, end)` by its bullets: its
 * one list of two or more; else, where each of several lists follows a short
 * line of its own (`2.1 加强党组织建设` then its bullets), those lines (as
 * empty markers at their starts), the bullets their sub-points.
 */
export function enumeratingBullets(view: string, start: number, end: number): Marker[] {
  const bullets = bulletMarkers(view, start, end);
  const firsts = bullets.filter((b) => b.ordinal === 1);
  if (firsts.length === 1) return bullets.length >= 2 ? bullets : [];
  const heads: Marker[] = [];
  for (const b of firsts) {
    // The last non-blank line before the list.
    let lineEnd = view.lastIndexOf('\n', b.start - 1);
    while (lineEnd > start && view.slice(view.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd).trim() === '')
      lineEnd = view.lastIndexOf('\n', lineEnd - 1);
    const lineStart = view.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineEnd <= start || lineStart < start || !HEAD_LINE.test(view.slice(lineStart, lineEnd).trim())) return [];
    const at = lineStart + view.slice(lineStart, lineEnd).search(/\S/);
    heads.push({ family: 'bullet', ordinal: heads.length + 1, text: '', start: at, end: at });
  }
  return heads;
}

/** `a` and `b` merged in text order. */
export function mergeMarkers(a: readonly Marker[], b: readonly Marker[]): Marker[] {
  if (b.length === 0) return [...a];
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
