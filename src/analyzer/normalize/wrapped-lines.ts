import type { Replacement } from '../ledger.ts';
import { headingEnd } from '../heading.ts';
import { findMarkers, HEADING_FAMILIES } from '../markers.ts';
import type { Rules } from '../rules.ts';

type HeadingRules = Pick<Rules, 'headingFinals' | 'bodyOpeners'>;

/** A line that ends a sentence, clause list or field: never joined to the next. */
const TERMINAL = /(?:[。！？!?；;：:…]|[.．](?!\d)|[。！？!?][”’」』])$/;
/** Text that starts a new sentence inside a line (a Han sentence end). */
const SENTENCE_END = /[。！？；]|[.．](?=\p{Script=Han})/u;
/** Lines that open a bibliographic field begin a new block. */
const FIELD_LABEL = /^(?:【|\[|摘\s*要|关键词|关键字|中图分类|文献标识|文献标志|文章编号|作者简介|收稿日期|基金项目|参考文献|Abstract|Key\s*words)/i;
/** A line no sentence can start with: it continues the previous one. */
const CONTINUES = /^[,，、。.;；:：)）”’」』]/;
/** A line of author names (`熊晓燕,苏欢,蔡艳艳`) or a lone short name. */
const NAMES = /^(?:\p{Script=Han}{2,4}(?:[,，、\s]+\p{Script=Han}{2,4})+|\p{Script=Han}{2,3})$/u;

/** Shortest line that can be a hard-wrapped piece of a paragraph. */
const MIN_WRAPPED = 12;
/** Longest heading phrase that can end a line after its marker (as long as a heading line can be). */
const MAX_HEADING_TAIL = 60;

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Join hard-wrapped lines back into paragraphs. A line is joined to the next
 * when it stops mid-sentence, except where a title, heading, field or name
 * line ends: those line breaks carry structure.
 */
export function findWrappedLines(view: string, rules: HeadingRules): Replacement[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const part of view.split('\n')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) lines.push({ start: offset + lead, end: offset + lead + text.length, text });
    offset += part.length + 1;
  }

  const out: Replacement[] = [];
  let inBody = false;
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    current = current ? current + line.text : line.text;
    if (SENTENCE_END.test(line.text)) inBody = true;
    const next = lines[i + 1];
    if (!next) break;
    const between = view.slice(line.end, next.start);
    if ((between.match(/\n/g)?.length ?? 0) > 2) {
      current = '';
      continue;
    }
    if (shouldJoin(current, next.text, inBody, rules)) {
      out.push({ start: line.end, end: next.start, text: '', rule: 'layout.join-wrapped-line' });
    } else {
      current = '';
    }
  }
  return out;
}

/**
 * `TERMINAL.test(line)`, reading only the last two characters (no match of
 * it is longer): the joined paragraph grows line by line, and an
 * end-anchored pattern is otherwise tried from every position.
 */
export function isTerminal(line: string): boolean {
  return TERMINAL.test(line.slice(-2));
}

/** `/\p{Script=Han}$/u.test(line)`, reading only the last two code units (one code point). */
export function endsWithHan(line: string): boolean {
  return /\p{Script=Han}$/u.test(line.slice(-2));
}

function shouldJoin(line: string, next: string, inBody: boolean, rules: HeadingRules): boolean {
  if (CONTINUES.test(next)) return true;
  if (line.lastIndexOf('【') > line.lastIndexOf('】')) return true;
  if (!inBody) return false;
  if (isTerminal(line)) return false;
  if (line.length < MIN_WRAPPED) return false;
  if (FIELD_LABEL.test(next) || NAMES.test(next)) return false;
  if (endsWithHan(line) && /^[A-Za-z]{4}/.test(next)) return false;
  if (endsWithHeading(line, rules) || startsWithHeading(next)) return false;
  return true;
}

function headingMarkers(text: string) {
  return findMarkers(text).filter((m) => HEADING_FAMILIES.has(m.family));
}

/**
 * The line ends in a heading phrase (`…使命感.(二)财力物力投入不足.工作环境与条件欠缺`),
 * not in a heading followed by the start of its body.
 */
function endsWithHeading(line: string, rules: HeadingRules): boolean {
  const markers = headingMarkers(line);
  const last = markers[markers.length - 1];
  if (!last) return false;
  const tail = line.slice(last.end);
  if (tail.length > MAX_HEADING_TAIL || /[。！？!?；;]/.test(tail)) return false;
  return headingEnd(line, last.end, line.length, rules).end >= line.length;
}

function startsWithHeading(line: string): boolean {
  const first = headingMarkers(line)[0];
  return first !== undefined && first.start === 0;
}
