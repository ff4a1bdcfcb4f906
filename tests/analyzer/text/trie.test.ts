import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeUnitTrie } from '../../../src/analyzer/text/trie.ts';

/** The words walking `trie` from `text[at]` passes, as [length, value], shortest first. */
function walk(trie: CodeUnitTrie, text: string, at: number): [number, number][] {
  const out: [number, number][] = [];
  if (trie.values[0] !== -1) out.push([0, trie.values[0]]);
  let node = 0;
  for (let k = at; k < text.length; k++) {
    node = trie.child(node, text.charCodeAt(k));
    if (node === 0) break;
    if (trie.values[node] !== -1) out.push([k + 1 - at, trie.values[node]]);
  }
  return out;
}

/** The same the simple way: every word tried with `startsWith` (the last of a repeated word's values). */
function simpleWalk(words: readonly string[], text: string, at: number): [number, number][] {
  const value = new Map(words.map((w, i) => [w, i]));
  return [...value]
    .filter(([w]) => text.startsWith(w, at))
    .map(([w, i]): [number, number] => [w.length, i])
    .sort((x, y) => x[0] - y[0]);
}

// A small alphabet (with a surrogate pair) so that words share starts and occur in the texts.
const char = fc.constantFrom('社', '区', '党', '建', 'a', '𠀋', '，');
const str = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(''));

describe('CodeUnitTrie', () => {
  it('finds from every position the words startsWith finds, with their values', () => {
    fc.assert(
      fc.property(fc.array(str(4), { maxLength: 12 }), str(30), (words, text) => {
        const trie = CodeUnitTrie.of(words);
        for (let at = 0; at <= text.length; at++) expect(walk(trie, text, at)).toEqual(simpleWalk(words, text, at));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each spelling one node, made once, while words are added during walks', () => {
    fc.assert(
      fc.property(str(40), fc.array(fc.tuple(fc.nat(40), fc.nat(4)), { maxLength: 30 }), (text, cuts) => {
        const trie = new CodeUnitTrie();
        const nodes = new Map<string, number>();
        for (const [s, n] of cuts) {
          const start = Math.min(s, text.length);
          const end = Math.min(start + n, text.length);
          const word = text.slice(start, end);
          const node = trie.nodeOf(text, start, end);
          expect(trie.nodeOf(word, 0, word.length)).toBe(node);
          if (nodes.has(word)) expect(node).toBe(nodes.get(word));
          else expect([...nodes.values()]).not.toContain(node);
          nodes.set(word, node);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word apart as its tables grow', () => {
    // 5,000 words of three characters: far more nodes and edges than the tables start with.
    const words = Array.from({ length: 5000 }, (_, n) =>
      String.fromCharCode(0x4e00 + (n % 50), 0x4e00 + ((n / 50) | 0), 0x4e00 + n),
    );
    const trie = CodeUnitTrie.of(words);
    const text = words.join('');
    for (let n = 0; n < words.length; n++) expect(walk(trie, text, 3 * n)).toEqual([[3, n]]);
    expect(walk(trie, '一丁', 0)).toEqual([]);
  });

  it('has the empty word at the root, and no word when none was added', () => {
    expect(walk(CodeUnitTrie.of(['', '社区']), '社区', 0)).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect(walk(new CodeUnitTrie(), '社区', 0)).toEqual([]);
  });
});
