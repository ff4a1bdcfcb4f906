import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tfidfKeywords } from '../../../src/analyzer/corpus/keywords.ts';
import type { WeightedTerm } from '../../../src/analyzer/types.ts';
import { seedCorpus } from '../../analyze-helpers.ts';

/**
 * `tfidfKeywords` on documents of strings: each distinct word numbered once, as the analysis numbers them;
 * each document handed over in parts of at most `part` words (a theme's items), or whole.
 */
function keywordsOfStrings(
  documents: ReadonlyMap<string, readonly string[]>,
  topN: number,
  part = Infinity,
): Record<string, WeightedTerm[]> {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const numbered = new Map<string, number[][]>();
  for (const [id, tokens] of documents) {
    const words = tokens.map((t) => {
      let w = ids.get(t);
      if (w === undefined) {
        ids.set(t, (w = vocabulary.length));
        vocabulary.push(t);
      }
      return w;
    });
    const parts: number[][] = [];
    for (let k = 0; k < words.length; k += part) parts.push(words.slice(k, k + part));
    numbered.set(id, parts);
  }
  return tfidfKeywords(numbered, vocabulary, topN);
}

/** TF-IDF keywords as first written: weigh every term, sort them all, keep the first `topN`. */
function simple(documents: ReadonlyMap<string, readonly string[]>, topN: number): Record<string, WeightedTerm[]> {
  const df = new Map<string, number>();
  const tfs = new Map<string, Map<string, number>>();
  for (const [id, tokens] of documents) {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    tfs.set(id, tf);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = documents.size;
  const out: Record<string, WeightedTerm[]> = {};
  for (const [id, tf] of tfs) {
    out[id] = [...tf]
      .map(([term, count]) => ({
        term,
        weight: Math.round((1 + Math.log(count)) * Math.log(1 + n / df.get(term)!) * 1000) / 1000,
      }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, topN);
  }
  return out;
}

describe('tfidfKeywords', () => {
  it('keeps the same top terms, in the same order, as sorting every term', () => {
    const word = fc.constantFrom(
      '党建',
      '社区',
      '经费',
      '阵地',
      '党员',
      '服务',
      '治理',
      '组织',
      '干部',
      '群众',
      '网格',
      '志愿',
    );
    const docs = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.array(word, { maxLength: 40 })), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(docs, fc.integer({ min: -2, max: 14 }), fc.integer({ min: 1, max: 50 }), (entries, topN, part) => {
        const documents = new Map(entries);
        expect(keywordsOfStrings(documents, topN, part)).toEqual(simple(documents, topN));
      }),
      { numRuns: 300 },
    );
  });

  it('puts heavier terms first, ties by term', () => {
    const documents = new Map([
      ['a', ['经费', '经费', '阵地', '党建']],
      ['b', ['党建', '服务']],
    ]);
    expect(keywordsOfStrings(documents, 2).a.map((k) => k.term)).toEqual(['经费', '阵地']);
  });
});

describe('the sample’s keywords', () => {
  it('leave out filler words a reader cannot use (尽快, 每个, 每年 were among them)', async () => {
    const { keywords } = await seedCorpus();
    const all = [...Object.values(keywords.articles), ...Object.values(keywords.themes)].flat().map((k) => k.term);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((t) => ['尽快', '每个', '每年'].includes(t))).toEqual([]);
  });
});
