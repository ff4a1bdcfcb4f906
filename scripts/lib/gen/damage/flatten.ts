/** A page whose paragraphs a site ran together on one line, a space between them (e-05, l-08, n-04). */
import { ENDS_SENTENCE, opensPoint } from '../../../../src/analyzer/source/normalize/flattened-paragraphs.ts';
import { findHeadingMarkers } from '../../../../src/analyzer/source/outline/markers.ts';
import type { Block } from '../article/index.ts';
import type { Insert } from './inserts.ts';

/** What a line must open with for the space before it to read as a break (not a bullet `- `, not a letter). */
const OPENS = /^[\p{Script=Han}“‘「『（(〔0-9]/u;
/** A space after a sentence's end inside a paragraph: flattened, it would read as a break the page never had. */
const INNER_BREAK = /[。！？；][ \u3000]/;

/**
 * The body's lines run together with one space between them, where every line
 * ends a sentence, is a numbered heading of no sentence (`一、存在的问题`) or a
 * lead-in ending `:` before a numbered point (the breaks the cleaner restores);
 * undefined where the article has another line there (a role line, a paragraph
 * ending `:` before no point) or a page number glued in. Hard wraps in the body
 * go (`unwrapped`: none is left in the article).
 */
export function flattenedBody(
  list: readonly Block[],
  inserts: readonly Insert[][],
  lines: readonly string[][],
): { lines: string[]; unwrapped: boolean } | undefined {
  const first = list.findIndex((b) => b.kind === 'body');
  if (first === -1) return undefined;
  let last = first;
  while (last + 1 < list.length && (list[last + 1].kind === 'body' || list[last + 1].kind === 'heading')) last++;
  const body = list.slice(first, last + 1);
  // Hard wraps go with the layout; page numbers glued into a paragraph would stay, so such a body is left.
  const within = inserts.slice(first, last + 1).flat();
  if (last - first < 3 || within.some((x) => x.kind !== 'break')) return undefined;
  const readable = body.every(
    (b, i) =>
      OPENS.test(b.text) &&
      (ENDS_SENTENCE.test(b.text) ||
        numberedHeading(b) ||
        (/[：:]$/.test(b.text) && opensPoint(body[i + 1]?.text ?? ''))) &&
      !INNER_BREAK.test(b.text),
  );
  if (!readable) return undefined;
  return {
    lines: [...lines.slice(0, first).flat(), body.map((b) => b.text).join(' '), ...lines.slice(last + 1).flat()],
    // No wrap left anywhere in the article.
    unwrapped: [...inserts.slice(0, first), ...inserts.slice(last + 1)].flat().every((x) => x.kind !== 'break'),
  };
}

/** A heading line of a number and a few words with no mark after the number (`一，社区党建的现状`). */
function numberedHeading(block: Block): boolean {
  const marker = findHeadingMarkers(block.text)[0];
  return (
    block.kind === 'heading' &&
    block.text.length <= 40 &&
    marker?.start === 0 &&
    !/[。！？；;，,]/.test(block.text.slice(marker.end))
  );
}
