/**
 * Title, author and affiliation in unlabelled front matter, which PDF
 * extraction often glues into one run (`…及有效对策李文静山东省…办事处`,
 * `…及对策熊晓燕,苏欢`, `…及对策毕 伟 强城市基层党建作为…`).
 */
import {
  findSpacedName,
  isName,
  isNameList,
  looksLikeAffiliation,
  nameSpans,
  splitAffiliationName,
  splitNameAffiliation,
} from './names.ts';
import { span, trimSpan } from '../../text/spans.ts';
import { BULLET_CLASS, CJK } from '../../text/chars.ts';
import { STOP } from './field-text.ts';
import type { Span } from '../../types.ts';

/** What a run of unlabelled front matter holds. */
export interface Headline {
  title?: Span;
  names?: Span[];
  affiliation?: Span;
  /** Where the recognised part ends (a run-in body starts after it). */
  end: number;
}

/** Words a title of this genre typically ends with: where a glued author name may start. */
const TITLE_END =
  /对策|措施|建议|研究|探析|探讨|思考|分析|路径|途径|策略|问题|初探|浅析|探索|实践|启示|思路|方法|办法|机制|现状|意义|作用|成因|原因|为例|综述|体会|做法|经验|调查|报告|设想|构想|举措/;
/** A numbered or bulleted line (`一、…`, `(篇一)`, `• 休闲生活`): an outline's, a piece's or a menu's, not a title. */
const OUTLINE = new RegExp(
  `^(?:[一二三四五六七八九十]+\\s*[、.,．，]|[(（]篇?[一二三四五六七八九十\\d]+[)）]|\\d+\\s*[、.．]|第[一二三四五六七八九十\\d]+[章节部分条]|[①-⑳]|${BULLET_CLASS})`,
);

/** Sentence punctuation, or a half-width stop between CJK characters: not in a title. */
const SENTENCE_MARK = new RegExp(`[${STOP}]|[${CJK}]\\.[${CJK}]`);
/** A half-width stop after a CJK character at the end (an OCR'd 。). */
const HALF_STOP_END = new RegExp(`[${CJK}][.．]$`);
/** Every CJK character (global; `match` starts it from 0). */
const CJK_ALL = new RegExp(`[${CJK}]`, 'g');
/** Where `[start, end)` ends before a closing page number (`李彦(2)`). */
function trimPageNumber(view: string, start: number, end: number): number {
  const page = /[(（]\d{1,3}[)）]$/.exec(view.slice(start, end));
  return page ? end - page[0].length : end;
}

/** A compilation's label for one of its pieces, before the piece's title (`第一篇:`). */
const PIECE_LABEL = /^第[一二三四五六七八九十\d]+篇[:：]\s*/;
/** A column's badge before a title (`【遴选面试热点】`). */
const BADGE = /^【[^【】]{1,10}】\s*(?=\S)/;
/** An affiliation, a space, a name. */
const AFFILIATION_NAME = /^(\S.{1,40}?)\s+(\S{2,4})$/;
/** Names, then an affiliation in brackets. */
const NAMES_PAREN = /^(.+?)\s*[(（]([^()（）]+)[)）]$/;
/** `TITLE_END`, global: its search position is set before each use. */
const TITLE_ENDS = new RegExp(TITLE_END.source, 'g');

/** Longest title, in characters. */
const TITLE_MAX = 60;

/** Whether `[start, end)` can be a title: short, no sentence punctuation, mostly CJK, not a heading. */
export function isTitleLike(view: string, start: number, end: number): boolean {
  const t = view.slice(start, end).replace(/\s+/g, '');
  if (t.length < 4 || t.length > TITLE_MAX) return false;
  if (SENTENCE_MARK.test(t) || /[，,、：:]$/.test(t) || OUTLINE.test(t)) return false;
  // A sentence closed by a half-width stop (OCR'd 。), or a run of clauses, is body text, not a title.
  if (HALF_STOP_END.test(t) || (t.match(/[，,]/g)?.length ?? 0) >= 3) return false;
  // A page cut mid-sentence opens with a word's last character and a mark (`多、措施少,想法多…`, `念,坚持…`).
  if (/^.[、，,]/.test(t) && /[，,]/.test(t)) return false;
  // So does one cut inside a quotation: a closing quote with no opening one (`…是失职”的观`).
  if (/^[^“]*”/.test(t)) return false;
  const cjk = t.match(CJK_ALL)?.length ?? 0;
  return cjk * 2 >= t.length;
}

/**
 * Read a line (or the rest of a line after a masthead) that is wholly front
 * matter. `seen` tells what came before: a lone short name on the first
 * line is more likely a short title than an author, and a line right after
 * the authors that reads like an institution is their affiliation.
 */
export function readHeadline(
  view: string,
  start: number,
  end: number,
  seen: { title: boolean; authors: boolean },
): Headline | null {
  const t = trimSpan(view, start, end);
  // `第一篇:社区党建…`: a compilation's piece label opens the title line, as a column's badge may
  // (`【武汉党建】…`); the title is what follows it.
  const piece = PIECE_LABEL.exec(view.slice(t.start, t.end)) ?? BADGE.exec(view.slice(t.start, t.end));
  if (piece) t.start += piece[0].length;
  if (t.end <= t.start) return null;
  const titleSeen = seen.title;
  if (seen.authors) {
    const inner = trimSpan(view, t.start, t.end, '(（)）');
    const raw = view.slice(inner.start, inner.end);
    const wrapped = /^[(（]/.test(view.slice(t.start, t.end)) && /[)）]$/.test(view.slice(t.start, t.end));
    const short = raw.length <= 80 && !new RegExp(`[${STOP}]`).test(raw);
    if (inner.end > inner.start && short && (wrapped || /\d{6}/.test(raw) || looksLikeAffiliation(raw))) {
      return { affiliation: inner, end: t.end };
    }
  }
  if (isNameList(view, t.start, t.end) && (titleSeen || nameSpans(view, t.start, t.end).length > 1)) {
    return { names: nameSpans(view, t.start, t.end), end: t.end };
  }
  const spaced = findSpacedName(view, t.start, t.end);
  if (spaced && (spaced.start === t.start || isTitleLike(view, t.start, spaced.start))) {
    return {
      title: spaced.start > t.start ? trimSpan(view, t.start, spaced.start) : undefined,
      names: [spaced],
      affiliation: affiliationAfter(view, spaced.end, t.end),
      end: t.end,
    };
  }
  // `…的调查与思考/李彦(2)`: a site's title, a slash, its authors (and the page's number).
  const slash = view.lastIndexOf('/', t.end - 1);
  const names = slash > t.start ? trimPageNumber(view, slash + 1, t.end) : -1;
  if (names !== -1 && isNameList(view, slash + 1, names) && isTitleLike(view, t.start, slash))
    return { title: trimSpan(view, t.start, slash), names: nameSpans(view, slash + 1, names), end: t.end };
  // `安徽黄山富堨镇富堨村 程望`: an affiliation, then the author's name after a space.
  const byline = AFFILIATION_NAME.exec(view.slice(t.start, t.end));
  if (byline && isName(byline[2]) && looksLikeAffiliation(byline[1])) {
    const name = t.end - byline[2].length;
    return { names: [span(name, t.end)], affiliation: span(t.start, t.start + byline[1].length), end: t.end };
  }
  // `xx县xx街道办事处古晓杰`, after the title: an affiliation glued to its author's name.
  const glued = titleSeen && !new RegExp(`[${STOP}]`).test(view.slice(t.start, t.end));
  const split = glued ? splitAffiliationName(view, t.start, t.end) : null;
  if (split) return { names: [split.name], affiliation: split.affiliation, end: t.end };
  const bracketed = namesThenBracket(view, t.start, t.end);
  if (bracketed) return { ...bracketed, end: t.end };
  let best: Headline | null = null;
  const ends = TITLE_ENDS;
  ends.lastIndex = t.start;
  for (let m = ends.exec(view); m && m.index < t.end; m = ends.exec(view)) {
    const p = m.index + m[0].length;
    if (p - t.start > TITLE_MAX) break;
    if (p > t.end || !isTitleLike(view, t.start, p)) continue;
    const found = authorsAfterTitle(view, p, t.end);
    if (found) best = { title: span(secondTitle(view, t.start, p), p), ...found, end: t.end };
  }
  if (best) return best;
  return isTitleLike(view, t.start, t.end) ? { title: t, end: t.end } : null;
}

/**
 * A line that runs on into the body (`…对策毕 伟 强城市基层党建作为…`): only
 * a padded author name marks where the title ends and the body begins.
 */
export function readRunInHeadline(view: string, start: number, end: number): Headline | null {
  const t = trimSpan(view, start, end);
  const spaced = findSpacedName(view, t.start, Math.min(t.end, t.start + 80));
  if (!spaced || !isTitleLike(view, t.start, spaced.start)) return null;
  return { title: trimSpan(view, t.start, spaced.start), names: [spaced], end: spaced.end };
}

/** What follows a title on the same line: nothing, names, or names then an affiliation. */
function authorsAfterTitle(view: string, p: number, end: number): Omit<Headline, 'title' | 'end'> | null {
  const rest = trimSpan(view, p, end);
  if (rest.end <= rest.start) return {};
  if (isNameList(view, rest.start, rest.end)) return { names: nameSpans(view, rest.start, rest.end) };
  // `…措施探讨杨 凌(成都交投善成实业有限公司,四川 成都 610041)`.
  const bracketed = namesThenBracket(view, rest.start, rest.end);
  if (bracketed) return bracketed;
  const parts = nameSpans(view, rest.start, rest.end);
  const last = parts[parts.length - 1];
  if (!last) return null;
  const lead = parts.slice(0, -1);
  if (!lead.every((n) => isName(view.slice(n.start, n.end)))) return null;
  const split = splitNameAffiliation(view, last.start, rest.end);
  if (!split) return null;
  return { names: [...lead, split.name], affiliation: split.affiliation };
}

/** Characters a page's title and the paper's glued after it share at the start, at least. */
const SHARED_OPENING = 6;

/**
 * Where the paper's own title starts in `[start, end)` when a page's title is glued before it and opens
 * the same way (`国有企业廉政文化建设调研报告国有企业廉政文化建设研究`): after the first ending word
 * that the opening follows again; else `start`.
 */
function secondTitle(view: string, start: number, end: number): number {
  const opening = view.slice(start, start + SHARED_OPENING);
  // `TITLE_ENDS` is mid-search in the caller: the words are looked for in slices instead.
  for (let from = start; from < end; ) {
    const m = TITLE_END.exec(view.slice(from, end));
    if (!m) break;
    const at = from + m.index + m[0].length;
    if (at + SHARED_OPENING <= end && view.startsWith(opening, at)) return at;
    from = at;
  }
  return start;
}

/** Names, then their affiliation in brackets, filling `[start, end)` (`杨 凌(成都交投…,四川 成都 610041)`). */
function namesThenBracket(view: string, start: number, end: number): Omit<Headline, 'title' | 'end'> | null {
  const paren = NAMES_PAREN.exec(view.slice(start, end));
  if (!paren || !isNameList(view, start, start + paren[1].length)) return null;
  const aff = start + paren[0].indexOf(paren[2], paren[1].length);
  return { names: nameSpans(view, start, start + paren[1].length), affiliation: span(aff, aff + paren[2].length) };
}

/** An affiliation written after a name on the same line, parentheses dropped. */
function affiliationAfter(view: string, start: number, end: number): Span | undefined {
  const t = trimSpan(view, start, end, '(（)）,，');
  return t.end > t.start ? t : undefined;
}
