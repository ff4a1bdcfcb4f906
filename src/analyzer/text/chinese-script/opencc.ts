/**
 * What the folder takes from OpenCC: the converter, and two tables read once
 * from the dictionaries of its conversion (`caches.ts` keeps all three).
 */
import OpenCC from 'opencc-js/t2cn';

/** The dictionaries of the conversion `makeConverter` builds (OpenCC's `tw2s` configuration). */
const CONFIG = 'tw2s';

/** OpenCC's traditional → simplified converter. */
export function makeConverter(): (text: string) => string {
  // Taiwan standard as the source: it also maps the common 著→着 (`隨著`→`随着`), which plain OpenCC `t` keeps.
  return OpenCC.Converter({ from: 'tw', to: 'cn' });
}

/** Every dictionary OpenCC loaded, by configuration (strings `a b|c d` or [source, replacement] pairs). */
function locale(): { configs?: Record<string, unknown> } | undefined {
  return (OpenCC as unknown as { Locale?: { configs?: Record<string, unknown> } }).Locale;
}

const SEPARATOR_CANDIDATES = '\n \t\u3000，。、；：！？“”‘’（）《》「」『』【】,.;:!?()[]…';

/**
 * Punctuation and spaces that no dictionary entry holds (1): no match spans
 * one, so they bound clauses. Null when the dictionaries cannot be read.
 */
export function readSeparators(): Uint8Array | null {
  const inKeys = new Uint8Array(0x10000);
  if (!markKeyUnits(locale(), inKeys)) return null;
  const out = new Uint8Array(0x10000);
  for (let i = 0; i < SEPARATOR_CANDIDATES.length; i++) {
    const code = SEPARATOR_CANDIDATES.charCodeAt(i);
    if (inKeys[code] === 0) out[code] = 1;
  }
  return out;
}

/**
 * Mark (1) every code unit of a source side of any entry anywhere in a
 * configuration, reading the strings in place. Returns whether any was found.
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
    if (isPair(value)) {
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

/** Whether an array of a configuration is one [source, replacement] entry rather than a list. */
function isPair(value: unknown[]): value is [string, string] {
  return value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !value[0].includes(' ');
}

/** What the conversion can do to a character, read once from its dictionaries. */
export interface ChangeSets {
  /** `UNIT_*` bits of each code unit, so that a loop over a text reads one table per character. */
  units: Uint8Array;
  /**
   * A guard code point of each entry that changes the text's length, or whose
   * replacement holds a guard (to a fixed point): a text without any keeps its length.
   */
  dangerous: Set<number>;
}

/** A Han character (U+3400–U+9FFF), counted by the share. */
export const UNIT_HAN = 1;
/** A Han character that some dictionary entry replaces by another at the same place. */
export const UNIT_CHANGING = 2;
/** A code unit of the Basic Multilingual Plane that is `dangerous`. */
export const UNIT_DANGEROUS = 4;
/** A high surrogate: the code point it starts may be `dangerous`. */
export const UNIT_HIGH = 8;

/** The change sets of the conversion, or null when its dictionaries cannot be read. */
export function readChangeSets(): ChangeSets | null {
  const entries: [string, string][] = [];
  entriesOf(locale()?.configs?.[CONFIG], entries);
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

/** Every [source, replacement] entry anywhere in a configuration. */
function entriesOf(value: unknown, out: [string, string][]): void {
  if (typeof value === 'string') {
    for (const entry of value.split('|')) {
      const [from, to] = entry.split(' ');
      if (typeof from === 'string' && typeof to === 'string') out.push([from, to]);
    }
  } else if (Array.isArray(value)) {
    if (isPair(value)) out.push([value[0], value[1]]);
    else for (const v of value) entriesOf(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) entriesOf(v, out);
  }
}

/** Whether a code point of `text` is in `points` (without an array: it runs for every entry, to a fixed point). */
function holdsAny(text: string, points: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const p = text.codePointAt(i)!;
    if (points.has(p)) return true;
    if (p > 0xffff) i++;
  }
  return false;
}

/**
 * Whether the code point at `i` of `text` is `dangerous`, for a code unit
 * whose bits reach `UNIT_DANGEROUS`; a low surrogate counts only before `end`.
 */
export function dangerousAt(text: string, i: number, end: number, { units, dangerous }: ChangeSets): boolean {
  const code = text.charCodeAt(i);
  if ((units[code] & UNIT_DANGEROUS) !== 0) return true;
  if (i + 1 >= end) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && dangerous.has((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
}
