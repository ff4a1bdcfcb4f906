/** The text Pagefind indexes (every Han character a word of its own) and the record text it gives back. */
import { HAN } from '../../analyzer/text/chars.ts';

/** Separator Pagefind treats as a word break and removes from `data().content`. */
export const ZWSP = '\u200B';

/**
 * INVISIBLE SEPARATOR, put into whitespace next to a Han character: Pagefind
 * gives it a word position but indexes nothing, so no phrase matches across
 * it. `recordText` removes it again.
 */
export const BREAK = '\u2063';

const SPACE = /\s/;

/** Puts `sep` at every boundary touching a Han character (never next to whitespace). */
export function separateHan(text: string, sep: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && !SPACE.test(prev) && !SPACE.test(ch) && (HAN.test(prev) || HAN.test(ch))) out += sep;
    out += ch;
    prev = ch;
  }
  return out;
}

/** Puts ` BREAK ` after every whitespace run that has a Han character on either side. */
export function breakAtSpaces(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    out += ch;
    if (!SPACE.test(ch) || (i + 1 < chars.length && SPACE.test(chars[i + 1]))) continue;
    let start = i;
    while (start > 0 && SPACE.test(chars[start - 1])) start--;
    const before = chars[start - 1];
    const after = chars[i + 1];
    if (before && after && (HAN.test(before) || HAN.test(after))) out += `${BREAK} `;
  }
  return out;
}

/** Text as given to the Pagefind indexer: every Han character a word of its own, no phrase across whitespace. */
export function indexText(text: string): string {
  return separateHan(breakAtSpaces(text.split(ZWSP).join('').split(BREAK).join('')), ZWSP);
}

/** INVISIBLE PLUS: brackets an indexed simplified copy of traditional text (record.ts); never shown. */
export const ALT = '\u2064';

/** A record's text as Pagefind returns it (`data().content`), without the `BREAK`s and simplified copies. */
export function recordText(content: string): string {
  const own = content
    .split(ALT)
    .filter((_, i) => i % 2 === 0)
    .join('');
  return own.split(` ${BREAK}`).join('').split(BREAK).join('').replace(/ {2,}/g, ' ').trim();
}
