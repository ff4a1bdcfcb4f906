/**
 * Every cache of the folder, with what it holds and its bound; none changes
 * an answer, only how soon it comes. `resetCaches` empties them all.
 * Sizing and measurements: docs/performance.md.
 */
import { type ChangeSets, makeConverter, readChangeSets, readSeparators } from './opencc.ts';

// What is read once from OpenCC: built on first use, one of each.

/** 1. The converter (building it loads the dictionaries). */
let converter: ((text: string) => string) | undefined;
/** 2. The clause separators (`readSeparators`): 64 KiB; null when the dictionaries cannot be read. */
let separators: Uint8Array | null | undefined;
/** 3. The change sets (`readChangeSets`): 64 KiB and 664 guard code points; null as above. */
let changeSets: ChangeSets | null | undefined;

export function opencc(): (text: string) => string {
  return (converter ??= makeConverter());
}

export function separatorTable(): Uint8Array | null {
  if (separators === undefined) separators = readSeparators();
  return separators;
}

export function changeSetTable(): ChangeSets | null {
  if (changeSets === undefined) changeSets = readChangeSets();
  return changeSets;
}

// Conversions and views, each from its cache or made by `make` and kept.

/**
 * 4. The last whole text converted and its conversion (one text): deciding a
 * short text is traditional converts what its view converts again.
 */
let last: { text: string; converted: string } | undefined;

/** Single characters (converted one by one for a view) are not kept, so the whole text stays. */
export function cachedConversion(text: string, make: (text: string) => string): string {
  if (last !== undefined && last.text === text) return last.converted;
  const converted = make(text);
  if (text.length > 1) last = { text, converted };
  return converted;
}

/** 5. Converted clauses, by clause, up to `CLAUSE_CACHE_CHARS` characters of clauses; then emptied at once. */
const clauses = new Map<string, string>();
let clauseChars = 0;
const CLAUSE_CACHE_CHARS = 1 << 21;

export function cachedClause(clause: string, make: (clause: string) => string): string {
  let converted = clauses.get(clause);
  if (converted === undefined) {
    converted = make(clause);
    if (clauseChars + clause.length > CLAUSE_CACHE_CHARS) {
      clauses.clear();
      clauseChars = 0;
    }
    clauses.set(clause, converted);
    clauseChars += clause.length;
  }
  return converted;
}

/** 6. Views made recently, by text, up to `VIEW_CACHE_CHARS` characters of texts, the oldest dropped first. */
const views = new Map<string, string>();
let viewChars = 0;
const VIEW_CACHE_CHARS = 1 << 22;

export function cachedView(text: string, make: (text: string) => string): string {
  let view = views.get(text);
  if (view === undefined) keepView(text, (view = make(text)));
  return view;
}

/**
 * Keep `view` as the view of `text`, as the newest, dropping the oldest beyond
 * the bound. A text kept already is kept once, so `viewChars` stays the kept texts' length.
 */
export function keepView(text: string, view: string): void {
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

/**
 * 7. Each character's own view (its conversion if that keeps its length, else
 * itself), for texts whose whole conversion changes length: one entry per character met.
 */
const charViews = new Map<string, string>();

export function cachedCharView(ch: string, make: (ch: string) => string): string {
  let view = charViews.get(ch);
  if (view === undefined) charViews.set(ch, (view = make(ch)));
  return view;
}

/** Empty every cache, as when the module was loaded (for tests: answers never depend on the caches). */
export function resetCaches(): void {
  converter = undefined;
  separators = undefined;
  changeSets = undefined;
  last = undefined;
  clauses.clear();
  clauseChars = 0;
  views.clear();
  viewChars = 0;
  charViews.clear();
}
