import type { Rules } from '../../config/rules.ts';

/** A heading this long with no punctuation after it is the heading's whole line. */
const MAX_LINE_HEADING = 60;
/** Longest heading phrase ended by a sentence mark. */
const MAX_SENTENCE_HEADING = 80;
/** Window in which a run-in heading (`…的思维方式目前,…`) must end. */
const RUN_IN_WINDOW = 40;
const MIN_HEADING = 2;
/** A first sentence up to this long is the heading itself. */
const SHORT_SENTENCE = 24;
/** A first clause this long or longer, ended by a comma, is taken for the heading. */
const MIN_CLAUSE = 4;

/**
 * Where the heading phrase that starts at `start` ends. Tried in order: a
 * short first sentence, a run-in heading glued to its body (`思想观念不新,存在“刻舟求剑”的思维方式|目前,…`),
 * a heading that is its whole line, a heading ended by a sentence mark, the
 * first clause of a long sentence.
 * Returns the end offset and whether it was a guess.
 */
export function headingEnd(
  view: string,
  start: number,
  limit: number,
  rules: Pick<Rules, 'headingFinals' | 'bodyOpeners'>,
): { end: number; guessed: boolean } {
  const newline = view.indexOf('\n', start);
  const lineEnd = Math.min(newline === -1 ? view.length : newline, limit);
  const line = view.slice(start, lineEnd);
  const sentence = line.search(/[。！？!?；;]/);
  const scanTo = Math.min(sentence === -1 ? line.length : sentence, RUN_IN_WINDOW);

  // A short first sentence is the heading (`能力建设不够健全。`), whatever words it ends with.
  if (sentence !== -1 && sentence <= SHORT_SENTENCE) return { end: start + sentence, guessed: false };
  // So is a line of its own with no sentence in it (the body starts on the next line).
  const ownLine = lineEnd === newline && sentence === -1 && line.trimEnd().length <= MAX_LINE_HEADING;
  if (ownLine) return { end: start + line.trimEnd().length, guessed: false };
  const runIn = runInEnd(line, scanTo, rules);
  if (runIn !== -1) return { end: start + runIn, guessed: false };
  if (sentence === -1 && line.trimEnd().length <= MAX_LINE_HEADING) {
    return { end: start + line.trimEnd().length, guessed: false };
  }
  // A heading sentence: the whole line, or a short first sentence the body follows.
  const wholeLine = sentence !== -1 && line.slice(sentence + 1).trim() === '';
  if (sentence !== -1 && sentence <= (wholeLine ? MAX_SENTENCE_HEADING : RUN_IN_WINDOW)) {
    return { end: start + sentence, guessed: false };
  }
  // A long sentence opening with its point: its first clause is the heading.
  const comma = line.slice(MIN_CLAUSE).search(/[，,：:]/);
  if (comma !== -1 && comma + MIN_CLAUSE <= RUN_IN_WINDOW) return { end: start + comma + MIN_CLAUSE, guessed: false };
  return { end: start + Math.min(20, line.length), guessed: true };
}

/** Words by the code unit they end (or start) with. */
interface WordIndex {
  /** Code units (1) some word ends (or starts) with: most positions are none, and a table is read quicker than the map. */
  units: Uint8Array;
  byUnit: Map<number, string[]>;
}

/** Words by the code unit they end (`last`) or start (`first`) with; null when one is empty (it meets every position). */
function wordsByUnit(words: readonly string[], last: boolean): WordIndex | null {
  if (words.some((w) => w === '')) return null;
  const units = new Uint8Array(0x10000);
  const byUnit = new Map<number, string[]>();
  for (const w of words) {
    const unit = w.charCodeAt(last ? w.length - 1 : 0);
    units[unit] = 1;
    let list = byUnit.get(unit);
    if (list === undefined) byUnit.set(unit, (list = []));
    list.push(w);
  }
  return { units, byUnit };
}

/** `wordsByUnit` of the rules' word lists, made once per list (headings are asked about per line). */
const byLast = new WeakMap<readonly string[], WordIndex | null>();
const byFirst = new WeakMap<readonly string[], WordIndex | null>();
function wordsAt(words: readonly string[], last: boolean): WordIndex | null {
  const cache = last ? byLast : byFirst;
  let out = cache.get(words);
  if (out === undefined) cache.set(words, (out = wordsByUnit(words, last)));
  return out;
}

/** The words of `index` (all of `words` when null) that end (or start) with the code unit `unit`, or undefined. */
function wordsWith(index: WordIndex | null, words: readonly string[], unit: number): readonly string[] | undefined {
  if (index === null) return words;
  return index.units[unit] === 1 ? index.byUnit.get(unit) : undefined;
}

/**
 * First offset ≤ `scanTo` where a heading-final word meets a body-opening
 * word. Only the finals ending in the code unit before `p`, and the openers
 * starting with the one at `p`, are tried there.
 */
export function runInEnd(line: string, scanTo: number, rules: Pick<Rules, 'headingFinals' | 'bodyOpeners'>): number {
  const finals = wordsAt(rules.headingFinals, true);
  const openers = wordsAt(rules.bodyOpeners, false);
  for (let p = MIN_HEADING; p <= scanTo; p++) {
    const endingHere = wordsWith(finals, rules.headingFinals, line.charCodeAt(p - 1));
    if (endingHere === undefined) continue;
    // `line.slice(0, p)` ends with the final, `line.slice(p)` starts with the opener (without slicing).
    if (!endingHere.some((w) => line.endsWith(w, p))) continue;
    const startingHere = wordsWith(openers, rules.bodyOpeners, line.charCodeAt(p));
    if (startingHere?.some((w) => line.startsWith(w, p))) return p;
  }
  return -1;
}
