/** A table of contents in an article's front matter, read as its body when the page gives no more. */
import { findHeadingMarkers } from './markers.ts';
import type { Span } from '../../types.ts';

/** Numbered lines, at least, that make a table of contents. */
const MIN_ENTRIES = 3;

/**
 * The table of contents in the front matter `[start, end)`, from its first numbered line to its last:
 * a document site's preview lists the outline before the title and abstract, then cuts the page
 * (`目录/提纲:……` ⏎ `一、…` ⏎ `(一)…` … ⏎ title ⏎ `摘 要:…`). Three numbered lines or more, and most
 * of the lines between them numbered; else none.
 */
export function contentsIn(view: string, start: number, end: number): Span | undefined {
  let first: Span | undefined;
  let last: Span | undefined;
  let numbered = 0;
  let lines = 0;
  for (let at = start; at < end; ) {
    const next = view.indexOf('\n', at);
    const stop = next === -1 || next > end ? end : next;
    const line = view.slice(at, stop).trim();
    if (line !== '') {
      const marked = findHeadingMarkers(line)[0]?.start === 0;
      if (marked) {
        first ??= { start: at, end: stop };
        last = { start: at, end: stop };
        numbered++;
      }
      if (first) lines++;
      if (!marked && last && lines > numbered * 2) break;
    }
    at = stop + 1;
  }
  if (!first || !last || numbered < MIN_ENTRIES) return undefined;
  return { start: first.start, end: last.end };
}
