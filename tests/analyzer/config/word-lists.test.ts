import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTermList, parseWordList } from '../../../src/analyzer/config/word-lists.ts';

describe('parseTermList', () => {
  test('reads term, frequency and tag; skips comments and blank lines; ignores a BOM and CRLF', () => {
    expect(
      parseTermList('\uFEFF# 注释\r\n\r\n三会一课 n\r\n费随事转 1000 l\r\n主题党日 20\r\n党员联络卡\r\n', 'a.txt'),
    ).toEqual({
      terms: [
        { word: '三会一课', tag: 'n', line: 3 },
        { word: '费随事转', freq: 1000, tag: 'l', line: 4 },
        { word: '主题党日', freq: 20, line: 5 },
        { word: '党员联络卡', line: 6 },
      ],
      diagnostics: [],
    });
  });

  test('a frequency that is not a number: the exact message', () => {
    expect(parseTermList('三会一课 n\n费随事转 abc n\n', 'content/dict/party-terms.txt')).toEqual({
      terms: [{ word: '三会一课', tag: 'n', line: 1 }],
      diagnostics: [
        {
          code: 'terms.freq',
          line: 2,
          message:
            'content/dict/party-terms.txt 第2行：词频“abc”不是正整数。请写正整数（如“三会一课 1000 n”），或删去这一栏。',
        },
      ],
    });
  });

  test('bad lines are reported with their line numbers and skipped', () => {
    const { terms: parsed, diagnostics } = parseTermList(
      ['三会一课 n', '三会 一课', '互联网+ n', '主题 党 日 n', '三会一课 l', '费随事转 0', '党员 n1'].join('\n'),
      'f.txt',
    );
    expect(parsed.map((term) => term.word)).toEqual(['三会一课']);
    expect(diagnostics).toEqual([
      {
        code: 'terms.tag',
        line: 2,
        message: 'f.txt 第2行：“一课”不是词性（如 n、nz、l）。词条内不能有空格；如果“三会 一课”是一个词，请删去空格。',
      },
      {
        code: 'terms.punctuation',
        line: 3,
        message: 'f.txt 第3行：词条“互联网+”含标点或符号“+”，分词时一定会在这里切开。请删去它或改写词条。',
      },
      {
        code: 'terms.fields',
        line: 4,
        message:
          'f.txt 第4行：“主题 党 日 n”有4栏，最多三栏（词条 词频 词性）。词条内不能有空格；如果这是一个词，请删去空格。',
      },
      { code: 'terms.duplicate', line: 5, message: 'f.txt 第5行：词条“三会一课”与第1行重复。请删去其中一行。' },
      {
        code: 'terms.freq',
        line: 6,
        message: 'f.txt 第6行：词频“0”不是正整数。请写正整数（如“三会一课 1000 n”），或删去这一栏。',
      },
      {
        code: 'terms.tag',
        line: 7,
        message: 'f.txt 第7行：“n1”不是词性（如 n、nz、l）。词条内不能有空格；如果“党员 n1”是一个词，请删去空格。',
      },
    ]);
  });

  test('never throws, and every diagnostic points at a line of the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('三', '会', ' ', '\n', '#', '1', 'n', '+', '，', '𠮷') }),
        (text) => {
          const lines = text.split('\n').length;
          for (const diagnostic of parseTermList(text, 'f.txt').diagnostics) {
            expect(diagnostic.line).toBeGreaterThanOrEqual(1);
            expect(diagnostic.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
    );
  });
});

describe('parseWordList', () => {
  test('one word a line; comments, blank lines and surrounding spaces ignored', () => {
    expect(parseWordList('# 虚词\n的\n\n  工作  \n', 's.txt')).toEqual({ words: ['的', '工作'], diagnostics: [] });
  });

  test('duplicates, inner spaces and punctuation are reported with their line numbers', () => {
    expect(parseWordList('的\n工作\n的\n工 作\n问题。\n', 'content/dict/stopwords.txt')).toEqual({
      words: ['的', '工作'],
      diagnostics: [
        {
          code: 'words.duplicate',
          line: 3,
          message: 'content/dict/stopwords.txt 第3行：“的”与第1行重复。请删去其中一行。',
        },
        {
          code: 'words.space',
          line: 4,
          message: 'content/dict/stopwords.txt 第4行：“工 作”含空格。每行只写一个词，请拆成多行。',
        },
        {
          code: 'words.punctuation',
          line: 5,
          message: 'content/dict/stopwords.txt 第5行：“问题。”含标点或符号“。”。这里只收词语，请删去标点。',
        },
      ],
    });
  });
});
