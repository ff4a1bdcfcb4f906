/**
 * How a record's text is laid out for Pagefind, so that ranking needs no record's text:
 *   - the title first, padded with `BREAK`s (a word position each, nothing indexed) to `TITLE_SPAN` positions, so
 *     a match at a position below `TITLE_SPAN` is a match in the title (Pagefind gives every result its match
 *     positions, `words`, without loading the record);
 *   - for text in traditional characters, its simplified form beside it between two `ALT`s, so that a query (always
 *     searched in simplified characters, see variants.ts) finds it; `recordText` drops those copies again.
 */
import { ALT, BREAK, indexText } from './index-text.ts';

/** Word positions the title takes, padding included; a longer title's tail counts as body. */
export const TITLE_SPAN = 96;

/** Pagefind's word positions in indexed text: one per whitespace- or ZWSP-separated token. */
export function positions(indexed: string): number {
  return indexed.split(/[\s\u200B]+/).filter((t) => t !== '').length;
}

/** `text` indexed, followed by its simplified copy when `simplify` changes it. */
function withCopy(text: string, simplify: (s: string) => string): string {
  const simplified = simplify(text);
  const own = indexText(text);
  return simplified === text ? own : `${own} ${ALT} ${indexText(simplified)} ${ALT}`;
}

/**
 * A record's content: `title` in the first `TITLE_SPAN` word positions, then `body`. `simplify` gives a text's
 * simplified form (the identity when the corpus has no traditional text).
 */
export function recordContent(title: string, body: string, simplify: (s: string) => string = (s) => s): string {
  const head = withCopy(title, simplify);
  const pad = Math.max(1, TITLE_SPAN - positions(head));
  return `${head}${` ${BREAK}`.repeat(pad)} ${withCopy(body, simplify)}`;
}

/** Whether a result's match positions (`words`) fall in its title. */
export function inTitle(words: readonly number[] | undefined): boolean {
  return !!words && words.some((w) => w < TITLE_SPAN);
}
