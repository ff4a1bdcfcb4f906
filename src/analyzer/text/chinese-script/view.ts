/** The simplified view of a text, and of a part of a text whose view is known. */
import { cachedCharView, cachedView, changeSetTable, keepView, separatorTable } from './caches.ts';
import { toSimplified } from './convert.ts';
import { dangerousAt, UNIT_DANGEROUS } from './opencc.ts';

/** A text with its simplified view (`simplifiedView(text)`). */
export interface Viewed {
  text: string;
  view: string;
  /**
   * The view is the text's clauses converted one by one, each keeping its length (`convertsByClauses`):
   * a revision of the text converts only the clauses its edits touch, and takes the others' from this view.
   */
  byClauses: boolean;
}

/**
 * A simplified-character view of `text` with exactly its length and offsets: the conversion,
 * or where that would change the length, each character's own conversion if it keeps the length.
 */
export function simplifiedView(text: string): string {
  return cachedView(text, convertView);
}

function convertView(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) out += cachedCharView(ch, charView);
  return out;
}

/** A character's conversion if that keeps its length, else the character. */
function charView(ch: string): string {
  const c = toSimplified(ch);
  return c.length === ch.length ? c : ch;
}

/** `text` with its simplified view. */
export function viewed(text: string): Viewed {
  return { text, view: simplifiedView(text), byClauses: convertsByClauses(text) };
}

/**
 * Whether `simplifiedView(text)` is the text's clauses converted one by one, each keeping its length:
 * the text holds no ideographic description character and no `dangerous` one. (A short text, converted whole, is the same.)
 */
export function convertsByClauses(text: string): boolean {
  const sets = changeSetTable();
  if (separatorTable() === null || sets === null) return false;
  const { units } = sets;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2ff0 && code <= 0x2fff) return false;
    if (units[code] >= UNIT_DANGEROUS && dangerousAt(text, i, text.length, sets)) return false;
  }
  return true;
}

/**
 * `viewed(whole.text.slice(start, end))`, its view sliced from the whole's where the part's clauses are
 * the whole's: it starts at the text's start, after a separator or at one, and ends at the end or after one.
 */
export function viewedPart(whole: Viewed, start: number, end: number): Viewed {
  const { text } = whole;
  const part = text.slice(start, end);
  if (!whole.byClauses) return viewed(part);
  const sep = separatorTable()!; // read, as `byClauses` is true
  const opens =
    start === 0 || sep[text.charCodeAt(start - 1)] === 1 || (start < text.length && sep[text.charCodeAt(start)] === 1);
  const closes = end === text.length || sep[text.charCodeAt(end - 1)] === 1;
  if (!opens || !closes) return viewed(part);
  const view = whole.view.slice(start, end);
  keepView(part, view);
  return { text: part, view, byClauses: true };
}
