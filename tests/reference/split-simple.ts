// Splitting a source into its articles as first written (the marker pattern searched for over the whole text): the oracle for tests/analyzer/source/split.test.ts.
// Only how the marker lines are found is the simple way; the pieces are made from them as the module does.
import { piecesAt } from '../../src/analyzer/source/split.ts';

const MARKER = /^[ \t\u3000]*(篇[一二三四五六七八九十百零〇两\d]{1,5})[ \t]*[:：][ \t]*([^\n]*)$/gm;

/**
 * Split a source into its articles at `篇X:` lines. A source without such
 * lines is one article. Text before the first marker is returned as `before`.
 */
export function simpleSplitPieces(view: string): ReturnType<typeof piecesAt> {
  return piecesAt(view, [...view.matchAll(MARKER)]);
}
