import { SPACE_UNITS } from '../../text/spans.ts';
import type { Marker, MarkerFamily } from '../../types.ts';
import { chineseNumber } from '../../text/numerals.ts';

/** Families whose markers open sections of the outline (the others mark inline points). */
export const HEADING_FAMILIES: ReadonlySet<MarkerFamily> = new Set([
  'cn-numeral',
  'cn-paren',
  'arabic',
  'arabic-paren',
  'circled',
  'labelled',
]);

const NUM_CHARS = '一二三四五六七八九十';
const NUM = `[${NUM_CHARS}]{1,3}`;
/** A name a document site blanked out (`二、***县在…`, `1、**同志…`): a heading may open with one. */
const REDACTED = '[*＊]{2,}';
/** Characters a sentence-level boundary before a marker ends with (or it is the start of the text). */
const BOUNDARY_CHARS = '\n。！？!?；;：:.．”」』）)]】';
/** Inline markers may also follow a comma. */
const SOFT_BOUNDARY_CHARS = '\n。！？!?；;：:.．，,、”」』）)';
/** `chars` as a regular expression's character class. */
const classOf = (chars: string) => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;
/** A lookbehind for a boundary: one of `chars`, then any white space, before the marker. */
const boundary = (chars: string) => `(?<=^|${classOf(chars)}\\s*)`;

interface Pattern {
  family: MarkerFamily;
  /** The pattern, sticky: tried only where `starts` and `after` allow a match. */
  regex: RegExp;
  /** Every character a match can start with, or its first after its `lead`. */
  starts: string;
  /**
   * Characters (1) a match may open with before one of `starts`: the match
   * starts where a run of them before that character starts (line
   * indentation, which is everywhere, is then not itself a candidate).
   */
  lead?: Uint8Array;
  /**
   * The characters the one before a match can be (unless it starts the
   * text), where the pattern's lookbehind limits them: white space or a
   * boundary character, or a line break.
   */
  after?: Uint8Array;
  ordinal: (m: RegExpExecArray) => number;
  label?: (m: RegExpExecArray) => string;
}

/** Code units of `chars` (1), and those of white space (`\s`) with `spaces`. */
function unitsOf(chars: string, spaces: boolean): Uint8Array {
  const table = spaces ? SPACE_UNITS.slice() : new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Every marker pattern, heading and inline families (the reference search in tests tries them all). */
export const MARKER_PATTERNS: Pattern[] = [
  {
    family: 'labelled',
    regex: new RegExp(
      String.raw`(?<=^|\n)[ \t\u3000]*((?:整改)?措施|问题|原因|对策|建议)(${NUM}|\d{1,2})?\s*[:：]`,
      'y',
    ),
    starts: '整措问原对建',
    lead: unitsOf(' \t\u3000', false),
    after: unitsOf('\n', false),
    ordinal: (m) => (m[2] ? chineseNumber(m[2]) : 0),
    label: (m) => m[1],
  },
  {
    family: 'cn-numeral',
    regex: new RegExp(
      `${boundary(BOUNDARY_CHARS)}(${NUM})\\s*[、，,.．](?=\\s*(?:[\\p{Script=Han}“"‘（(《]|${REDACTED}))`,
      'uy',
    ),
    starts: NUM_CHARS,
    after: unitsOf(BOUNDARY_CHARS, true),
    ordinal: (m) => chineseNumber(m[1]),
  },
  {
    family: 'cn-paren',
    regex: new RegExp(`[（(〔]\\s*(${NUM})\\s*[）)〕]`, 'y'),
    starts: '（(〔',
    ordinal: (m) => chineseNumber(m[1]),
  },
  {
    family: 'arabic',
    regex: new RegExp(
      `${boundary(BOUNDARY_CHARS)}(?<![\\d.])(\\d{1,2})\\s*[.．、](?![\\d])(?=\\s*(?:[\\p{Script=Han}“"‘（(《]|${REDACTED}))`,
      'uy',
    ),
    starts: '0123456789',
    after: unitsOf(BOUNDARY_CHARS, true),
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'arabic-paren',
    regex: /[（(]\s*(\d{1,2})\s*[）)](?=\s*[\p{Script=Han}“"‘])/uy,
    starts: '（(',
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'circled',
    regex: /[①-⑳]/y,
    starts: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳',
    ordinal: (m) => m[0].charCodeAt(0) - 0x2460 + 1,
  },
  {
    family: 'inline',
    regex: new RegExp(
      `${boundary(SOFT_BOUNDARY_CHARS)}(?:(${NUM})[是要]|第(${NUM})(?=[，,、：:是])是?|(首先|其次|再次|再者|最后)(?:是(?=\\p{Script=Han}))?(?=[，,、：:]|\\p{Script=Han})|其(${NUM})(?=[，,、：:]))`,
      'uy',
    ),
    starts: `${NUM_CHARS}第首其再最`,
    after: unitsOf(SOFT_BOUNDARY_CHARS, true),
    ordinal: (m) => {
      if (m[1]) return chineseNumber(m[1]);
      if (m[2]) return chineseNumber(m[2]);
      if (m[4]) return chineseNumber(m[4]);
      return { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: 99 }[m[3] as '首先'] ?? 0;
    },
  },
];

/**
 * Whether a heading-family marker can start at offset 0 of `text`: each
 * such pattern's match begins with a space or one of these characters (a
 * label's first character, a numeral, an opening bracket, a digit or a
 * circled number). Lets a caller skip the marker search for a line that
 * cannot open with a heading.
 */
export function mayStartWithHeadingMarker(text: string): boolean {
  return /^[\s整措问原对建一二三四五六七八九十（(〔0-9①-⑳]/.test(text);
}

const HEADING_PATTERNS = MARKER_PATTERNS.filter((p) => HEADING_FAMILIES.has(p.family));

/**
 * The heading-family markers of `firstClaims(MARKER_PATTERNS, view)`, without searching for inline
 * ones: no heading marker starts inside an inline marker, or where one
 * starts (an inline marker holds only numerals, 第, 是, 要, 首先, 其次, 其一…, 再次, 再者
 * and 最后; a heading marker starts with a label, a bracket, a digit, a
 * circled number, or a numeral after a boundary and followed by a comma
 * where an inline one has 是 or 要), so none of them is ever dropped for
 * overlapping one (property test against the search with every pattern).
 */
export function findHeadingMarkers(view: string, from = 0): Marker[] {
  return firstClaims(HEADING_PATTERNS, view, from);
}

/**
 * Code units a heading marker's match can hold (1): white space, the
 * labels' characters, numerals, digits, the marks after a number, brackets
 * and circled numbers. Where the character before `from` is none of them,
 * no match reaches over it, and it ends any lookbehind's run of white
 * space: `findHeadingMarkers(view, from)` then gives the markers of
 * `findHeadingMarkers(view)` that start at or after `from`, reading
 * nothing before `from - 1`.
 */
export const MARKER_UNITS = ((): Uint8Array => {
  const table = SPACE_UNITS.slice();
  for (const ch of `整改措施问题原因对策建议${NUM_CHARS}0123456789:：、，,.．（(〔）)〕①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳`)
    table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * `findHeadingMarkers(view)`'s markers that start at or after `at`, searched
 * for only from the last character before `at` that no marker can hold
 * (`MARKER_UNITS`): an article's front matter need not be searched.
 */
export function headingMarkersFrom(view: string, at: number): Marker[] {
  let from = at;
  while (from > 0 && MARKER_UNITS[view.charCodeAt(from - 1)] === 1) from--;
  return findHeadingMarkers(view, from).filter((m) => m.start >= at);
}

/** The markers of `patterns` in `view`, in text order; a position claimed by a longer marker (`问题一:`) is not also another marker. */
export function firstClaims(patterns: readonly Pattern[], view: string, from = 0): Marker[] {
  const found: Marker[] = [];
  for (const list of scan(patterns, view, from)) for (const m of list) found.push(m);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Marker[] = [];
  let end = -1;
  for (const m of found) {
    if (m.start < end) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}

/** Bit `k` set for the code units a match of `patterns[k]` can start with, made once per list of patterns. */
const startTables = new WeakMap<readonly Pattern[], Uint8Array>();
function startTable(patterns: readonly Pattern[]): Uint8Array {
  let table = startTables.get(patterns);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    patterns.forEach((p, k) => {
      for (let i = 0; i < p.starts.length; i++) table![p.starts.charCodeAt(i)] |= 1 << k;
    });
    startTables.set(patterns, table);
  }
  return table;
}

/**
 * The markers each pattern finds in `view` from `start` on (as its global
 * search finds them, in text order), in one pass over the text: each
 * pattern is tried only where its first character is and the one before
 * allows its lookbehind, from where its last match ended. Searching the
 * text once per pattern was the outline's main cost.
 */
function scan(patterns: readonly Pattern[], view: string, start = 0): Marker[][] {
  const table = startTable(patterns);
  const out: Marker[][] = patterns.map(() => []);
  const from: number[] = patterns.map(() => start);
  for (let q = nextStart(view, table, start); q < view.length; q = nextStart(view, table, q + 1)) {
    let bits = table[view.charCodeAt(q)];
    for (let k = 0; bits !== 0; k++, bits >>= 1) {
      if ((bits & 1) === 0) continue;
      const pattern = patterns[k];
      let p = q;
      if (pattern.lead !== undefined) while (p > 0 && pattern.lead[view.charCodeAt(p - 1)] === 1) p--;
      if (p < from[k] || (p > 0 && pattern.after !== undefined && pattern.after[view.charCodeAt(p - 1)] === 0))
        continue;
      pattern.regex.lastIndex = p;
      const m = pattern.regex.exec(view);
      if (m === null) continue;
      from[k] = p + m[0].length;
      const marker = markerOf(pattern, m);
      if (marker !== null) out[k].push(marker);
    }
  }
  return out;
}

/** The first offset from `q` whose code unit some pattern can start with (`view.length` when none). */
function nextStart(view: string, table: Uint8Array, q: number): number {
  while (q < view.length && table[view.charCodeAt(q)] === 0) q++;
  return q;
}

/** The marker a match of `p` is, or null when it numbers nothing (`十十`). */
function markerOf(p: Pattern, m: RegExpExecArray): Marker | null {
  const ordinal = p.ordinal(m);
  if (ordinal === 0 && p.family !== 'labelled') return null;
  const lead = m[0].length - m[0].trimStart().length;
  const marker: Marker = {
    family: p.family,
    ordinal,
    text: m[0].trim(),
    start: m.index + lead,
    end: m.index + m[0].length,
  };
  if (p.label) marker.label = p.label(m);
  return marker;
}

const INLINE = MARKER_PATTERNS.find((p) => p.family === 'inline')!;
/**
 * The inline pattern as a global search, its first character looked ahead
 * for before its boundary lookbehind (which was otherwise tried at every
 * position): for one pattern a search of the text is quicker than `scan`.
 */
const INLINE_SEARCH = new RegExp(`(?=${classOf(INLINE.starts)})${INLINE.regex.source}`, 'gu');

/**
 * The inline markers of `firstClaims(MARKER_PATTERNS, view)` (`一是`, `第二`, `首先`), without
 * searching for the other families: no marker of another family can start
 * at or before an inline marker and reach it (an inline marker starts with
 * a numeral, 第, 首, 其, 再 or 最 right after a soft boundary, which no
 * other pattern has inside or at its start), so none of them is ever
 * dropped for overlapping one (property test against the search with every pattern).
 */
export function findInlineMarkers(view: string): Marker[] {
  const out: Marker[] = [];
  INLINE_SEARCH.lastIndex = 0;
  for (let m = INLINE_SEARCH.exec(view); m !== null; m = INLINE_SEARCH.exec(view)) {
    const marker = markerOf(INLINE, m);
    if (marker !== null) out.push(marker);
  }
  return out;
}
