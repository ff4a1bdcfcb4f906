/**
 * Gluing tokens back together after nodejieba: runs that spell one user
 * term (where jieba still prefers common words, `单位|人`), and runs of Latin
 * letters and digits (jieba returns them one by one). Both work in place on
 * the token list: the lists are long, and a copy per step was garbage.
 */
import { CodeUnitTrie } from '../../text/trie.ts';

/** Tokens that glue into one: Latin letters and digits. */
const ALPHANUMERIC = /^[\p{Script=Latin}\p{Nd}]+$/u;

/** User terms prepared for `glueTermsInPlace`. */
export interface TermGlue {
  /** The terms' trie, walked along the text itself: most tokens cost one table read. */
  trie: CodeUnitTrie;
  longest: number;
}

/** `terms` prepared for `glueTermsInPlace`. The empty term is dropped: it spells no run worth gluing. */
export function termGlue(terms: Iterable<string>): TermGlue {
  const set = new Set(terms);
  set.delete('');
  return { trie: CodeUnitTrie.of(set), longest: Math.max(0, ...Array.from(set, (word) => word.length)) };
}

/**
 * Glues runs of `tokens`, the consecutive pieces of `text`, that spell one
 * user term (the longest a run spells): the kept tokens are moved to the
 * front, and their count returned. A token no term starts with costs one
 * table read. Throws when the tokens' lengths do not add up to the text's.
 */
export function glueTermsInPlace(text: string, tokens: string[], glue: TermGlue): number {
  const first = glue.trie.first;
  let out = 0;
  let at = 0;
  for (let i = 0; i < tokens.length; ) {
    const head = at < text.length ? first[text.charCodeAt(at)] : 0;
    const take = head === 0 ? 1 : termRun(text, at, head, tokens, i, glue);
    // out <= i: the tokens still to be read are never overwritten.
    if (take === 1) {
      at += tokens[i].length;
      tokens[out++] = tokens[i];
    } else {
      const start = at;
      for (let j = i; j < i + take; j++) at += tokens[j].length;
      tokens[out++] = text.slice(start, at);
    }
    i += take;
  }
  if (at !== text.length) throw new Error(`nodejieba.cut changed the text's length (${text.length} → ${at})`);
  return out;
}

/**
 * How many tokens from `tokens[i]` (at `text[at]`, whose trie node is
 * `head`) glue into a term: the most tokens any term starting there spans
 * exactly, or 1.
 */
function termRun(text: string, at: number, head: number, tokens: readonly string[], i: number, glue: TermGlue): number {
  const { trie, longest } = glue;
  const values = trie.values;
  let take = values[head] !== -1 ? tokensSpanning(tokens, i, 1, longest) : 1;
  let node = head;
  for (let k = at + 1; k < text.length; k++) {
    node = trie.child(node, text.charCodeAt(k));
    if (node === 0) break;
    if (values[node] !== -1) take = Math.max(take, tokensSpanning(tokens, i, k + 1 - at, longest));
  }
  return take;
}

/**
 * How many tokens from `tokens[i]` spell exactly `length` code units (empty
 * tokens after them included while the run is shorter than the longest
 * term, as gluing token by token took them), or 1 when no run of two or
 * more does.
 */
function tokensSpanning(tokens: readonly string[], i: number, length: number, longest: number): number {
  let sum = tokens[i].length;
  let take = 1;
  for (let j = i + 1; j < tokens.length && sum < longest && sum <= length; j++) {
    sum += tokens[j].length;
    if (sum === length) take = j - i + 1;
  }
  return take;
}

/**
 * Whether a token is all Latin letters and digits. A token starting with a
 * character of U+3000–U+9FFF (CJK punctuation, kana, Han: no Latin letter
 * or decimal digit there) is not, without running the regular expression.
 */
function isAlphanumeric(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first >= 0x3000 && first <= 0x9fff) return false;
  return ALPHANUMERIC.test(token);
}

/** Glues runs of Latin letters and digits (`D267`, `2004`, `QQ`), in place. */
export function glueAlphanumeric(tokens: string[]): string[] {
  let out = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (out > 0 && isAlphanumeric(token) && isAlphanumeric(tokens[out - 1])) tokens[out - 1] += token;
    else tokens[out++] = token;
  }
  tokens.length = out;
  return tokens;
}
