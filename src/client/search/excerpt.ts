/** The excerpt shown under a result: the text around the query, its words marked. */
import { literalWords, lower } from './query.ts';

/** A piece of an excerpt; `mark` pieces are occurrences of a query word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `size` characters around the first literal occurrence
 * of the query (or of its first word found), with every occurrence of a
 * query word marked. Without any occurrence: the beginning of the content.
 */
export function excerptParts(content: string, query: string, size = 90): ExcerptPart[] {
  const text = content.replace(/\s+/g, ' ').trim();
  const hay = lower(text);
  const words = literalWords(query).sort((a, b) => b.length - a.length);
  let at = hay.indexOf(words.join(' '));
  for (const w of words) if (at < 0) at = hay.indexOf(w);
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(size / 3));
  const end = Math.min(text.length, start + size);
  start = Math.max(0, Math.min(start, end - size));
  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) parts.push({ text: s, mark });
  };
  if (start > 0) push('…', false);
  let i = start;
  while (i < end) {
    let next = -1;
    let len = 0;
    for (const w of words) {
      const j = hay.indexOf(w, i);
      if (j >= 0 && j < end && (next < 0 || j < next || (j === next && w.length > len))) {
        next = j;
        len = w.length;
      }
    }
    if (next < 0) {
      push(text.slice(i, end), false);
      break;
    }
    push(text.slice(i, next), false);
    push(text.slice(next, next + len), true);
    i = next + len;
  }
  if (i < text.length && end < text.length) push('…', false);
  return parts;
}
