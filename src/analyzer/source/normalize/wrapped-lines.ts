import type { Replacement } from '../ledger.ts';
import {
  decimalMarkers,
  findHeadingMarkers,
  headingEnd,
  lineRole,
  MARKER_UNITS,
  mayStartWithHeadingMarker,
} from '../outline/index.ts';
import { SPACE_UNITS } from '../../text/spans.ts';
import type { Rules } from '../../config/rules.ts';
import { lineAt } from '../../text/spans.ts';

type HeadingRules = Pick<Rules, 'headingFinals' | 'bodyOpeners' | 'roleCues'> & Partial<Pick<Rules, 'leadIns'>>;

/** Text that starts a new sentence inside a line (a Han sentence end). */
export const SENTENCE_END = /[。！？；]|[.．](?=\p{Script=Han})/u;
/** Lines that open a bibliographic field begin a new block. */
export const FIELD_LABEL =
  /^(?:【|\[|摘\s*要|关键词|关键字|中图分类|文献标识|文献标志|文章编号|作者简介|收稿日期|基金项目|参考文献|Abstract|Key\s*words)/i;
/** A line no sentence can start with: it continues the previous one. */
export const CONTINUES = /^[,，、。.;；:：)）”’」』]/;
/** A line opening with a bullet (`•`, `●`, `- `…, or a bullet alone) starts a point of a list, never continues a wrapped line. */
export const BULLET_LINE = /^\s*(?:[•●▲◆■▪]|-\s*(?:\p{Script=Han}|$))/u;
/** A line of author names (`熊晓燕,苏欢,蔡艳艳`) or a lone short name. */
export const NAMES = /^(?:\p{Script=Han}{2,4}(?:[,，、\s]+\p{Script=Han}{2,4})+|\p{Script=Han}{2,3})$/u;

/** A line opening with an ordinal (`一是`, `第一，`, `首先`). */
export const ORDINAL_LINE =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、：:]|首先[，,：:]?|其次[，,：:]?)/;
/** Shortest line that can be a hard-wrapped piece of a paragraph. */
export const MIN_WRAPPED = 12;
/** Longest heading phrase that can end a line after its marker (as long as a heading line can be). */
export const MAX_HEADING_TAIL = 60;

/** A line ending a clause, not a sentence. */
export const CLAUSE_END = /[；;]$/;

/** Characters of a paragraph's end kept flat; more than a heading tail (`MAX_HEADING_TAIL`) plus a marker. */
const TAIL = 128;

/**
 * The paragraph being joined, line by line. Concatenating it and reading its
 * end flattened the whole string per line (quadratic); the tests read its
 * last characters, so only those are kept as one string, and the whole text
 * is joined only when it may end in a heading.
 */
interface Paragraph {
  parts: string[];
  length: number;
  /** The last `TAIL` (or all) characters. */
  tail: string;
  /** Last `【` and `】` in the paragraph, or -1. */
  open: number;
  close: number;
}

function newParagraph(): Paragraph {
  return { parts: [], length: 0, tail: '', open: -1, close: -1 };
}

function extend(para: Paragraph, text: string): void {
  // Most lines hold neither bracket: looked for forwards first (a search backwards is a slower call).
  if (text.indexOf('【') !== -1) para.open = para.length + text.lastIndexOf('【');
  if (text.indexOf('】') !== -1) para.close = para.length + text.lastIndexOf('】');
  para.parts.push(text);
  para.length += text.length;
  para.tail = para.tail + text;
  if (para.tail.length > TAIL) para.tail = para.tail.slice(-TAIL);
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** Line breaks before it in the view. */
  row: number;
}

/**
 * Join hard-wrapped lines back into paragraphs. A line is joined to the next
 * when it stops mid-sentence, except where a title, heading, field or name
 * line ends: those line breaks carry structure.
 */
export function findWrappedLines(view: string, rules: HeadingRules): Replacement[] {
  const lines: Line[] = [];
  for (let at = 0, row = 0; at !== -1; row++) {
    const { start, end, next } = lineAt(view, at);
    if (end > start) lines.push({ start, end, text: view.slice(start, end), row });
    at = next;
  }

  // Lines of decimal numbering (`1国有企业…存在的问题`, `1.1站位明显提高，…`) head what follows: kept whole.
  const decimal = new Set(decimalMarkers(view, 0, view.length).map((m) => m.start));
  const heads = pointHeadLines(lines.map((l) => l.text));
  const out: Replacement[] = [];
  let inBody = false;
  // The paragraph being read opened after a blank line: a break inside it wraps a line, even after a
  // clause's `；` (`…存在“两面性”;` ⏎ `宗旨意识淡薄，…二是…`).
  let afterBlank = false;
  let para = newParagraph();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    extend(para, line.text);
    if (!inBody && SENTENCE_END.test(line.text)) inBody = true;
    const next = lines[i + 1];
    if (!next) break;
    // Two blank lines end a paragraph; so does one after a list's points that follow each other with none
    // between (`•…` ⏎ `•…` ⏎ ⏎ `典型案例:…`), where a page that puts a blank line after every line would not.
    const listEnd = next.row - line.row === 2 && lines[i - 1]?.row === line.row - 1 && BULLET_LINE.test(line.text);
    if (next.row - line.row > 2 || listEnd) {
      para = newParagraph();
      afterBlank = true;
      continue;
    }
    const clauseWrap = afterBlank && next.row - line.row === 1 && CLAUSE_END.test(line.text);
    const join = clauseWrap
      ? !startsWithHeading(next.text)
      : shouldJoin(para, next.text, inBody, rules, heads.has(i), heads.has(i + 1));
    if (!decimal.has(line.start) && !decimal.has(next.start) && join) {
      out.push({ start: line.end, end: next.start, text: '', rule: 'layout.join-wrapped-line' });
    } else {
      para = newParagraph();
      afterBlank = next.row - line.row > 1;
    }
  }
  return out;
}

/**
 * Lines that head points of their own (`一是党员基数大，…较多` ⏎ `此类党员…。`): two or
 * more lines opening with an ordinal, with no sentence end, each under half as
 * long as the line after it; or three or more short lines with no mark at all, each under a
 * third as long as the line after it (`管理方法开始"老化"` ⏎ `一些单位…。`). One such line alone may be a hard wrap.
 */
export function pointHeadLines(texts: readonly string[]): Set<number> {
  const heads = new Set<number>();
  const short = new Set<number>();
  texts.forEach((text, i) => {
    const next = texts[i + 1];
    if (next === undefined || SENTENCE_END.test(text)) return;
    if (ORDINAL_LINE.test(text) && text.length * 2 < next.length) heads.add(i);
    else if (
      text.length <= SHORT_HEAD &&
      !CLAUSE_MARK.test(text) &&
      !FIELD_LABEL.test(text) &&
      text.length * 3 < next.length
    )
      short.add(i);
  });
  return new Set([...(heads.size >= 2 ? heads : []), ...(short.size >= 3 ? short : [])]);
}

/** Longest line that heads a point with no ordinal (`党组织作用有所"弱化"`): as short as a wrapped piece can be. */
const SHORT_HEAD = MIN_WRAPPED;
/** Clause and sentence marks: a line holding one is part of a sentence. */
const CLAUSE_MARK = /[，,、；;：:。！？!?]/;

const SENTENCE_FINAL = unitTable('。！？!?；;：:…');
const STOP = unitTable('.．');
const CLOSING_QUOTE = unitTable('”’」』');
const EXCLAIMING = unitTable('。！？!?');

/**
 * Whether a line ends a sentence, clause list or field (it is then never
 * joined to the next): it ends in a sentence mark, a colon, `…`, a stop, or a
 * closing quotation mark after one of `。！？!?`. That is
 * `/(?:[。！？!?；;：:…]|[.．](?!\d)|[。！？!?][”’」』])$/.test(line)`, read
 * from the last two code units: the joined paragraph grows line by line, and
 * an end-anchored pattern is otherwise tried from every position.
 */
export function isTerminal(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (SENTENCE_FINAL[last] === 1 || STOP[last] === 1) return true;
  return CLOSING_QUOTE[last] === 1 && line.length >= 2 && EXCLAIMING[line.charCodeAt(line.length - 2)] === 1;
}

/** `/\p{Script=Han}$/u.test(line)`, reading only the last two code units (one code point). */
export function endsWithHan(line: string): boolean {
  return /\p{Script=Han}$/u.test(line.slice(-2));
}

function shouldJoin(
  para: Paragraph,
  next: string,
  inBody: boolean,
  rules: HeadingRules,
  pointHead = false,
  nextHeads = false,
): boolean {
  if (CONTINUES.test(next)) return true;
  if (para.open > para.close) return true;
  if (!inBody) return false;
  if (isTerminal(para.tail)) return false;
  if (para.length < MIN_WRAPPED) return false;
  // A paragraph of one line ending in the role it names (`加强社区党建工作的对策和措施`) is a heading line.
  // (Not a line after a paragraph: hard wraps end lines mid-sentence on role words, `…仍有不少问题` ⏎ `,这些…`.)
  if (para.parts.length === 1 && namesRoleAtEnd(para.tail, rules)) return false;
  if (para.parts.length === 1 && pointHead) return false;
  // A lead-in ending its line without a colon (`具体表现在以下几个方面` ⏎ `管理方法开始"老化"`) announces the point heads after it.
  if (nextHeads && rules.leadIns?.some((w) => para.tail.endsWith(w))) return false;
  if (FIELD_LABEL.test(next) || NAMES.test(next) || BULLET_LINE.test(next)) return false;
  if (endsWithHan(para.tail) && /^[A-Za-z]{4}/.test(next)) return false;
  const heading = mayEndInHeading(para.tail, para.tail.length === para.length) && endsWithHeading(para, rules);
  if (heading || startsWithHeading(next)) return false;
  return true;
}

/**
 * A line naming a role as a heading does (`lineRole`) and ending with its cue, or with the cue and a word
 * for studying it (`原因分析`); a list in it (`、`) is a sentence's part.
 */
export function namesRoleAtEnd(line: string, rules: HeadingRules): boolean {
  if (line.includes('、')) return false;
  const named = lineRole(line, rules.roleCues);
  return named?.cue !== undefined && line.replace(STUDY_WORDS, '').endsWith(named.cue);
}

/** Words that may follow a role cue at a heading's end (`原因分析`, `对策探讨`). */
const STUDY_WORDS = /(?:分析|剖析|探讨|探析|研究|思考)[:：]?$/;

/**
 * The paragraph ends in a heading phrase (`…使命感.(二)财力物力投入不足.工作环境与条件欠缺`),
 * not in a heading followed by the start of its body.
 */
function endsWithHeading(para: Paragraph, rules: HeadingRules): boolean {
  const { line, from } = headingWindow(para);
  const markers = findHeadingMarkers(line, from);
  const last = markers[markers.length - 1];
  if (!last) return false;
  const tail = line.slice(last.end);
  if (tail.length > MAX_HEADING_TAIL || /[。！？!?；;]/.test(tail)) return false;
  return headingEnd(line, last.end, line.length, rules).end >= line.length;
}

/**
 * The end of the paragraph to search for its last heading marker in, and
 * where to start: just after a character no marker can hold (`MARKER_UNITS`)
 * at least `MAX_HEADING_TAIL + 1` characters before the end. A marker
 * before that character ends too far from the end to be a heading ending
 * the paragraph, and none reaches over it: so the markers found from there
 * are the paragraph's own, and searching the whole paragraph per line was
 * quadratic. The whole paragraph when its kept end has no such character.
 */
function headingWindow(para: Paragraph): { line: string; from: number } {
  const { tail } = para;
  for (let cut = tail.length - MAX_HEADING_TAIL - 1; cut >= 1; cut--) {
    if (MARKER_UNITS[tail.charCodeAt(cut - 1)] === 0) return { line: tail.slice(cut - 1), from: 1 };
  }
  return { line: para.parts.join(''), from: 0 };
}

function startsWithHeading(line: string): boolean {
  if (!mayStartWithHeadingMarker(line)) return false;
  const first = findHeadingMarkers(line)[0];
  return first !== undefined && first.start === 0;
}

/** Code units of a class of characters (1), so a per-character test reads a table instead of running a pattern. */
function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Heading-marker end characters: `[:：、，,.．]` (after a number or label), `[）)〕]`, `①`–`⑳`. */
export const AFTER_NUMBER = unitTable(':：、，,.．');
export const NUMBER_OR_LABEL = unitTable('一二三四五六七八九十0123456789施题因策议');
export const SENTENCE_MARK = unitTable('。！？!?；;');

/**
 * False only where `endsWithHeading` is surely false, reading at most the
 * last `MAX_HEADING_TAIL` characters and no marker search: the paragraph
 * grows line by line, and finding every marker in it per line was quadratic.
 * A heading marker that ends the paragraph's last heading must end after its
 * last sentence mark and at most `MAX_HEADING_TAIL` characters from its end,
 * and ends in a character only a marker's number, label or bracket precedes.
 * `line` may be only the paragraph's last characters (more than
 * `MAX_HEADING_TAIL`); `whole` says whether it is all of it.
 */
export function mayEndInHeading(line: string, whole = true): boolean {
  // Read backwards, once: whether such a character lies after the last sentence mark is the same
  // whichever way it is looked for.
  for (let i = line.length - 1; i >= Math.max(0, line.length - MAX_HEADING_TAIL - 1); i--) {
    const c = line.charCodeAt(i);
    if (SENTENCE_MARK[c] === 1) return false;
    if (c === 0xff09 || c === 0x29 || c === 0x3015 || (c >= 0x2460 && c <= 0x2473)) return true;
    if (AFTER_NUMBER[c] === 0) continue;
    let j = i - 1;
    while (j >= 0 && SPACE_UNITS[line.charCodeAt(j)] === 1) j--;
    if (j < 0 ? !whole : NUMBER_OR_LABEL[line.charCodeAt(j)] === 1) return true;
  }
  return false;
}
