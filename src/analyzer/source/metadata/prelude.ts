/**
 * The unlabelled opening of an article: journal masthead (`重庆行政 2020年
 * 第1期`), column and English journal name (`企业党建MODERNENTERPRISECULTURE`,
 * `Journal of …No.102009`), title lines, author lines. Read line by line,
 * each line possibly holding several of these glued together.
 */
import { type Collector, Rank } from './collect.ts';
import { readHeadline, readRunInHeadline, type Headline } from './headline.ts';
import { span, trimSpan } from '../../text/spans.ts';
import { BULLET_CLASS, CJK } from '../../text/chars.ts';
import { STOP, compactName, lineSpans, stripZeros, valueText } from './field-text.ts';
import { groupSpan, matchAt, normalizeIssn } from './values.ts';
import type { Span } from '../../types.ts';

const MASTHEAD = new RegExp(
  `([${CJK}A-Za-z（）()·《》]{2,30}?)\\s*((?:19|20)(?:\\d{2}|[Xx×]{2}))\\s*年\\s*(?:第\\s*(\\d{1,3})\\s*卷\\s*)?第\\s*(\\d{1,3})\\s*期`,
);
const ISSN_LINE = /\s*ISSN\s*[:：]?\s*(\d{4}\s*[-－—–]\s*\d{3}[\dXx])/i;
const ENGLISH = new RegExp(`([${CJK}]{0,10})\\s*([A-Za-z][A-Za-z ()&,.:'’\\-]*[A-Za-z)])`);
const NUMBERS =
  /\s*(?:((?:19|20)\d{2})\s*[,，.]?\s*)?(?:Vol\s*\.?\s*(\d{1,3})\s*[,，.]?\s*)?No\s*\.?\s*(\d{1,8})(?:\s*[,，.]?\s*((?:19|20)\d{2})(?!\d))?/i;
const JOURNALISH =
  /journal|edition|review|studies|research|science|culture|magazine|forum|university|college|bulletin|quarterly|monthly/i;

/** A bulleted line (a menu's item), or one of digits only (a page's counters). */
const PAGE_CHROME = new RegExp(`^\\s*${BULLET_CLASS}|^[\\d\\s/]+$`);

/** Lines after which an opening without labels is taken to be body anyway. */
const OPEN_LINES = 8;
const OPEN_LIMIT = 600;

/** What the unlabelled opening yielded besides the fields put into the collector. */
export interface Prelude {
  /** Where the front matter ends (0 when nothing was recognised). */
  end: number;
  /** The last title line: the article's own heading comes after the site's document title. */
  title?: Span;
}

/**
 * Read `[start, end)`. With `open` there are no labelled fields after it,
 * so the front matter stops at the first line that is not title, author
 * or masthead, and a masthead line may run on into the body.
 */
export function readPrelude(
  text: string,
  view: string,
  start: number,
  end: number,
  open: boolean,
  c: Collector,
  english: string[],
): Prelude {
  let frontEnd = 0;
  let title: Span | undefined;
  let i = -1;
  for (const line of lineSpans(view, start, end)) {
    // A site's menu (`• 休闲生活` ⏎ `• 教育教学` …) or counters (`1 1 1`) come before the title and are none of it.
    if (frontEnd === 0 && title === undefined && PAGE_CHROME.test(view.slice(line.start, line.end))) continue;
    i++;
    if (open && (i >= OPEN_LINES || line.start > OPEN_LIMIT)) break;
    let cursor = line.start;
    let any = false;
    const mast = matchAt(MASTHEAD, view, cursor);
    if (mast) {
      any = true;
      cursor = mast.index + mast[0].length;
      const j = trimSpan(view, mast.index, groupSpan(mast, 1)!.end, '《》');
      c.put('journal', { value: text.slice(j.start, j.end), span: j }, Rank.masthead);
      if (/^\d{4}$/.test(mast[2])) c.put('year', { value: Number(mast[2]), span: groupSpan(mast, 2)! }, Rank.masthead);
      putNumber(c, 'volume', mast, 3, Rank.masthead);
      putNumber(c, 'issue', mast, 4, Rank.masthead);
    }
    const issn = matchAt(ISSN_LINE, view, cursor);
    if (issn) {
      any = true;
      cursor = issn.index + issn[0].length;
      c.put('issn', { value: normalizeIssn(issn[1]), span: groupSpan(issn, 1)! }, Rank.masthead);
    }
    const eng = readEnglish(text, view, cursor, line.end, c, english);
    if (eng !== null) {
      any = true;
      cursor = eng;
    }
    const rest = trimSpan(view, cursor, line.end);
    if (rest.end <= rest.start) {
      if (any) frontEnd = line.end;
      continue;
    }
    const runsOn =
      open && any && (new RegExp(`[${STOP}]`).test(view.slice(rest.start, rest.end)) || rest.end - rest.start > 80);
    if (runsOn) {
      const h = readRunInHeadline(view, rest.start, rest.end);
      if (h) title = putHeadline(text, view, h, c) ?? title;
      else
        c.warn(
          'metadata.title-run-in',
          '刊头之后标题与正文连排，找不到分隔标题和正文的作者署名，未提取标题；请在原文中标出标题。',
        );
      return { end: h ? h.end : rest.start, title };
    }
    const h = readHeadline(view, rest.start, rest.end, { title: title !== undefined, authors: c.has('authors') });
    if (h) {
      title = withSubtitle(view, title, putHeadline(text, view, h, c));
      frontEnd = line.end;
    } else if (any) {
      frontEnd = line.end;
    } else if (open) {
      break;
    }
  }
  return { end: frontEnd, title };
}

/** A subtitle line (`——基于…的调查研究`) right after the title extends it; any other title line replaces it. */
function withSubtitle(view: string, title: Span | undefined, next: Span | undefined): Span | undefined {
  if (!next) return title;
  if (title && SUBTITLE.test(view.slice(next.start, next.end)) && view.slice(title.end, next.start).trim() === '')
    return span(title.start, next.end);
  return next;
}

/** A subtitle opens with a dash (`——`, `—`, `--`). */
const SUBTITLE = /^(?:—|--)/;

function putNumber(c: Collector, key: 'volume' | 'issue', m: RegExpExecArray, group: number, rank: number): void {
  const v = m[group] ? stripZeros(m[group]) : undefined;
  if (v) c.put(key, { value: v, span: groupSpan(m, group)! }, rank);
}

/** Record a headline's names and affiliation; return its title span, if any. */
function putHeadline(text: string, view: string, h: Headline, c: Collector): Span | undefined {
  if (h.names && h.names.length > 0) {
    const names = h.names.map((n) => compactName(text.slice(n.start, n.end)));
    c.put('authors', { value: names, span: span(h.names[0].start, h.names[h.names.length - 1].end) }, Rank.masthead);
  }
  if (h.affiliation) {
    c.put('affiliations', { value: [valueText(text, h.affiliation)], span: h.affiliation }, Rank.masthead);
  }
  return h.title ? trimSpan(view, h.title.start, h.title.end) : undefined;
}

/**
 * An English journal name, maybe after a short column name and before
 * `Vol.`/`No.` numbers. Returns where it ends, or null when there is none.
 * An English line that names no journal (a translated title) is passed over.
 */
function readEnglish(
  text: string,
  view: string,
  pos: number,
  end: number,
  c: Collector,
  known: string[],
): number | null {
  const m = matchAt(ENGLISH, view, pos);
  if (!m || m.index + m[0].length > end) return null;
  const g = groupSpan(m, 2)!;
  const letters = view.slice(g.start, g.end).match(/[A-Za-z]/g)?.length ?? 0;
  if (letters < 8) return null;
  let engEnd = g.end;
  const tail = /[\s,.]*(?:Vol|No)$/i.exec(view.slice(g.start, g.end));
  if (tail && /^\s*\.?\s*\d/.test(view.slice(g.end, g.end + 4))) engEnd = g.start + tail.index;
  const e = trimSpan(view, g.start, engEnd, ',.');
  const name = view.slice(e.start, e.end);
  const nums = matchAt(NUMBERS, view, engEnd);
  const isJournal =
    nums !== null ||
    name === name.toUpperCase() ||
    JOURNALISH.test(name) ||
    known.includes(name.replace(/\s+/g, '').toLowerCase());
  if (!isJournal) return m.index + m[0].length;
  c.put('journalEnglish', { value: text.slice(e.start, e.end), span: e }, Rank.masthead);
  const col = groupSpan(m, 1);
  if (col && col.end - col.start >= 2)
    c.put('column', { value: text.slice(col.start, col.end), span: col }, Rank.masthead);
  if (!nums) return m.index + m[0].length;
  if (nums[2]) c.put('volume', { value: stripZeros(nums[2]) ?? nums[2], span: groupSpan(nums, 2)! }, Rank.english);
  const no = groupSpan(nums, 3)!;
  const yearGroup = nums[1] ? 1 : nums[4] ? 4 : 0;
  if (yearGroup) {
    c.put('year', { value: Number(nums[yearGroup]), span: groupSpan(nums, yearGroup)! }, Rank.english);
    putIssue(c, nums[3], no);
  } else if (nums[3].length >= 5 && /^(?:19|20)\d{2}$/.test(nums[3].slice(-4))) {
    c.put('year', { value: Number(nums[3].slice(-4)), span: span(no.end - 4, no.end) }, Rank.english);
    putIssue(c, nums[3].slice(0, -4), span(no.start, no.end - 4));
  } else {
    putIssue(c, nums[3], no);
  }
  return nums.index + nums[0].length;
}

function putIssue(c: Collector, digits: string, s: Span): void {
  const v = stripZeros(digits);
  if (v) c.put('issue', { value: v, span: s }, Rank.english);
}
