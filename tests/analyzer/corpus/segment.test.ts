import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import nodejieba from 'nodejieba';
import { describe, expect, test } from 'vitest';
import { parseTermList, parseWordList } from '../../../src/analyzer/config/word-lists.ts';
import { createSegmenter, isContentWord } from '../../../src/analyzer/corpus/segment/index.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const termsText = read('content/dict/party-terms.txt');
const stopwordsText = read('content/dict/stopwords.txt');
const sample = read('content/sources/城市社区党建存在的问题及对策8篇.txt');

const { terms, diagnostics: termDiagnostics } = parseTermList(termsText, 'content/dict/party-terms.txt');
const { words: stopwords, diagnostics: stopwordDiagnostics } = parseWordList(
  stopwordsText,
  'content/dict/stopwords.txt',
);
const segmenter = createSegmenter(terms);
const stop = new Set(stopwords);
/** The content words of `text`, in order, as the corpus analysis picks them: Chinese words of two characters or more that are not stopwords. */
const contentWords = (text: string) => segmenter.cut(text).filter((token) => isContentWord(token) && !stop.has(token));

/** Terms below this header are variants the sample does not spell literally. */
const variantsLine = termsText.split('\n').findIndex((line) => line.startsWith('# [变体]')) + 1;
const literalTerms = terms.filter((term) => term.line < variantsLine).map((term) => term.word);
const variantTerms = terms.filter((term) => term.line > variantsLine).map((term) => term.word);

/** Places where a term's characters occur but the term does not (`社区人力资源` is 社区 + 人力资源). */
const notOccurrences: Record<string, string[]> = { 社区人: ['社区人力资源'] };

/** The sentence holding `word`'s first real occurrence in the sample, and where the word starts in it. */
function firstOccurrence(word: string): { sentence: string; start: number } {
  let at = sample.indexOf(word);
  while ((notOccurrences[word] ?? []).some((longer) => sample.startsWith(longer, at - longer.indexOf(word)))) {
    at = sample.indexOf(word, at + 1);
  }
  const before = sample.slice(0, at).search(/[^。！？\n]*$/);
  const after = sample.slice(at).search(/[。！？\n]/);
  return { sentence: sample.slice(before, after < 0 ? sample.length : at + after), start: at - before };
}

/** Offsets inside `text` where `tokens` put a boundary. */
function boundaries(tokens: string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const token of tokens) out.add((at += token.length));
  return out;
}

describe('content/dict files', () => {
  test('party-terms.txt parses cleanly and holds at least 150 terms', () => {
    expect(termDiagnostics).toEqual([]);
    expect(terms.length).toBeGreaterThanOrEqual(150);
  });

  test('party-terms.txt holds the core vocabulary', () => {
    const words = new Set(terms.map((term) => term.word));
    const core = [
      '三会一课',
      '主题党日',
      '流动党员',
      '口袋党员',
      '隐形党员',
      '在职党员',
      '单位人',
      '社会人',
      '共驻共建',
      '驻区单位',
      '费随事转',
      '一岗双责',
      '两新组织',
      '网格化',
      '智慧党建',
      '党员联络卡',
      '三级四方共建',
      '大党建',
      '先锋模范作用',
      '组织关系接转',
      '社区党建',
      '党组织书记',
      '街道党工委',
      '组织生活会',
      '民主评议党员',
      '入党积极分子',
      '离退休党员',
      '下岗职工党员',
      '联席会议',
      '责任制',
      '激励机制',
      '活动经费',
      '活动场所',
      '办公用房',
      '活动载体',
      '志愿者服务',
      '结对帮扶',
      '形式主义',
      '慵懒散',
      '区委组织部',
      '党务工作者',
      '领导核心作用',
      '战斗堡垒作用',
      '全面从严治党',
      '组织生活',
      '党性观念',
      '居委会',
      '社区居委会',
      '辖区单位',
      '非公企业',
      '社会组织',
      '社区服务',
      '社区经济',
    ];
    expect(core.filter((word) => !words.has(word))).toEqual([]);
  });

  test('every term outside the [变体] section occurs literally in the sample', () => {
    expect(variantsLine).toBeGreaterThan(0);
    expect(literalTerms.filter((word) => !sample.includes(word))).toEqual([]);
  });

  test('the [变体] section holds only words the sample does not spell literally', () => {
    expect(variantTerms.length).toBeGreaterThan(0);
    expect(variantTerms.filter((word) => sample.includes(word))).toEqual([]);
  });

  test('stopwords.txt parses cleanly, has 300–600 words and no dictionary term', () => {
    expect(stopwordDiagnostics).toEqual([]);
    expect(stopwords.length).toBeGreaterThanOrEqual(300);
    expect(stopwords.length).toBeLessThanOrEqual(600);
    expect(terms.filter((term) => stopwords.includes(term.word))).toEqual([]);
  });
});

describe('every term stays one token', () => {
  test.for(terms.map((term) => term.word))('在%s方面', (word) => {
    expect(segmenter.cut(`在${word}方面`)).toEqual(['在', word, '方面']);
  });

  test.for(literalTerms)('%s in the sentence of its first occurrence', (word) => {
    const { sentence, start } = firstOccurrence(word);
    const inside = [...boundaries(segmenter.cut(sentence))].filter((at) => at > start && at < start + word.length);
    expect({ sentence, inside }).toEqual({ sentence, inside: [] });
  });
});

describe('cut', () => {
  test('keeps inserted terms whole in running text (OCR noise 冶 included)', () => {
    expect(segmenter.cut('落实“三会一课冶、主题党日等组织生活')).toEqual([
      '落实',
      '“',
      '三会一课',
      '冶',
      '、',
      '主题党日',
      '等',
      '组织生活',
    ]);
  });

  test('glues terms jieba alone would still split (单位|人)', () => {
    expect(segmenter.cut('许多“单位人”变成“社会人”')).toEqual(['许多', '“', '单位人', '”', '变成', '“', '社会人', '”']);
  });

  test('does not glue a term across a longer dictionary word (社会人员)', () => {
    expect(segmenter.cut('社会人员')).toEqual(['社会', '人员']);
  });

  test('each whitespace character is its own token', () => {
    expect(segmenter.cut('社区 党建\t\r\n　工作')).toEqual(['社区', ' ', '党建', '\t', '\r', '\n', '　', '工作']);
  });

  test('full-width punctuation is its own token', () => {
    expect(segmenter.cut('党建，（一）“费随事转”！')).toEqual([
      '党建',
      '，',
      '（',
      '一',
      '）',
      '“',
      '费随事转',
      '”',
      '！',
    ]);
  });

  test('traditional characters are not in the dictionary: they come out one by one', () => {
    expect(segmenter.cut('社區黨建工作')).toEqual(['社', '區', '黨', '建', '工作']);
  });

  test('runs of Latin letters and digits stay together; full-width ones too', () => {
    expect(segmenter.cut('QQ、微信；D267.7；2004年；ＡＢ１２')).toEqual([
      'QQ',
      '、',
      '微',
      '信',
      '；',
      'D267',
      '.',
      '7',
      '；',
      '2004',
      '年',
      '；',
      'ＡＢ１２',
    ]);
  });

  test('astral characters are one token, not two surrogate halves', () => {
    expect(segmenter.cut('𠮷野家党建')).toEqual(['𠮷', '野', '家', '党建']);
  });

  test('a lone surrogate comes back as itself (nodejieba alone returns U+FFFD)', () => {
    expect(segmenter.cut('党建\uD800')).toEqual(['党建', '\uD800']);
  });

  test('the empty string cuts to no tokens', () => {
    expect(segmenter.cut('')).toEqual([]);
  });

  test('nodejieba itself hands back every code unit but the surrogates unchanged (the segmenter checks only texts with surrogates)', () => {
    const units: string[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (code < 0xd800 || code > 0xdfff) units.push(String.fromCharCode(code));
    for (let at = 0; at < units.length; at += 300) {
      const text = units.slice(at, at + 300).join('');
      expect(nodejieba.cut(text).join('')).toBe(text);
    }
  });

  test('joining the tokens gives back the input exactly, for any string', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const mixed = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: anyCodeUnit }),
      fc.string({ unit: fc.constantFrom('三会一课', '单位', '人', '𠮷', ' ', '，', '冶', 'D', '7', '社區', '\uDC00') }),
    );
    fc.assert(
      fc.property(mixed, (text) => {
        expect(segmenter.cut(text).join('')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test('nodejieba is process-global: a segmenter without terms still sees inserted words, but not the glue', () => {
    const bare = createSegmenter([]);
    expect(bare.cut('落实三会一课')).toEqual(['落实', '三会一课']);
    expect(bare.cut('单位人')).toEqual(['单位', '人']);
  });

  test('is deterministic', () => {
    const text = sample.slice(0, 3000);
    expect(segmenter.cut(text)).toEqual(segmenter.cut(text));
  });
});

describe('content words', () => {
  test('leave out stopwords, single characters, numbers and Latin, in text order', () => {
    expect(contentWords('加强社区党建工作，落实三会一课制度；社区党建工作要进一步加强。2004年 QQ 党')).toEqual([
      '社区党建',
      '三会一课',
      '制度',
      '社区党建',
    ]);
  });

  test('every stopword is left out', () => {
    const text = stopwords.join('，');
    expect(contentWords(text).filter((word) => stopwords.includes(word))).toEqual([]);
  });

  test('the same text gives the same words twice', () => {
    expect(contentWords(sample)).toEqual(contentWords(sample));
  });
});
