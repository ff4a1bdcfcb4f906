// Line joining as first written (lines split and trimmed by string methods, line breaks between them counted in the view): the oracle for tests/analyzer/source/normalize.test.ts.
// The rules (patterns and lengths) are the module's own; only how lines are read is the simple way.
import type { Replacement } from '../../src/analyzer/source/ledger.ts';
import { headingEnd } from '../../src/analyzer/source/outline/heading.ts';
import { HEADING_FAMILIES, mayStartWithHeadingMarker } from '../../src/analyzer/source/outline/markers.ts';
import { findMarkers } from './markers-simple.ts';
import { decimalMarkers } from '../../src/analyzer/source/outline/decimal.ts';
import {
  AFTER_NUMBER,
  BULLET_LINE,
  CLAUSE_END,
  CONTINUES,
  FIELD_LABEL,
  MAX_HEADING_TAIL,
  MIN_WRAPPED,
  NAMES,
  namesRoleAtEnd,
  NUMBER_OR_LABEL,
  pointHeadLines,
  SENTENCE_END,
  SENTENCE_MARK,
} from '../../src/analyzer/source/normalize/wrapped-lines.ts';
import type { Rules } from '../../src/analyzer/config/rules.ts';

type HeadingRules = Pick<Rules, 'headingFinals' | 'bodyOpeners' | 'roleCues'> & Partial<Pick<Rules, 'leadIns'>>;

/** A line that ends a sentence, clause list or field: never joined to the next. */
const TERMINAL = /(?:[。！？!?；;：:…]|[.．](?!\d)|[。！？!?][”’」』])$/;
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
  const open = text.lastIndexOf('【');
  if (open !== -1) para.open = para.length + open;
  const close = text.lastIndexOf('】');
  if (close !== -1) para.close = para.length + close;
  para.parts.push(text);
  para.length += text.length;
  para.tail = para.tail + text;
  if (para.tail.length > TAIL) para.tail = para.tail.slice(-TAIL);
}

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
export function simpleFindWrappedLines(view: string, rules: HeadingRules): Replacement[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const part of view.split('\n')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) lines.push({ start: offset + lead, end: offset + lead + text.length, text });
    offset += part.length + 1;
  }

  const decimal = new Set(decimalMarkers(view, 0, view.length).map((m) => m.start));
  // Lines heading points of their own (the module's rule).
  const heads = pointHeadLines(lines.map((l) => l.text));
  const out: Replacement[] = [];
  let inBody = false;
  let afterBlank = false;
  let para = newParagraph();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    extend(para, line.text);
    if (!inBody && SENTENCE_END.test(line.text)) inBody = true;
    const next = lines[i + 1];
    if (!next) break;
    const breaks = newlinesBetween(view, line.end, next.start);
    const prev = lines[i - 1];
    const listEnd =
      breaks === 2 &&
      prev !== undefined &&
      newlinesBetween(view, prev.end, line.start) === 1 &&
      BULLET_LINE.test(line.text);
    if (breaks > 2 || listEnd) {
      para = newParagraph();
      afterBlank = true;
      continue;
    }
    const clauseWrap = afterBlank && breaks === 1 && CLAUSE_END.test(line.text);
    const join = clauseWrap
      ? !startsWithHeading(next.text)
      : shouldJoin(para, next.text, inBody, rules, heads.has(i), heads.has(i + 1));
    if (!decimal.has(line.start) && !decimal.has(next.start) && join) {
      out.push({ start: line.end, end: next.start, text: '', rule: 'layout.join-wrapped-line' });
    } else {
      para = newParagraph();
      afterBlank = breaks > 1;
    }
  }
  return out;
}

/** Line breaks in `view[start, end)` (the gap between two lines), without slicing it. */
function newlinesBetween(view: string, start: number, end: number): number {
  let n = 0;
  for (let i = view.indexOf('\n', start); i !== -1 && i < end; i = view.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * `TERMINAL.test(line)`, reading only the last two characters (no match of
 * it is longer): the joined paragraph grows line by line, and an
 * end-anchored pattern is otherwise tried from every position.
 */
function isTerminal(line: string): boolean {
  return TERMINAL.test(line.slice(-2));
}

/** `/\p{Script=Han}$/u.test(line)`, reading only the last two code units (one code point). */
function endsWithHan(line: string): boolean {
  return /\p{Script=Han}$/u.test(line.slice(-2));
}

function shouldJoin(
  para: Paragraph,
  next: string,
  inBody: boolean,
  rules: HeadingRules,
  pointHead: boolean,
  nextHeads: boolean,
): boolean {
  if (CONTINUES.test(next)) return true;
  if (para.open > para.close) return true;
  if (!inBody) return false;
  if (isTerminal(para.tail)) return false;
  if (para.length < MIN_WRAPPED) return false;
  if (para.parts.length === 1 && namesRoleAtEnd(para.tail, rules)) return false;
  if (para.parts.length === 1 && pointHead) return false;
  if (nextHeads && rules.leadIns?.some((w) => para.tail.endsWith(w))) return false;
  if (FIELD_LABEL.test(next) || NAMES.test(next) || BULLET_LINE.test(next)) return false;
  if (endsWithHan(para.tail) && /^[A-Za-z]{4}/.test(next)) return false;
  const heading =
    simpleMayEndInHeading(para.tail, para.tail.length === para.length) && endsWithHeading(para.parts.join(''), rules);
  if (heading || startsWithHeading(next)) return false;
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
  if (!mayStartWithHeadingMarker(line)) return false;
  const first = headingMarkers(line)[0];
  return first !== undefined && first.start === 0;
}

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
export function simpleMayEndInHeading(line: string, whole = true): boolean {
  let from = Math.max(0, line.length - MAX_HEADING_TAIL);
  for (let i = line.length - 1; i >= from; i--) {
    if (SENTENCE_MARK[line.charCodeAt(i)] === 1) {
      from = i + 1;
      break;
    }
  }
  // A marker ending at `e >= from` has its last character at `e - 1`.
  for (let i = Math.max(0, from - 1); i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0xff09 || c === 0x29 || c === 0x3015 || (c >= 0x2460 && c <= 0x2473)) return true;
    if (AFTER_NUMBER[c] === 0) continue;
    let j = i - 1;
    while (j >= 0 && /\s/.test(line[j])) j--;
    if (j < 0 ? !whole : NUMBER_OR_LABEL[line.charCodeAt(j)] === 1) return true;
  }
  return false;
}
