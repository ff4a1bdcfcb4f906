/**
 * Readers for the structured values of labelled fields (年(卷),期, 总页数,
 * 文章编号, 中图分类号…). Each works on the view at a given offset and reports
 * spans, so the caller can slice the source text and point back at it.
 */
import { type Collector, Rank } from './collect.ts';
import { span, trimSpan } from '../../text/spans.ts';
import { stripZeros } from './field-text.ts';
import type { Span } from '../../types.ts';

const DASH = '[-－—–‐―~～]';

/** A sticky match of `re` at `pos`, or null. */
export function matchAt(re: RegExp, view: string, pos: number): RegExpExecArray | null {
  let sticky = stickyOf.get(re);
  if (sticky === undefined) stickyOf.set(re, (sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}dy`)));
  sticky.lastIndex = pos;
  return sticky.exec(view);
}
/** The sticky copy of each pattern `matchAt` was given, made once (it is called per line and field). */
const stickyOf = new WeakMap<RegExp, RegExp>();

/** Span of capture group `i` of a match made with the `d` flag. */
export function groupSpan(m: RegExpExecArray, i: number): Span | null {
  const r = m.indices?.[i];
  return r ? span(r[0], r[1]) : null;
}

const DATE = new RegExp(`\\d{4}\\s*(?:${DASH}|[年./])\\s*\\d{1,2}\\s*(?:${DASH}|[月./])\\s*\\d{1,2}\\s*日?`);

/** Patterns whose match is the whole value, for fields that end where their pattern ends. */
export const VALUE_PATTERNS: Record<string, RegExp> = {
  clc: /[A-Z]{1,2}\d+(?:[.\-:/]\d+)*(?:\s*[;；,，]\s*[A-Z]{1,2}\d+(?:[.\-:/]\d+)*)*/,
  documentCode: /[A-Z](?![A-Za-z])/,
  articleNumber: new RegExp(
    `\\d{4}\\s*${DASH}\\s*\\d{3}[\\dXx]\\s*[(（]\\s*\\d{4}\\s*[)）]\\s*\\d{1,3}(?:\\s*${DASH}\\s*\\d{1,5}){0,2}`,
  ),
  received: DATE,
  date: DATE,
  issn: new RegExp(`\\d{4}\\s*${DASH}\\s*\\d{3}[\\dXx]`),
  yearVolIssue: /\d{4}\s*(?:[(（]\s*\w*\s*[)）])?\s*[,，]?\s*\d*/,
  doi: /10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+/,
};

/** `2014(000)002` → year 2014, no volume, issue "2". */
export function readYearVolIssue(view: string, s: Span, c: Collector, rank: number): void {
  const m = matchAt(/(\d{4})\s*(?:[(（]\s*(\w*)\s*[)）])?\s*[,，]?\s*(\d+)?/, view, s.start);
  if (!m || m.index + m[0].length > s.end + 1) return;
  const year = groupSpan(m, 1)!;
  c.put('year', { value: Number(m[1]), span: year }, rank);
  const vol = m[2] ? stripZeros(m[2]) : undefined;
  if (vol) c.put('volume', { value: vol, span: groupSpan(m, 2)! }, rank);
  const issue = m[3] ? stripZeros(m[3]) : undefined;
  if (issue) c.put('issue', { value: issue, span: groupSpan(m, 3)! }, rank);
}

/** `1页(P115-115)` or `115-118` → pages 115–115. */
export function readPages(view: string, s: Span, c: Collector, rank: number): void {
  const re = new RegExp(`P?\\s*(\\d{1,5})\\s*(?:${DASH}|\\+)\\s*(\\d{1,5})`, 'dg');
  re.lastIndex = s.start;
  const m = re.exec(view);
  if (!m || m.index + m[0].length > s.end) return;
  const first = Number(m[1]);
  const last = Number(m[2]);
  if (last < first) return;
  c.put('pages', { value: { first, last }, span: span(groupSpan(m, 1)!.start, groupSpan(m, 2)!.end) }, rank);
}

/**
 * A 文章编号 is ISSN(year)issue-firstpage-pagecount; the pieces give the
 * ISSN, year, issue and page range when nothing states them directly.
 */
export function readArticleNumber(view: string, s: Span, c: Collector): void {
  const re = new RegExp(
    `(\\d{4}\\s*${DASH}\\s*\\d{3}[\\dXx])\\s*[(（]\\s*(\\d{4})\\s*[)）]\\s*(\\d{1,3})(?:\\s*${DASH}\\s*(\\d{1,5}))?(?:\\s*${DASH}\\s*(\\d{1,3}))?`,
  );
  const m = matchAt(re, view, s.start);
  if (!m) return;
  const via = 'article-number';
  const issnSpan = groupSpan(m, 1)!;
  c.put('issn', { value: normalizeIssn(m[1]), span: issnSpan, via }, Rank.articleNumber);
  c.put('year', { value: Number(m[2]), span: groupSpan(m, 2)!, via }, Rank.articleNumber);
  const issue = stripZeros(m[3]);
  if (issue) c.put('issue', { value: issue, span: groupSpan(m, 3)!, via }, Rank.articleNumber);
  if (m[4]) {
    const first = Number(m[4]);
    const count = m[5] ? Number(m[5]) : 1;
    const end = (groupSpan(m, 5) ?? groupSpan(m, 4)!).end;
    if (first > 0 && count > 0) {
      c.put(
        'pages',
        { value: { first, last: first + count - 1 }, span: span(groupSpan(m, 4)!.start, end), via },
        Rank.articleNumber,
      );
    }
  }
}

/** `1673—1999` → `1673-1999`. */
export function normalizeIssn(s: string): string {
  return s.replace(/\s+/g, '').replace(new RegExp(DASH), '-').toUpperCase();
}

/** Spans of list items in `[start, end)` separated by any of `seps` (a character class body). */
export function splitList(view: string, start: number, end: number, seps: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`[^${seps}]+`, 'g');
  const part = view.slice(start, end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const t = trimSpan(view, start + m.index, start + m.index + m[0].length);
    if (t.end > t.start) out.push(t);
  }
  return out;
}

const OPEN = '[\\[【『〔［]';
const CLOSE = '[\\]】』〕］]';

/**
 * Split a numbered list at markers whose number advances 1, 2, 3…:
 * `[1]…[2]…` for references (tolerating OCR'd brackets such as `[1】`
 * and `『21` for `[2]`), `1.…2.…` for lists of titles. Returns item spans
 * without their markers, or null when the list does not start at 1.
 */
export function splitNumbered(view: string, start: number, end: number, style: 'bracket' | 'dot'): Span[] | null {
  const marks: Span[] = [];
  let from = start;
  for (let n = 1; n < 1000; n++) {
    const tries =
      style === 'bracket'
        ? [`${OPEN}\\s*${n}\\s*${CLOSE}`, `${OPEN}\\s*${n}[1lI|](?=[^\\d\\]】』〕］])`]
        : [`(?<!\\d)${n}\\s*[.．、](?!\\d)`];
    let found: Span | null = null;
    for (const src of tries) {
      const re = new RegExp(src, 'g');
      re.lastIndex = from;
      const m = re.exec(view);
      if (m && m.index + m[0].length <= end) {
        found = span(m.index, m.index + m[0].length);
        break;
      }
    }
    if (!found) break;
    marks.push(found);
    from = found.end;
  }
  if (marks.length === 0) return null;
  return marks.map((m, i) => trimSpan(view, m.end, marks[i + 1]?.start ?? end)).filter((s) => s.end > s.start);
}
