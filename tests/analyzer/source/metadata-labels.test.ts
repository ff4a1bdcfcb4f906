import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLON_RE,
  colonLabels,
  colonMatches,
  colonPattern,
  colonsOf,
} from '../../../src/analyzer/source/metadata/labels.ts';
import { labelSource } from '../../../src/analyzer/source/metadata/field-text.ts';
import { SPACE_UNITS } from '../../../src/analyzer/text/spans.ts';

const piece = fc.constantFrom(
  '作者',
  '作 者',
  '作者单位',
  '关键词',
  '关 键 词',
  'Key words',
  'KEYWORDS',
  'keywords',
  'ISSN',
  'issn',
  'doi',
  'DOI',
  '年(卷),期',
  '年（卷），期',
  '摘要',
  '中图分类号',
  ':',
  '：',
  ' ',
  '\n',
  '社区',
  '党建',
  'K',
  'ı',
  'ſ',
  '作',
  '。',
  '\u3000',
  '\t',
  '\u00a0',
  '所属期刊栏目',
  '所 属 期 刊 栏 目',
  '文献标识码',
  '基金',
  '中',
  '工作作者',
);

describe('colonLabels', () => {
  it('finds what matchAll with the colon pattern finds', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')),
        (view) => {
          const simple = [...view.matchAll(COLON_RE)].map((m) => [m.index, m[0], m[1]]);
          expect([...colonLabels(view)].map((m) => [m.index, m[0], m[1]])).toEqual(simple);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('colonMatches', () => {
  it("finds what the global search from the same offset finds, for the back fields' labels", () => {
    const names = [['作者简介', '作者介绍'], ['作者单位', '作者'], ['收稿日期'], ['基金项目']];
    const patterns = names.map((ns) => colonPattern(`(?:${ns.map(labelSource).join('|')})\\s*[:：]`, '', ns));
    const backPiece = fc.constantFrom(
      '作者',
      '作 者',
      '作者简介',
      '作者介绍',
      '作者单位',
      '收稿日期',
      '收 稿日期',
      '基金项目',
      '简介',
      '单位',
      ':',
      '：',
      ' ',
      '\n',
      '社区',
      '工作',
      '作',
    );
    fc.assert(
      fc.property(
        fc.array(backPiece, { maxLength: 30 }).map((ps) => ps.join('')),
        fc.nat(40),
        (view, n) => {
          const from = Math.min(n, view.length);
          for (const p of patterns) {
            const simple: [number, string][] = [];
            p.global.lastIndex = from;
            for (let m = p.global.exec(view); m; m = p.global.exec(view)) simple.push([m.index, m[0]]);
            expect(colonMatches(view, p, colonsOf(view), from).map((m) => [m.index, m[0]])).toEqual(simple);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('SPACE_UNITS', () => {
  it('holds exactly the code units \\s matches', () => {
    for (let u = 0; u < 0x10000; u++) expect(SPACE_UNITS[u] === 1).toBe(/\s/.test(String.fromCharCode(u)));
  });
});
