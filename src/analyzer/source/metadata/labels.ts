/**
 * The labels that introduce metadata fields, in the forms this genre uses:
 * CNKI record cards (`【作者】`), bracketed (`[摘要]`), run-in with a colon
 * of either width (`中图分类号:`), and bare (`摘要  从当前…`, `关键词社区党建`).
 */
import { opensLine, SPACE_UNITS } from '../../text/spans.ts';
import { isCjk } from '../../text/chars.ts';
import { labelKey, labelSource, lineEnd } from './field-text.ts';

/** What a label's value becomes. `doi`, `date` and `skip` fields are front matter with no slot in the model. */
export type LabelField =
  | 'title'
  | 'journal'
  | 'yearVolIssue'
  | 'abstract'
  | 'pages'
  | 'authors'
  | 'affiliations'
  | 'language'
  | 'clc'
  | 'related'
  | 'keywords'
  | 'documentCode'
  | 'articleNumber'
  | 'authorBio'
  | 'received'
  | 'fund'
  | 'issn'
  | 'column'
  | 'editor'
  | 'references'
  | 'doi'
  | 'date'
  | 'skip';

/** How a value ends when no further label follows it closely. */
export type Extent = 'pattern' | 'sentence' | 'paragraph' | 'line' | 'keywords';

interface LabelDef {
  field: LabelField;
  names: string[];
  extent: Extent;
  /** Longest value (characters) that may run on to the next label. */
  max: number;
  /** May appear without brackets or colon. */
  bare?: boolean;
}

const DEFS: LabelDef[] = [
  { field: 'title', names: ['题名', '篇名', '标题', '文章题目'], extent: 'line', max: 120 },
  { field: 'journal', names: ['期刊名称', '刊名', '文献来源', '来源期刊'], extent: 'line', max: 60 },
  { field: 'yearVolIssue', names: ['年(卷),期', '年,卷(期)', '年卷期'], extent: 'pattern', max: 0 },
  { field: 'abstract', names: ['摘要', '内容摘要', '内容提要', '提要'], extent: 'paragraph', max: 1500, bare: true },
  { field: 'pages', names: ['总页数', '页码'], extent: 'line', max: 30 },
  { field: 'authors', names: ['作者', '著者'], extent: 'line', max: 80 },
  { field: 'affiliations', names: ['作者单位', '作者机构', '单位'], extent: 'line', max: 300 },
  { field: 'language', names: ['正文语种', '语种'], extent: 'line', max: 10 },
  { field: 'clc', names: ['中图分类号', '中图法分类号', '中图分类', '分类号'], extent: 'pattern', max: 0 },
  { field: 'related', names: ['相关文献'], extent: 'paragraph', max: 3000 },
  { field: 'keywords', names: ['关键词', '关键字', '主题词'], extent: 'keywords', max: 100, bare: true },
  { field: 'documentCode', names: ['文献标识码', '文献标志码', '文献标识'], extent: 'pattern', max: 0 },
  { field: 'articleNumber', names: ['文章编号'], extent: 'pattern', max: 0 },
  { field: 'authorBio', names: ['作者简介', '作者介绍'], extent: 'sentence', max: 600 },
  { field: 'received', names: ['收稿日期', '收稿时间'], extent: 'pattern', max: 0 },
  { field: 'fund', names: ['基金项目', '基金'], extent: 'sentence', max: 400 },
  { field: 'issn', names: ['ISSN', '国际标准刊号'], extent: 'pattern', max: 0 },
  { field: 'column', names: ['所属期刊栏目', '栏目'], extent: 'line', max: 30 },
  { field: 'editor', names: ['责任编辑', '责编'], extent: 'line', max: 30 },
  { field: 'references', names: ['参考文献', '主要参考文献', '参考资料'], extent: 'paragraph', max: Infinity },
  { field: 'doi', names: ['DOI'], extent: 'pattern', max: 0 },
  { field: 'date', names: ['修回日期', '出版日期', '网络出版时间'], extent: 'pattern', max: 0 },
  { field: 'skip', names: ['Abstract', 'Key words', 'Keywords', '英文摘要'], extent: 'paragraph', max: 1500 },
];

const BY_KEY = new Map<string, LabelDef>();
for (const d of DEFS) for (const n of d.names) BY_KEY.set(labelKey(n), d);

/** A label found in the text. */
export interface Label {
  field: LabelField;
  extent: Extent;
  max: number;
  /** Offset of the label's first character (its bracket, if any). */
  start: number;
  /** Offset right after the label and its colon or closing bracket: where the value starts. */
  valueStart: number;
  form: 'card' | 'colon' | 'bare';
  /** Not glued to a preceding CJK character (a bare label inside prose is not a label). */
  clean: boolean;
}

const ALL_NAMES = DEFS.flatMap((d) => d.names).sort((a, b) => b.length - a.length);
const NAME_ALT = ALL_NAMES.map(labelSource).join('|');
const BARE_ALT = DEFS.filter((d) => d.bare)
  .flatMap((d) => d.names)
  .sort((a, b) => b.length - a.length)
  .map(labelSource)
  .join('|');

const CARD_RE = /【([^【】]{1,24})】/g;
const BRACKET_RE = new RegExp(`[\\[〔［]\\s*(${NAME_ALT})\\s*[\\]〕］]`, 'gi');
export const COLON_RE = new RegExp(`(${NAME_ALT})\\s*[:：]`, 'gi');

/** A pattern `(names)\s*[:：]` of label names (any grouping), prepared for `colonMatches`. */
export interface ColonPattern {
  /** The pattern, global: searched for as such where `starts` is null. */
  global: RegExp;
  /** The pattern, sticky, tried before each colon. */
  at: RegExp;
  /**
   * Code units a name can start with (both cases of ASCII letters under the
   * `i` flag, which without `u` folds only those), or null when a name
   * starts with punctuation that the pattern widens to a class, or holds a
   * colon (then a match need not end at the first colon after its start).
   */
  starts: Uint8Array | null;
  /** Most characters a name has besides spaces. */
  max: number;
}

/** `source` (flags `flags`, `g` and `y` left out), the pattern of `names` followed by a colon. */
export function colonPattern(source: string, flags: string, names: readonly string[]): ColonPattern {
  const bare = flags.replace(/[gy]/g, '');
  let starts: Uint8Array | null = new Uint8Array(0x10000);
  for (const name of names) {
    const first = name.replace(/\s+/g, '')[0];
    if (first === undefined || /[(),:（），：]/.test(first) || /[:：]/.test(name)) {
      starts = null;
      break;
    }
    const cases = bare.includes('i') ? [first, first.toLowerCase(), first.toUpperCase()] : [first];
    for (const c of cases) if (c.length === 1) starts[c.charCodeAt(0)] = 1;
  }
  return {
    global: new RegExp(source, `${bare}g`),
    at: new RegExp(source, `${bare}y`),
    starts,
    max: Math.max(...names.map((n) => n.replace(/\s+/g, '').length)),
  };
}

const COLON = colonPattern(COLON_RE.source, COLON_RE.flags, ALL_NAMES);

/** Offsets of the colons (`:` or `：`) of `view`, ascending. */
export function colonsOf(view: string): number[] {
  const out: number[] = [];
  let half = view.indexOf(':');
  let full = view.indexOf('：');
  while (half !== -1 || full !== -1) {
    if (full === -1 || (half !== -1 && half < full)) {
      out.push(half);
      half = view.indexOf(':', half + 1);
    } else {
      out.push(full);
      full = view.indexOf('：', full + 1);
    }
  }
  return out;
}

/**
 * The matches the global search for `pattern` finds in `view` from `from`
 * on, found by trying the pattern only where a name can start before a
 * colon (`colons`: `colonsOf(view)`): a long alternation tried at every
 * character was the slowest pattern of the analysis. A match ends at the
 * first colon after its start (names hold none), and before it holds as
 * many non-space characters as its name: so only the starts at most
 * `pattern.max` non-space characters before a colon are tried (names start
 * with common characters, 作, 中, 基…, that body text is full of).
 */
export function colonMatches(
  view: string,
  pattern: ColonPattern,
  colons: readonly number[],
  from = 0,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { at, starts, max } = pattern;
  if (starts === null) {
    pattern.global.lastIndex = from;
    for (let m = pattern.global.exec(view); m; m = pattern.global.exec(view)) out.push(m);
    return out;
  }
  let i = from;
  for (const c of colons) {
    if (c < from) continue;
    let start = c;
    for (let count = 0; start > i; start--) {
      if (SPACE_UNITS[view.charCodeAt(start - 1)] === 1) continue;
      if (count === max) break;
      count++;
    }
    for (let k = start; k < c; k++) {
      if (starts[view.charCodeAt(k)] === 0) continue;
      at.lastIndex = k;
      const m = at.exec(view);
      if (m === null) continue;
      out.push(m);
      break;
    }
    i = c + 1;
  }
  return out;
}

/** The matches `view.matchAll(COLON_RE)` gives (see `colonMatches`). */
export function colonLabels(view: string, colons: readonly number[] = colonsOf(view)): RegExpExecArray[] {
  return colonMatches(view, COLON, colons);
}

const BARE_RE = new RegExp(`(${BARE_ALT})(?![:：\\s]*[)）\\]】])`, 'g');

/** `view.matchAll(re)` for a global pattern, searched with the pattern itself (matchAll copies it per call). */
function allMatches(re: RegExp, view: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(view); m !== null; m = re.exec(view)) out.push(m);
  return out;
}

/**
 * Every label in `view`, in text order, overlapping ones resolved in favour
 * of the more explicit form (card/bracket, then colon, then bare). Unknown
 * `【…】` labels opening a line are kept as `skip` fields: a CNKI card has
 * more fields than the model does, and they are still front matter. Card values may wrap
 * over lines, so one-line fields become paragraph fields there.
 */
export function findLabels(view: string, colons: readonly number[]): Label[] {
  const found: Label[] = [];
  const badges: Label[] = [];
  const add = (m: RegExpExecArray, raw: string, form: Label['form']) => {
    const key = labelKey(raw);
    const def = BY_KEY.get(key);
    if (!def && form !== 'card') return;
    if (!def && (key.length > 10 || /[。！？]/.test(key))) return;
    const start = m.index;
    const prev = view[start - 1];
    // An unknown `【…】` inside a line is a site's badge (`标题【热选8篇】`), not a card's field.
    if (!def && !opensLine(view, start)) return;
    const label: Label = {
      field: def?.field ?? 'skip',
      extent: !def ? 'paragraph' : form === 'card' && def.extent === 'line' ? 'paragraph' : def.extent,
      max: !def ? 3000 : form === 'card' && def.extent !== 'pattern' ? Math.max(def.max, 3000) : def.max,
      start,
      valueStart: start + m[0].length,
      form,
      clean: !isCjk(prev),
    };
    found.push(label);
    if (!def && view.slice(label.valueStart, lineEnd(view, label.valueStart)).trim() !== '') badges.push(label);
  };
  for (const m of allMatches(CARD_RE, view)) add(m, m[1], 'card');
  for (const m of allMatches(BRACKET_RE, view)) add(m, m[1], 'card');
  for (const m of colonLabels(view, colons)) add(m, m[1], 'colon');
  for (const m of allMatches(BARE_RE, view)) {
    const after = view[m.index + m[0].length];
    if (isCjk(after) || /\s/.test(after ?? '')) add(m, m[1], 'bare');
  }
  // An unknown `【…】` with words after it on its line is a card's field only beside a known one; alone,
  // it is a column's badge before a title (`【遴选面试热点】让基层党组织…`).
  if (!found.some((l) => l.form === 'card' && l.field !== 'skip'))
    for (const badge of badges) found.splice(found.indexOf(badge), 1);
  const order = { card: 0, colon: 1, bare: 2 };
  found.sort((a, b) => a.start - b.start || order[a.form] - order[b.form]);
  const out: Label[] = [];
  for (const l of found) {
    const last = out[out.length - 1];
    if (last && l.start < last.valueStart) continue;
    out.push(l);
  }
  return out;
}
