/**
 * Text helpers shared by the metadata readers. Patterns run on the
 * simplified `view`; values are sliced from the source-character `text`
 * (same length, same offsets), so every helper works with offsets.
 */
import { CJK, CJK_RE } from '../../text/chars.ts';
import { isSpaceOr, trimSpan } from '../../text/spans.ts';
import type { Span } from '../../types.ts';

/** Sentence-final punctuation that never occurs inside a title or a name. */
export const STOP = '。！？!?；;';

/**
 * A value as the reader sees it: line breaks inside it (and the indentation
 * around them) are leftovers of hard wrapping, so they are dropped.
 */
export function valueText(text: string, s: Span): string {
  return text
    .slice(s.start, s.end)
    .replace(/[ \t\u3000]*\n\s*/g, '')
    .trim();
}

/** Spaces between two CJK characters (global; `replace` starts it from 0). */
const NAME_GAPS = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/** A CJK personal name without the layout spaces typeset between its characters. */
export function compactName(s: string): string {
  return s.replace(NAME_GAPS, '$1').trim();
}

/** Non-empty lines of `[start, end)`, each trimmed of surrounding whitespace, read as they are asked for (a reader stops after a few). */
export function* lineSpans(view: string, start: number, end: number): Generator<Span> {
  let pos = start;
  while (pos < end) {
    let nl = view.indexOf('\n', pos);
    if (nl === -1 || nl > end) nl = end;
    const t = trimSpan(view, pos, nl);
    if (t.end > t.start) yield t;
    pos = nl + 1;
  }
}

/** First offset at or after `pos` that is not whitespace or field punctuation. */
export function skipGap(view: string, pos: number, chars = '.,;:，；：。、'): number {
  while (pos < view.length && isSpaceOr(view, pos, chars)) pos++;
  return pos;
}

/** Offset of the next line break at or after `pos` (or `limit`). */
export function lineEnd(view: string, pos: number, limit = view.length): number {
  const nl = view.indexOf('\n', pos);
  return nl === -1 || nl > limit ? limit : nl;
}

const PUNCT_CLASS: Record<string, string> = {
  '(': '[(（]',
  ')': '[)）]',
  ',': '[,，]',
  ':': '[:：]',
};

/**
 * Regex source for a label written with any whitespace between its
 * characters (`摘\n\n  要`, `作  者`) and either width of punctuation.
 */
export function labelSource(label: string): string {
  return [...label.replace(/\s+/g, '')]
    .map((ch) => PUNCT_CLASS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
}

/** A label as written, reduced to a lookup key: no spaces, ASCII punctuation. */
export function labelKey(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[，]/g, ',').toLowerCase();
}

/** Whether `[start, end)` holds no CJK character (an English line between fields). */
export function hasNoCjk(view: string, start: number, end: number): boolean {
  return !CJK_RE.test(view.slice(start, end));
}

/** An integer with leading zeros dropped, or undefined when it is all zeros. */
export function stripZeros(digits: string): string | undefined {
  const s = digits.replace(/^0+/, '');
  return s === '' ? undefined : s;
}
