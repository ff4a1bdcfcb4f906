import OpenCC from 'opencc-js/t2cn';
import type { Edit } from '../../types.ts';

let converter: ((text: string) => string) | undefined;
const perChar = new Map<string, string>();

/** The last whole text converted: deciding a short text is traditional converts what its view converts again. */
let last: { text: string; converted: string } | undefined;

function toSimplified(text: string): string {
  if (last !== undefined && last.text === text) return last.converted;
  const converted = convertByClauses(text);
  if (text.length > 1) last = { text, converted };
  return converted;
}

/** The OpenCC conversion itself. */
function convertWhole(text: string): string {
  // Taiwan standard as the source: it also maps the common 著→着 (`隨著`→`随着`), which plain OpenCC `t` keeps.
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/**
 * Punctuation and spaces that no dictionary entry holds (1), read once from
 * the dictionaries; null when they cannot be read (then never split).
 */
let separators: Uint8Array | null | undefined;
const SEPARATOR_CANDIDATES = '\n \t\u3000，。、；：！？“”‘’（）《》「」『』【】,.;:!?()[]…';

function readSeparators(): Uint8Array | null {
  const inKeys = new Uint8Array(0x10000);
  if (!markKeyUnits((OpenCC as unknown as { Locale?: unknown }).Locale, inKeys)) return null;
  const out = new Uint8Array(0x10000);
  for (let i = 0; i < SEPARATOR_CANDIDATES.length; i++) {
    const code = SEPARATOR_CANDIDATES.charCodeAt(i);
    if (inKeys[code] === 0) out[code] = 1;
  }
  return out;
}

/**
 * Mark (1) every code unit of a source side of any entry anywhere in a
 * configuration (strings `a b|c d` or pairs), reading the strings in place
 * (they hold tens of thousands of entries). Returns whether any was found.
 */
function markKeyUnits(value: unknown, into: Uint8Array): boolean {
  if (typeof value === 'string') {
    let inKey = true;
    let any = false;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 0x7c)
        inKey = true; // |
      else if (code === 0x20) inKey = false;
      else if (inKey) {
        into[code] = 1;
        any = true;
      }
    }
    return any && value.includes(' ');
  }
  if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !value[0].includes(' ')) {
      for (let i = 0; i < value[0].length; i++) into[value[0].charCodeAt(i)] = 1;
      return value[0].length > 0;
    }
    let any = false;
    for (const v of value) any = markKeyUnits(v, into) || any;
    return any;
  }
  if (value && typeof value === 'object') {
    let any = false;
    for (const v of Object.values(value)) any = markKeyUnits(v, into) || any;
    return any;
  }
  return false;
}

/** Converted clauses, by text: a traditional region is converted again after each cleaning step changes a few lines. */
const clauses = new Map<string, string>();
let clauseChars = 0;
const CLAUSE_CACHE_CHARS = 1 << 21;

/**
 * `convertWhole(text)`, clause by clause: a separator no dictionary entry
 * holds is never inside a match, so each stage of the conversion maps the
 * text between separators on its own (the separators stay as they are), and
 * clauses already converted are looked up. Text with an ideographic
 * description character (U+2FF0–U+2FFF, whose operands the converter skips
 * together, separators included) is converted whole.
 */
function convertByClauses(text: string): string {
  separators ??= readSeparators();
  if (separators === null || text.length < 64) return convertWhole(text);
  const sep = separators;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2ff0 && code <= 0x2fff) return convertWhole(text);
    if (sep[code] === 1) {
      parts.push(convertClause(text.slice(start, i + 1)));
      start = i + 1;
    }
  }
  if (start < text.length) parts.push(convertClause(text.slice(start)));
  return parts.join('');
}

function convertClause(clause: string): string {
  let converted = clauses.get(clause);
  if (converted === undefined) {
    converted = convertWhole(clause);
    if (clauseChars + clause.length > CLAUSE_CACHE_CHARS) {
      clauses.clear();
      clauseChars = 0;
    }
    clauses.set(clause, converted);
    clauseChars += clause.length;
  }
  return converted;
}

/** The dictionaries of the conversion `toSimplified` runs (OpenCC's `tw2s` configuration). */
const CONFIG = 'tw2s';
/** Characters sampled to decide whether a text is traditional. */
const SAMPLE = 20000;
/** Share of changed Han characters above which a text is traditional. */
const THRESHOLD = 0.03;

/** What the conversion can do to a character, read once from its dictionaries. */
interface ChangeSets {
  /** `UNIT_*` bits of each code unit, so the sampling loop reads one table per character. */
  units: Uint8Array;
  /**
   * One code point of each entry that changes the text's length, and (to a
   * fixed point) of each entry whose replacement holds such a code point: in
   * a text without any, no such entry can match, in any step of the
   * conversion, so the text keeps its length.
   */
  dangerous: Set<number>;
}

/** A Han character (U+3400–U+9FFF), counted by the share. */
const UNIT_HAN = 1;
/** A Han character that some dictionary entry replaces by another at the same place. */
const UNIT_CHANGING = 2;
/** A code unit of the Basic Multilingual Plane that is `dangerous`. */
const UNIT_DANGEROUS = 4;
/** A high surrogate: the code point it starts may be `dangerous`. */
const UNIT_HIGH = 8;

let changeSets: ChangeSets | null | undefined;

/** Every [source, replacement] entry anywhere in a configuration (strings `a b|c d` or pairs). */
function entriesOf(value: unknown, out: [string, string][]): void {
  if (typeof value === 'string') {
    for (const entry of value.split('|')) {
      const [from, to] = entry.split(' ');
      if (typeof from === 'string' && typeof to === 'string') out.push([from, to]);
    }
  } else if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !value[0].includes(' ')) {
      out.push([value[0], value[1]]);
    } else for (const v of value) entriesOf(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) entriesOf(v, out);
  }
}

/** The change sets of the conversion, or null when its dictionaries cannot be read (then always convert). */
function readChangeSets(): ChangeSets | null {
  const configs = (OpenCC as unknown as { Locale?: { configs?: Record<string, unknown> } }).Locale?.configs;
  const entries: [string, string][] = [];
  entriesOf(configs?.[CONFIG], entries);
  if (entries.length === 0) return null;
  const changing = new Uint8Array(0x10000);
  for (const [from, to] of entries) {
    if (from.length !== to.length) continue;
    for (let i = 0; i < from.length; i++) if (from.charCodeAt(i) !== to.charCodeAt(i)) changing[from.charCodeAt(i)] = 1;
  }
  // An entry matches only where all of its characters are, so one of them (preferably one that
  // simplified text lacks) keeps it out of a text without that character.
  const dangerous = new Set<number>();
  const guard = (from: string) => {
    const points = Array.from(from, (ch) => ch.codePointAt(0)!);
    if (points.some((p) => dangerous.has(p))) return false;
    dangerous.add(points.findLast((p) => p < 0x10000 && changing[p] === 1) ?? points[points.length - 1]);
    return true;
  };
  for (const [from, to] of entries) if (from.length !== to.length) guard(from);
  // An entry whose replacement brings in a guard character needs a guard of its own.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [from, to] of entries) if (holdsAny(to, dangerous) && guard(from)) grew = true;
  }
  const units = new Uint8Array(0x10000);
  units.fill(UNIT_HAN, 0x3400, 0xa000);
  for (let u = 0x3400; u <= 0x9fff; u++) if (changing[u] === 1) units[u] |= UNIT_CHANGING;
  units.fill(UNIT_HIGH, 0xd800, 0xdc00);
  for (const p of dangerous) if (p < 0x10000) units[p] |= UNIT_DANGEROUS;
  return { units, dangerous };
}

/** Whether a code point of `text` is in `points` (`Array.from(text).some(…)` without the array: it runs for every entry, to a fixed point). */
function holdsAny(text: string, points: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const p = text.codePointAt(i)!;
    if (points.has(p)) return true;
    if (p > 0xffff) i++;
  }
  return false;
}

/**
 * Share of Han characters that change under traditional→simplified
 * conversion. Simplified text scores ~0; traditional text well above 0.05.
 */
export function traditionalShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  const converted = toSimplified(sample);
  if (converted.length !== sample.length) return 1;
  const han = hanCount(sample);
  return han === 0 ? 0 : changedHan(sample, converted) / han;
}

/** Han characters (U+3400–U+9FFF) of a text. Loops apart from the division: see `changedHan`. */
function hanCount(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  return han;
}

/**
 * Han characters of `text` that `converted` (as long) changes. A function of
 * its own: code compiled inside the loop had no feedback for the division
 * after it, and was entered and thrown away again for every text.
 */
function changedHan(text: string, converted: string): number {
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff && converted[i] !== text[i]) changed++;
  }
  return changed;
}

/**
 * Whether `traditionalShare(text)` is certainly at most `THRESHOLD`, known
 * without converting: when the sample holds no character that could change
 * its length, only Han characters some dictionary entry replaces can change,
 * so their count bounds the changed ones from above.
 */
export function surelySimplified(text: string): boolean {
  changeSets ??= readChangeSets();
  if (changeSets === null) return false;
  const { units, dangerous } = changeSets;
  const end = Math.min(text.length, SAMPLE);
  let han = 0;
  let changeable = 0;
  for (let i = 0; i < end; i++) {
    const bits = units[text.charCodeAt(i)];
    han += bits & UNIT_HAN;
    changeable += (bits & UNIT_CHANGING) >> 1;
    if (bits < UNIT_DANGEROUS) continue;
    if ((bits & UNIT_DANGEROUS) !== 0) return false;
    if (i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (
        low >= 0xdc00 &&
        low <= 0xdfff &&
        dangerous.has((text.charCodeAt(i) - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000)
      )
        return false;
    }
  }
  return han === 0 || changeable / han <= THRESHOLD;
}

/**
 * Whether a text is written in traditional characters (繁体): more than 3 %
 * of the Han characters of its first 20,000 characters change under
 * conversion. Most texts are simplified, and for them the dictionaries tell
 * without converting that too few characters could change.
 */
export function isTraditional(text: string): boolean {
  if (surelySimplified(text)) return false;
  return traditionalShare(text) > THRESHOLD;
}

/** Views made recently, by text: a traditional article's view is asked for at several stages. */
const views = new Map<string, string>();
let viewChars = 0;
const VIEW_CACHE_CHARS = 1 << 22;

/**
 * A simplified-character view of `text` with exactly the same length and
 * offsets, so rules can match simplified patterns while the site keeps the
 * source's own characters. Falls back to per-character conversion where a
 * phrase conversion would change the length.
 */
export function simplifiedView(text: string): string {
  const known = views.get(text);
  if (known !== undefined) return known;
  const view = convertView(text);
  remember(text, view);
  return view;
}

/**
 * Keep `view` as the view of `text` (a later stage asks for it again),
 * dropping the oldest views beyond the cache's size. A text kept already is
 * kept once, as the newest: `viewChars` stays the sum of the kept texts'
 * lengths, so the cache is never emptied while still counted over its size.
 */
function remember(text: string, view: string): void {
  if (text.length > VIEW_CACHE_CHARS) return;
  if (views.delete(text)) viewChars -= text.length;
  while (viewChars + text.length > VIEW_CACHE_CHARS) {
    const [oldest] = views.keys();
    viewChars -= oldest.length;
    views.delete(oldest);
  }
  views.set(text, view);
  viewChars += text.length;
}

/** A text with its simplified view (`simplifiedView(text)`). */
export interface Viewed {
  text: string;
  view: string;
  /**
   * The view is the text's clauses converted one by one, each keeping its
   * length: the text has no ideographic description character and no
   * `dangerous` character. A revision of the text then converts only the
   * clauses its edits touch, and takes the others' from this view.
   */
  byClauses: boolean;
}

/** `text` with its simplified view. */
export function viewed(text: string): Viewed {
  return { text, view: simplifiedView(text), byClauses: convertsByClauses(text) };
}

/**
 * Whether `simplifiedView(text)` is the text's clauses converted one by one,
 * each keeping its length (see `Viewed.byClauses`). A text too short to be
 * converted by clauses is converted whole, which is the same: no
 * dictionary entry holds a separator.
 */
function convertsByClauses(text: string): boolean {
  separators ??= readSeparators();
  changeSets ??= readChangeSets();
  if (separators === null || changeSets === null) return false;
  const { units, dangerous } = changeSets;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2ff0 && code <= 0x2fff) return false;
    const bits = units[code];
    if (bits < UNIT_DANGEROUS) continue;
    if ((bits & UNIT_DANGEROUS) !== 0) return false;
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff && dangerous.has((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000))
      return false;
  }
  return true;
}

/**
 * `viewed(whole.text.slice(start, end))`, its view sliced from the whole's
 * where the part's clauses are the whole's: it starts at the start of the
 * text, after a separator or at one (which is a clause of its own, kept as
 * it is), and ends at the end or after a separator.
 */
export function viewedPart(whole: Viewed, start: number, end: number): Viewed {
  const { text } = whole;
  const part = text.slice(start, end);
  if (!whole.byClauses) return viewed(part);
  const sep = separators!; // read by `convertsByClauses`
  const opens =
    start === 0 || sep[text.charCodeAt(start - 1)] === 1 || (start < text.length && sep[text.charCodeAt(start)] === 1);
  const closes = end === text.length || sep[text.charCodeAt(end - 1)] === 1;
  if (!opens || !closes) return viewed(part);
  const view = whole.view.slice(start, end);
  remember(part, view);
  return { text: part, view, byClauses: true };
}

/**
 * `viewed(next)`, where `next` is `prev.text` changed by `edits` (one
 * ledger batch: in order, apart, `at` in `next`). The clauses of `next`
 * that hold no edited character, with their separators before and after
 * unedited, are clauses of `prev.text` too: their view is copied from
 * `prev.view`; only the clauses around each edit are converted (a cleaning
 * step changes a few lines of a region, and converting the whole region
 * again looked up every clause).
 */
export function revised(prev: Viewed, next: string, edits: readonly Edit[]): Viewed {
  if (!prev.byClauses || edits.some((e) => !convertsByClauses(e.after))) return viewed(next);
  const sep = separators!; // read by `convertsByClauses`
  /** Just after the first separator at or after `p`, or the end. */
  const clauseEnd = (p: number) => {
    while (p < next.length && sep[next.charCodeAt(p)] !== 1) p++;
    return p < next.length ? p + 1 : p;
  };
  const parts: string[] = [];
  let done = 0;
  let shift = 0;
  for (let k = 0; k < edits.length; ) {
    let start = edits[k].at;
    while (start > done && sep[next.charCodeAt(start - 1)] !== 1) start--;
    parts.push(prev.view.slice(done - shift, start - shift));
    let j = k;
    let end = clauseEnd(edits[j].at + edits[j].after.length);
    while (j + 1 < edits.length && edits[j + 1].at < end) {
      j++;
      end = Math.max(end, clauseEnd(edits[j].at + edits[j].after.length));
    }
    for (let c = start; c < end; ) {
      const stop = clauseEnd(c);
      parts.push(convertClause(next.slice(c, stop)));
      c = stop;
    }
    for (; k <= j; k++) shift += edits[k].after.length - edits[k].before.length;
    done = end;
  }
  parts.push(prev.view.slice(done - shift));
  const view = parts.join('');
  remember(next, view);
  return { text: next, view, byClauses: true };
}

function convertView(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    let mapped = perChar.get(ch);
    if (mapped === undefined) {
      const c = toSimplified(ch);
      mapped = c.length === ch.length ? c : ch;
      perChar.set(ch, mapped);
    }
    out += mapped;
  }
  return out;
}
