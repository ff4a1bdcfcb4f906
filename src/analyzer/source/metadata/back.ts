/**
 * Back matter: the 参考文献 list, an `作  者:` note, 作者简介, 收稿日期,
 * 基金项目 and the `责任编辑:` line, found at the end of the body. Only a
 * run of such fields that reaches the end of the text counts, so a body
 * sentence that happens to contain `作者:` is left alone.
 */
import { type Collector, Rank } from './collect.ts';
import { isName, isNameList, nameSpans, looksLikeAffiliation } from './names.ts';
import { colonMatches, colonPattern, type ColonPattern } from './labels.ts';
import { span, trimSpan } from '../../text/spans.ts';
import { isCjk } from '../../text/chars.ts';
import { compactName, labelSource, valueText } from './field-text.ts';
import { splitNumbered } from './values.ts';
import type { Span } from '../../types.ts';

type BackField = 'references' | 'note' | 'editor' | 'authorBio' | 'received' | 'fund';

interface BackLabel {
  field: BackField;
  start: number;
  valueStart: number;
}

/** Longest value each back field may have; references are as long as they are. */
const LIMITS: Record<BackField, number> = {
  references: Infinity,
  note: 150,
  editor: 30,
  authorBio: 600,
  received: 40,
  fund: 300,
};

const alt = (names: string[]) => names.map(labelSource).join('|');
/** The names of each back field's label. */
const NAMES: Record<BackField, string[]> = {
  references: ['主要参考文献', '参考文献', '参考资料'],
  authorBio: ['作者简介', '作者介绍'],
  note: ['作者单位', '作者'],
  editor: ['责任编辑', '责编'],
  received: ['收稿日期'],
  fund: ['基金项目'],
};
const REF_NAMES = alt(NAMES.references);
const REFERENCES = new RegExp(
  `[【\\[［〔]\\s*(?:${REF_NAMES})\\s*[】\\]］〕]|(?:${REF_NAMES})\\s*(?:[:：]|(?=\\s*\\n|\\s*[\\[【『〔［]\\s*1))`,
  'g',
);
/** The fields whose label is its name and a colon. */
type ColonField = 'authorBio' | 'note' | 'received' | 'fund';
const COLON_PATTERNS = Object.fromEntries(
  (['authorBio', 'note', 'received', 'fund'] as const).map((field) => [
    field,
    colonPattern(`(?:${alt(NAMES[field])})\\s*[:：]`, '', NAMES[field]),
  ]),
) as Record<ColonField, ColonPattern>;
/** A character all the names of the references share: a text without it after `from` has no such label, and the pattern need not run. */
const REF_REQUIRED = [...NAMES.references[0]].find((ch) => NAMES.references.every((n) => n.includes(ch))) ?? '';

/** The editor pattern, tried only where it is told to (sticky). */
const EDITOR_AT = new RegExp(`[(（]?\\s*(?:${alt(NAMES.editor)})\\s*[:：]?`, 'y');

/**
 * The matches of the editor pattern (`[(（]?\s*(?:责任编辑|责编)…`) from
 * `from` on, as its global search finds them. That pattern opens with
 * optional characters, so the search tried it at every position of the
 * body; every match holds a 责 with only spaces and one opening bracket
 * before it, so it is tried only at the furthest such start before each 责.
 */
export function* editorLabels(view: string, from: number): Generator<RegExpExecArray> {
  for (let q = view.indexOf('责', from); q !== -1; ) {
    let p = q;
    while (p > from && /\s/.test(view[p - 1])) p--;
    if (p > from && (view[p - 1] === '(' || view[p - 1] === '（')) p--;
    EDITOR_AT.lastIndex = p;
    const m = EDITOR_AT.exec(view);
    if (m === null) {
      q = view.indexOf('责', q + 1);
      continue;
    }
    yield m;
    from = m.index + m[0].length;
    q = view.indexOf('责', from);
  }
}

/**
 * Where the back matter starts (`view.length` when there is none), its
 * fields recorded in `c`. `colons`: `colonsOf(view)`.
 */
export function readBack(text: string, view: string, from: number, c: Collector, colons: readonly number[]): number {
  const labels = findBackLabels(view, from, colons);
  let next = trimSpan(view, from, view.length).end;
  const accepted: BackLabel[] = [];
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i];
    if (l.start >= next) continue;
    const valueEnd = accepted.length ? accepted[0].start : view.length;
    const length = trimSpan(view, l.valueStart, valueEnd).end - l.valueStart;
    if (length > LIMITS[l.field]) break;
    if (
      l.field === 'references' &&
      !splitNumbered(view, l.valueStart, valueEnd, 'bracket') &&
      length > 0 &&
      !/^\s*\n/.test(view.slice(l.valueStart))
    )
      break;
    accepted.unshift(l);
    next = l.start;
  }
  accepted.forEach((l, i) =>
    record(text, view, l, trimSpan(view, l.valueStart, accepted[i + 1]?.start ?? view.length), c),
  );
  return accepted.length ? accepted[0].start : view.length;
}

/** The labels of the back fields from `from` on, in text order, overlapping ones dropped. */
function findBackLabels(view: string, from: number, colons: readonly number[]): BackLabel[] {
  const found: BackLabel[] = [];
  const add = (field: BackField, m: RegExpExecArray) =>
    found.push({ field, start: m.index, valueStart: m.index + m[0].length });
  if (REF_REQUIRED === '' || view.indexOf(REF_REQUIRED, from) !== -1) {
    REFERENCES.lastIndex = from;
    for (let m = REFERENCES.exec(view); m; m = REFERENCES.exec(view)) add('references', m);
  }
  const colonLabels = (field: ColonField) => {
    for (const m of colonMatches(view, COLON_PATTERNS[field], colons, from))
      if (!isCjk(view[m.index - 1])) add(field, m);
  };
  colonLabels('authorBio');
  colonLabels('note');
  for (const m of editorLabels(view, from)) add('editor', m);
  colonLabels('received');
  colonLabels('fund');
  found.sort((a, b) => a.start - b.start || b.valueStart - a.valueStart);
  return found.filter((l, i) => i === 0 || l.start >= found[i - 1].valueStart);
}

function record(text: string, view: string, l: BackLabel, v: Span, c: Collector): void {
  if (v.end <= v.start) return;
  const value = valueText(text, v);
  switch (l.field) {
    case 'references': {
      const items = splitNumbered(view, v.start, v.end, 'bracket') ?? [v];
      c.put('references', { value: items.map((s) => valueText(text, s)), span: v }, Rank.label);
      return;
    }
    case 'editor': {
      const e = trimSpan(view, v.start, v.end, ')）.。;；');
      c.put('editor', { value: compactName(valueText(text, e)), span: e }, Rank.label);
      return;
    }
    case 'note':
      return recordNote(text, view, v, c);
    case 'authorBio':
    case 'fund': {
      const t = trimSpan(view, v.start, v.end, '.。;；');
      c.put(l.field, { value: valueText(text, t), span: t }, Rank.back);
      return;
    }
    case 'received':
      c.put('received', { value, span: v }, Rank.back);
  }
}

/**
 * An `作者:` note names the author, the author's affiliation or position,
 * or both (`张三,某大学教授`); which one is told by the words themselves.
 */
function recordNote(text: string, view: string, v: Span, c: Collector): void {
  const t = trimSpan(view, v.start, v.end, '.。;；');
  if (isNameList(view, t.start, t.end)) {
    const names = nameSpans(view, t.start, t.end);
    c.put('authors', { value: names.map((n) => compactName(text.slice(n.start, n.end))), span: t }, Rank.back);
    return;
  }
  const sep = /[,，\s]/.exec(view.slice(t.start, t.end));
  if (sep && isName(compactName(view.slice(t.start, t.start + sep.index)))) {
    const name = span(t.start, t.start + sep.index);
    const aff = trimSpan(view, name.end, t.end, ',，');
    c.put('authors', { value: [compactName(text.slice(name.start, name.end))], span: name }, Rank.back);
    if (aff.end > aff.start) c.put('affiliations', { value: [valueText(text, aff)], span: aff }, Rank.back);
    return;
  }
  if (looksLikeAffiliation(view.slice(t.start, t.end)) || t.end - t.start > 4) {
    c.put('affiliations', { value: [valueText(text, t)], span: t }, Rank.back);
  }
}
