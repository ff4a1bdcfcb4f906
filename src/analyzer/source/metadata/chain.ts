/**
 * Front matter made of labelled fields is a chain: each field's value runs
 * up to the next label, or ends by its own rule (a pattern, a sentence, a
 * paragraph). The chain stops at the first field not followed closely by
 * another label; whatever comes after it is the body.
 */
import type { Label } from './labels.ts';
import { span, trimSpan } from '../../text/spans.ts';
import { hasNoCjk, lineEnd, skipGap } from './field-text.ts';
import { matchAt, VALUE_PATTERNS } from './values.ts';
import type { Span } from '../../types.ts';

/** A labelled field of the front matter and where its value is. */
export interface ChainField {
  label: Label;
  value: Span;
  /** Keyword items, when the field is a keyword list. */
  items?: Span[];
  /** The last keyword ran straight into the body and was cut by a guess. */
  runIn?: boolean;
}

/** The labelled front matter, in text order. */
export interface Chain {
  fields: ChainField[];
  /** Offset where the last field's value ends (its terminator not included). */
  end: number;
}

/** The first label must come within this many characters of the start. */
const FRONT_LIMIT = 600;
/** Longest keyword; anything longer is body text run into the list. */
const KEYWORD_MAX = 15;
/** An English title or author line may sit between labelled fields. */
const ENGLISH_GAP = 400;

/** The labelled front matter of `view`, or null when the article opens without any. */
export function buildChain(view: string, labels: Label[]): Chain | null {
  const front = labels.filter(
    (l) => l.field !== 'references' && l.field !== 'editor' && (l.form !== 'bare' || l.clean),
  );
  const first = front[0];
  if (!first || first.start > FRONT_LIMIT || view.slice(0, first.start).includes('。')) return null;
  const fields: ChainField[] = [];
  for (let i = 0; i < front.length; i++) {
    const label = front[i];
    const next = front[i + 1];
    // A value ends at an editor's label too, though the chain leaves editors out (`作者:… 责任编辑:…`).
    const editor = labels.find((l) => l.field === 'editor' && l.start >= label.valueStart);
    const field = readValue(view, label, editor && (!next || editor.start < next.start) ? editor : next);
    fields.push(field);
    if (field.runIn || !next || !follows(view, field.value.end, next)) break;
  }
  return { fields, end: fields[fields.length - 1].value.end };
}

/** Whether `next` continues the chain after a value ending at `end`. */
function follows(view: string, end: number, next: Label): boolean {
  if (next.start < end) return false;
  if (skipGap(view, end) >= next.start) return true;
  if (next.start - end <= ENGLISH_GAP && hasNoCjk(view, end, next.start)) return true;
  // One short line of its own between two fields (a page's byline `盧愛國++陳洪江` between its tags and abstract).
  const between = view.slice(end, next.start).trim();
  return between.length <= SHORT_LINE && !/[\n。，,；;：:]/.test(between);
}

/** Longest line with no label that may sit between two labelled fields. */
const SHORT_LINE = 20;

function readValue(view: string, label: Label, next: Label | undefined): ChainField {
  const vs = label.valueStart;
  const start = skipGap(view, vs, '');
  const reach = next && next.start - vs <= label.max ? next.start : undefined;
  const value = (end: number, extra = '') => {
    const t = trimSpan(view, vs, Math.max(vs, end), extra);
    return t.end > t.start ? t : span(vs, vs);
  };
  switch (label.extent) {
    case 'pattern': {
      const m = matchAt(VALUE_PATTERNS[label.field] ?? /\S+/, view, start);
      return { label, value: m ? span(start, start + m[0].length) : span(vs, vs) };
    }
    case 'line': {
      const end = lineEnd(view, start);
      return { label, value: value(reach !== undefined && reach <= end ? reach : end, ';；') };
    }
    case 'keywords':
      return keywords(view, label, start, reach);
    case 'sentence': {
      const para = paragraphEnd(view, start, label);
      if (reach !== undefined && reach <= para) return { label, value: value(reach, '.。;；') };
      const end = sentenceEnd(view, start, para);
      return { label, value: value(label.field === 'authorBio' ? postalEnd(view, start, end) : end, '.。;；') };
    }
    default: {
      const para = paragraphEnd(view, start, label);
      return { label, value: value(reach !== undefined && reach <= para ? reach : para) };
    }
  }
}

/** A postal code closing an author's note (`成都 610074`, `(广西 桂林 541004)`). */
const POSTAL = /\d{6}\s*[)）]?/g;
/** Another author's note: a name and a comma (`陈洪江,广西师范大学教授`). */
const NAME_OPENS = /^\p{Script=Han}{2,4}[,，]/u;

/**
 * End of an author's note from `pos`, before `limit`: after the first postal code not followed
 * by another author's note, where lines joined into one carry the body's first paragraph on
 * (`…(广西 桂林 541004)积极回应社会生态环境变化,…。`); `limit` when there is none.
 */
function postalEnd(view: string, pos: number, limit: number): number {
  POSTAL.lastIndex = pos;
  for (let m = POSTAL.exec(view); m !== null && m.index < limit; m = POSTAL.exec(view)) {
    const end = m.index + m[0].length;
    const next = skipGap(view, end);
    if (next < limit && !NAME_OPENS.test(view.slice(next, limit))) return end;
  }
  return limit;
}

/** End of the first sentence from `pos` (`。`, or `.` after a non-ASCII character), before `limit`. */
function sentenceEnd(view: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    const ch = view[i];
    if (ch === '。' || (ch === '.' && !/[A-Za-z0-9]/.test(view[i - 1] ?? '') && !/\d/.test(view[i + 1] ?? '')))
      return i;
  }
  return limit;
}

const LINE_FINAL = /[。！？；：…”’」』）)】\].!?;:]\s*$/;
const NUMBERED = /^(?:\d{1,3}\s*[.．、]|[[【『〔［]\s*\d)/;
const OUTLINE = /^(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）])/;

/**
 * End of the paragraph holding a value that starts at `pos`. Line breaks
 * are weak: the value runs on over a break where its line stops mid-sentence
 * (a hard wrap the cleaner left), or where the next line continues a
 * numbered list; an English value runs on over lines without CJK.
 */
function paragraphEnd(view: string, pos: number, label: Label): number {
  const limit = Math.min(view.length, pos + (Number.isFinite(label.max) ? label.max : view.length));
  const english = hasNoCjk(view, pos, lineEnd(view, pos));
  const numbered = NUMBERED.test(view.slice(pos, pos + 5));
  let end = lineEnd(view, pos);
  while (end < limit) {
    const next = skipGap(view, end, '');
    if (next >= view.length) break;
    const nextLine = view.slice(next, lineEnd(view, next));
    const runsOn = english
      ? hasNoCjk(nextLine, 0, nextLine.length)
      : (!LINE_FINAL.test(view.slice(pos, end)) && !OUTLINE.test(nextLine)) || (numbered && NUMBERED.test(nextLine));
    if (!runsOn) break;
    end = lineEnd(view, next);
  }
  return end;
}

/**
 * A keyword list. Keywords are separated the way the first separator shows
 * (semicolons, commas, 、, slashes or runs of spaces). When a list has nothing after
 * it but body text (`原因分析共产党发展中…`), the last keyword is cut to the
 * length of the longest other keyword: a guess, reported by the caller.
 */
function keywords(view: string, label: Label, start: number, reach: number | undefined): ChainField {
  let end = lineEnd(view, start, reach ?? view.length);
  while (/[;；,，、]\s*$/.test(view.slice(start, end)) && end < (reach ?? view.length)) {
    end = lineEnd(view, skipGap(view, end, ''), reach ?? view.length);
  }
  const region = view.slice(start, end);
  const sep = /[;；]|[,，]|、|[/／]|\s+/.exec(region.replace(/\s*\n\s*/g, ''));
  const cls = !sep
    ? null
    : /[;；]/.test(sep[0])
      ? '[;；]'
      : /[,，]/.test(sep[0])
        ? '[,，]'
        : sep[0] === '、'
          ? '、'
          : /[/／]/.test(sep[0])
            ? '[/／]'
            : '\\s+';
  const tokens: Span[] = [];
  const re = cls ? new RegExp(cls === '\\s+' ? '\\S+' : `[^${cls.slice(1, -1)}]+`, 'g') : /[\s\S]+/g;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const t = trimSpan(view, start + m.index, start + m.index + m[0].length);
    if (t.end > t.start) tokens.push(t);
  }
  const items: Span[] = [];
  for (const t of tokens) {
    const word = view.slice(t.start, t.end).replace(/\s+/g, '');
    if (word.length <= KEYWORD_MAX && !/[。！？!?]/.test(word)) {
      items.push(t);
      continue;
    }
    if (items.length === 0) return { label, value: span(start, start), items: [], runIn: true };
    const cut = Math.min(t.end, t.start + Math.max(...items.map((s) => s.end - s.start)));
    items.push(span(t.start, cut));
    return { label, value: span(items[0].start, cut), items, runIn: true };
  }
  if (items.length === 0) return { label, value: span(start, start), items };
  return { label, value: span(items[0].start, items[items.length - 1].end), items };
}
