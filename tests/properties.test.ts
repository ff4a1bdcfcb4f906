import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undo } from '../src/analyzer/source/ledger.ts';
import { analyzeText } from './analyze-helpers.ts';
import { seedText } from './helpers.ts';

/** Pieces of the sample, structural tokens the rules react to, and noise. */
const piece = fc.oneof(
  fc.tuple(fc.nat(seedText.length), fc.integer({ min: 1, max: 400 })).map(([s, n]) => seedText.slice(s, s + n)),
  fc.constantFrom(
    '篇三:城市社区党建存在的问题及对策\n\n  ',
    '\n\n  ',
    '\n',
    '一、',
    '(二)',
    '1、',
    '问题一:',
    '整改措施:',
    '一是',
    '二是',
    '“刻舟求剑冶',
    '毕摇伟摇强',
    '的66事',
    '胡摇越67',
    '【摘\n\n  要】',
    '【作者】',
    '中图分类号:D267',
    '关键词:',
    '参考文献:[1]',
    '时间:2023-07-15 18:00:06  阅读:\n\n',
    '相关热词搜索: 党建',
    '版权所有:某网 2010',
    'LT',
    '\n\n  一\n\n  3',
    '综上所述,',
    '杜区',
    'i是',
    '社區黨建',
    '𠮷',
    '\u3000',
    '\r\n',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);
const source = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('analysis of arbitrary text', () => {
  it('never throws and never loses a character', () => {
    fc.assert(
      fc.property(source, (text) => {
        const result = analyzeText(text);
        if (!result.ok) {
          expect(result.diagnostics.length).toBeGreaterThan(0);
          return;
        }
        const s = result.source;
        expect(s.warnings.filter((w) => w.code === 'internal.lost-text')).toEqual([]);
        for (const a of s.articles) {
          const start = a.marker ? a.marker.end : a.source.start;
          // The text analyzed is the decode stage's: CR and CRLF line ends are read as LF there, before any edit.
          const decoded = new TextDecoder()
            .decode(new TextEncoder().encode(text))
            .replace(/^\uFEFF/, '')
            .replace(/\r\n?/g, '\n');
          expect(undo(a.text, a.edits)).toBe(decoded.slice(start, a.source.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every span inside its text', () => {
    fc.assert(
      fc.property(source, (text) => {
        const result = analyzeText(text);
        if (!result.ok) return;
        for (const a of result.source.articles) {
          expect(0 <= a.body.start && a.body.start <= a.body.end && a.body.end <= a.text.length).toBe(true);
          for (const item of a.items) {
            expect(item.span.start >= 0 && item.span.end <= a.text.length && item.span.start <= item.span.end).toBe(
              true,
            );
            expect(item.source.start >= a.source.start && item.source.end <= a.source.end).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
