import type { Replacement } from '../ledger.ts';
import { lineAt } from '../../text/spans.ts';

/** Longest first line taken for a title. */
const MAX_TITLE = 60;
const SPACES = /[\s\u3000]+/g;
/** A first line opening with a heading number (`一、`, `(一)`, `1.`) is a heading, not the page's title. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

/**
 * A page's title repeated as a line of its own further down (document
 * sites print it above the body, some again between sections): every later
 * line that is the first line again, spaces aside, is removed. The first
 * line is a title only when short and not a sentence.
 */
export function findRepeatedTitle(view: string): Replacement[] {
  let first = lineAt(view, 0);
  while (first.end === first.start && first.next !== -1) first = lineAt(view, first.next);
  const title = view.slice(first.start, first.end).replace(SPACES, '');
  if (title.length < 4 || title.length > MAX_TITLE || /[。！？!?；;]$/.test(title) || NUMBERED.test(title)) return [];

  const out: Replacement[] = [];
  for (let at = first.next; at !== -1; ) {
    const line = lineAt(view, at);
    at = line.next;
    // Lines as long as the title, give or take its spaces, are compared.
    if (line.end - line.start < title.length || line.end - line.start > title.length * 2) continue;
    if (view.slice(line.start, line.end).replace(SPACES, '') !== title) continue;
    out.push({ start: line.start, end: line.end, text: '', rule: 'furniture.repeated-title' });
  }
  return out;
}
