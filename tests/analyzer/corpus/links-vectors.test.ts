import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkArticle, linkVocabulary } from '../../../src/analyzer/corpus/links/index.ts';
import type { Item } from '../../../src/analyzer/types.ts';
import { simpleLinkArticle } from '../../reference/links-simple.ts';

const word = fc.constantFrom(
  '党建',
  '社区',
  '经费',
  '阵地',
  '党员',
  '服务',
  '干部队伍建设',
  '队伍',
  '流动党员',
  '网格化管理',
  '群众',
);
const quote = fc.constantFrom('', '“刻舟求剑”', '“甩手掌柜”');
const item = (i: number) =>
  fc
    .record({
      role: fc.constantFrom('problem', 'cause', 'countermeasure', 'other'),
      title: fc.array(word, { maxLength: 4 }),
      text: fc.array(word, { maxLength: 20 }),
      quote,
      themes: fc.uniqueArray(fc.constantFrom('funding', 'members', 'service'), { maxLength: 3 }),
      paired: fc.array(fc.nat(7), { maxLength: 2 }),
    })
    .map(
      (r): Item => ({
        id: `i${i}`,
        role: r.role as Item['role'],
        ordinal: i,
        title: r.title.join(' ') + r.quote,
        text: r.text.join(' '),
        subpoints: [],
        path: [],
        node: '',
        span: { start: 0, end: 0 },
        source: { start: 0, end: 0 },
        pairedWith: r.paired.map((p) => `i${p}`),
        roleEvidence: { source: 'heading' },
        themes: r.themes.map((theme) => ({ theme, score: 1, evidence: [], source: 'auto' as const })),
      }),
    );
const items = fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(i))));

describe('linkArticle with integer feature vectors', () => {
  it('gives the links, scores and evidence of the Map-based TF-IDF', () => {
    const split = (t: string) => t.split(/[\s“”]+/).filter(Boolean);
    const options = {
      wordsOf: (i: Item) => ({ title: split(i.title), text: split(i.text) }),
      themeNames: new Map([['funding', '经费与阵地保障']]),
      minScore: 0.15,
      lexicalShare: 0.6,
      lexicalFull: 0.2,
    };
    // The same words numbered, as the analysis gives them to `linkArticle` (one vocabulary for every run).
    const words: string[] = [];
    const numbered = (ws: string[]) => ws.map((w) => (words.includes(w) ? words.indexOf(w) : words.push(w) - 1));
    const numberedOptions = {
      ...options,
      wordsOf: (i: Item) => ({ title: numbered(split(i.title)), text: numbered(split(i.text)) }),
      vocabulary: linkVocabulary(words),
    };
    fc.assert(
      fc.property(items, (list) => {
        expect(linkArticle(list, numberedOptions)).toEqual(simpleLinkArticle(list, options));
      }),
      { numRuns: 300 },
    );
  });
});
