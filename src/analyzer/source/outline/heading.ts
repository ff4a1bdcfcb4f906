import type { Rules } from '../../config/rules.ts';
import { opensLine } from '../../text/spans.ts';
import { CodeUnitTrie } from '../../text/trie.ts';

/** A heading this long with no punctuation after it is the heading's whole line. */
const MAX_LINE_HEADING = 60;
/** Longest heading phrase ended by a sentence mark. */
const MAX_SENTENCE_HEADING = 80;
/** Window in which a run-in heading (`…的思维方式目前,…`) must end. */
const RUN_IN_WINDOW = 40;
const MIN_HEADING = 2;
/** A short label and its colon, followed on the line by the first marker of a list (`存在问题:一是`, `建议：首先，`). */
const LABEL_BEFORE_LIST =
  /^([^。！？!?；;：:，,\n]{2,12})[：:][ \t\u3000]*(?=[一二三四五六七八九十]+是|首先|第[一二三四五六七八九十]+[，,、：:]|[（(][一二三四五六七八九十1-9][)）])/;

/** A short heading run into its list's first point with no mark between (`今后的打算一是…`). */
const GLUED_LIST = /^([^。！？!?；;：:，,、\n]{2,12}?)一是/;

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

  // A label whose list follows on the same line (`存在问题:一是…`) ends at its colon.
  const label = LABEL_BEFORE_LIST.exec(line);
  if (label) return { end: start + label[1].length, guessed: false };
  // So does a heading its list is glued to (`今后的打算一是…。二是…`), where the list goes on.
  const glued = GLUED_LIST.exec(line);
  if (glued && (line.includes('二是', glued[0].length) || opensLineBefore(view, '二是', lineEnd, limit)))
    return { end: start + glued[1].length, guessed: false };
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

/** Whether `word` opens a line (after spaces) between `from` and `limit`: the glued list's second point on a line of its own. */
function opensLineBefore(view: string, word: string, from: number, limit: number): boolean {
  for (let at = view.indexOf(word, from); at !== -1 && at < limit; at = view.indexOf(word, at + 1))
    if (opensLine(view, at)) return true;
  return false;
}

/** The tries of the rules' word lists, made once per list (headings are asked about per line). */
const finalsTries = new WeakMap<readonly string[], CodeUnitTrie>();
const openersTries = new WeakMap<readonly string[], CodeUnitTrie>();

/** The trie of `words`, read backwards (of the words reversed) when `backwards`. */
function trieOf(words: readonly string[], backwards: boolean): CodeUnitTrie {
  const cache = backwards ? finalsTries : openersTries;
  let trie = cache.get(words);
  if (trie === undefined) {
    trie = CodeUnitTrie.of(backwards ? words.map((w) => w.split('').reverse().join('')) : words);
    cache.set(words, trie);
  }
  return trie;
}

/**
 * Whether some word of `trie` is read from `line[from]` on, one code unit
 * after another in the direction `step` (-1: backwards, the trie of the words reversed).
 */
function wordFrom(trie: CodeUnitTrie, line: string, from: number, step: 1 | -1): boolean {
  if (trie.values[0] !== -1) return true; // the empty word meets every position
  let node = 0;
  for (let k = from; k >= 0 && k < line.length; k += step) {
    node = trie.child(node, line.charCodeAt(k));
    if (node === 0) return false;
    if (trie.values[node] !== -1) return true;
  }
  return false;
}

/**
 * First offset ≤ `scanTo` where a heading-final word meets a body-opening
 * word: a final ends just before it and an opener starts at it.
 */
export function runInEnd(line: string, scanTo: number, rules: Pick<Rules, 'headingFinals' | 'bodyOpeners'>): number {
  const finals = trieOf(rules.headingFinals, true);
  const openers = trieOf(rules.bodyOpeners, false);
  for (let p = MIN_HEADING; p <= scanTo; p++) {
    if (wordFrom(finals, line, p - 1, -1) && wordFrom(openers, line, p, 1)) return p;
  }
  return -1;
}
