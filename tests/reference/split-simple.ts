// Splitting a source into its articles as first written (the marker pattern searched for over the whole text): the oracle for tests/split.test.ts.
import type { Span } from '../../src/analyzer/types.ts';

/** One piece of a multi-article source, as marked by `篇一:`. */
interface Piece {
  /** Source span from the marker line to the next marker (or the end). */
  span: Span;
  /** Span of the marker line itself (`篇二:城市社区党建存在的问题及对策`). */
  marker: Span | null;
  label?: string;
  listingTitle?: string;
}

const MARKER = /^[ \t\u3000]*(篇[一二三四五六七八九十百零〇两\d]{1,5})[ \t]*[:：][ \t]*([^\n]*)$/gm;

/**
 * Split a source into its articles at `篇X:` lines. A source without such
 * lines is one article. Text before the first marker is returned as `before`.
 */
export function simpleSplitPieces(view: string): { before: Span; pieces: Piece[] } {
  const found: { start: number; end: number; label: string; title: string }[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(view); m; m = MARKER.exec(view)) {
    found.push({ start: m.index, end: m.index + m[0].length, label: m[1], title: m[2].trim() });
  }
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
