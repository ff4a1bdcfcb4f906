import type { Span } from '../types.ts';

/** One piece of a multi-article source, as marked by `篇一:`. */
export interface Piece {
  /** Source span from the marker line to the next marker (or the end). */
  span: Span;
  /** Span of the marker line itself (`篇二:城市社区党建存在的问题及对策`). */
  marker: Span | null;
  label?: string;
  listingTitle?: string;
}

const MARKER = /^[ \t\u3000]*(篇[一二三四五六七八九十百零〇两\d]{1,5})[ \t]*[:：][ \t]*([^\n]*)$/my;
/** Characters after which a line starts (`^` under the `m` flag). */
const LINE_BREAKS = '\n\r\u2028\u2029';

/**
 * The matches the global search for `MARKER` finds, tried only at the
 * lines whose first character after their indentation is 篇 (rare, and
 * quickly looked for) instead of searching the whole text.
 */
function markerLines(view: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let q = view.indexOf('篇'); q !== -1; q = view.indexOf('篇', q + 1)) {
    let p = q;
    while (p > 0 && (view[p - 1] === ' ' || view[p - 1] === '\t' || view[p - 1] === '\u3000')) p--;
    if (p < from || (p > 0 && !LINE_BREAKS.includes(view[p - 1]))) continue;
    MARKER.lastIndex = p;
    const m = MARKER.exec(view);
    if (m === null) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}

/**
 * Split a source into its articles at `篇X:` lines. A source without such
 * lines is one article. Text before the first marker is returned as `before`.
 */
export function splitPieces(view: string): { before: Span; pieces: Piece[] } {
  return piecesAt(view, markerLines(view));
}

/** The pieces `view` splits into at the `篇X:` marker lines `lines` (matches of the marker pattern, in order). */
export function piecesAt(view: string, lines: readonly RegExpExecArray[]): { before: Span; pieces: Piece[] } {
  const found = lines.map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[1], title: m[2].trim() }));
  if (found.length === 0) {
    return { before: { start: 0, end: 0 }, pieces: [{ span: { start: 0, end: view.length }, marker: null }] };
  }
  const pieces = found.map((f, i) => {
    const piece: Piece = {
      span: { start: f.start, end: i + 1 < found.length ? found[i + 1].start : view.length },
      marker: { start: f.start, end: f.end },
      label: f.label,
    };
    if (f.title) piece.listingTitle = f.title;
    return piece;
  });
  return { before: { start: 0, end: found[0].start }, pieces };
}
