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
  if (!view.includes('<')) return [];
  const tags: RegExpExecArray[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(view); m; m = TAG.exec(view)) tags.push(m);
  if (!tags.some((m) => BREAKING.test(m[0]) || /^<p\b/i.test(m[0]))) return [];
  const out: Replacement[] = [];
  for (const m of tags) {
    const end = m.index + m[0].length;
    const broken = end >= view.length || view[end] === '\n' || view[m.index - 1] === '\n' || m.index === 0;
    const text = BREAKING.test(m[0]) && !broken ? '\n' : '';
    out.push({ start: m.index, end, text, rule: 'furniture.html-tag' });
  }
  return out;
}
