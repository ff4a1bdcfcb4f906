import { decodeHTMLStrict } from 'entities';
import type { Replacement } from '../ledger.ts';

/** Tags of page markup a copy kept in the text (`<p class="ql-block">`, `</p>`, `<br>`, `<span>`). */
const TAG =
  /<\/?(?:p|br|div|span|strong|b|em|i|u|a|font|h[1-6]|li|ul|ol|section|article|blockquote|img|table|tbody|thead|tr|td|th)(?:\s+[a-z][\w:-]*(?:\s*=\s*(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"'<>]{1,100}))?){0,12}\s*\/?>/gi;
/** Tags that ended a paragraph or line on the page. */
const BREAKING = /^<(?:\/(?:p|div|h[1-6]|li|section|article|blockquote|tr)|br)\b/i;

/**
 * HTML tags left in a text copied from a page's source. A tag that broke a
 * line on the page (`</p>`, `<br>`) becomes a line break, unless one is
 * already there; others are removed. Only in a text that holds such a
 * breaking tag: elsewhere `<b>粗</b>` is what the author wrote.
 */
export function findHtmlTags(view: string): Replacement[] {
  const entities = findEntities(view);
  if (!view.includes('<')) return entities;
  const tags: RegExpExecArray[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(view); m; m = TAG.exec(view)) tags.push(m);
  if (!tags.some((m) => BREAKING.test(m[0]) || /^<p\b/i.test(m[0]))) return entities;
  const out: Replacement[] = [];
  for (const m of tags) {
    const end = m.index + m[0].length;
    const broken = end >= view.length || view[end] === '\n' || view[m.index - 1] === '\n' || m.index === 0;
    const text = BREAKING.test(m[0]) && !broken ? '\n' : '';
    out.push({ start: m.index, end, text, rule: 'furniture.html-tag' });
  }
  return [...out, ...entities].sort((a, b) => a.start - b.start);
}

/** A character reference of HTML: named (`&nbsp;`), decimal (`&#20320;`) or hexadecimal. */
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/**
 * Character references a copy of a page's source kept (`&nbsp;&nbsp; 一、…`), each
 * replaced by its character (a no-break space by a space, so the line opens
 * with its heading as on the page). Unknown names (`&bogus;`) stay.
 */
function findEntities(view: string): Replacement[] {
  if (!view.includes('&')) return [];
  const out: Replacement[] = [];
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(view); m; m = ENTITY.exec(view)) {
    const char = decodeHTMLStrict(m[0]);
    if (char === m[0]) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: char.replace(/\u00a0/g, ' '),
      rule: 'furniture.html-entity',
    });
  }
  return out;
}
