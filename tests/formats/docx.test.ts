import { describe, expect, it } from 'vitest';
import { formatNumber, Numbering } from '../../src/analyzer/source/extract/docx-numbering.ts';
import { extractFixture } from './helpers.ts';

const extracted = extractFixture;

describe('Word (.docx)', () => {
  it('writes out automatic numbering, keeps table rows, takes the footnote apart', async () => {
    const small = await extracted('small.docx');
    expect(small.text).toBe(
      [
        '关于社区党建工作的调研报告',
        '一、存在的问题',
        '（一）党员教育管理不到位',
        '1.流动党员底数不清。',
        '2.组织生活流于形式。',
        '（二）经费保障不足',
        '近三年经费情况如下：',
        '年份\t经费（万元）',
        '2022\t12',
        '二、对策建议',
        '（一）加强党员教育管理',
        '1.建立流动党员台账。',
      ].join('\n'),
    );
    // The footnote marker stood after 如下, where the text now runs on to the colon.
    const at = small.text.indexOf('如下') + 2;
    expect(small.removed).toEqual([{ kind: 'footnote', text: '[1] 数据来自2023年街道统计。', at }]);
  });

  it('marks the paragraphs in heading styles, at their line, with their level', async () => {
    const { text, headings } = await extracted('small.docx');
    expect(headings?.map((h) => [h.level, text.slice(h.at, text.indexOf('\n', h.at))])).toEqual([
      [0, '关于社区党建工作的调研报告'],
      [1, '一、存在的问题'],
      [2, '（一）党员教育管理不到位'],
      [2, '（二）经费保障不足'],
      [1, '二、对策建议'],
      [2, '（一）加强党员教育管理'],
    ]);
  });

  it('reads title and author from the core properties, marked as such', async () => {
    const { metadata } = await extracted('small.docx');
    expect(metadata).toMatchObject({ via: 'docx-properties', title: '关于社区党建工作的调研报告', author: '张三' });
  });

  it('restarts numbering in each article of the sample, as Word does', async () => {
    const { text } = await extracted('sample.docx');
    expect(text).toContain('\n一、对社区党建工作的认识及其存在的问题\n');
    expect(text).toContain('\n(三)健全工作机制,构筑社区“大党建”工作格局。');
    expect(text).toContain('\n4、建立考核机制,开展经常性的考核评比');
  });

  it('counts in Word’s Chinese number formats', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
    ]);
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(12, 'decimalEnclosedCircle')).toBe('⑫');
    expect(formatNumber(4, 'chineseLegalSimplified')).toBe('肆');
    expect(formatNumber(7, 'decimalFullWidth')).toBe('７');
  });
});

describe('Word 97–2003 (.doc)', () => {
  // Files from word-extractor's own tests (MIT, tests/fixtures/formats/word-extractor/LICENSE).
  it('reads the body, Chinese included', async () => {
    const doc = await extracted('word-extractor/test11.doc');
    expect(doc.text).toBe(
      '这是一个用来测试nodejs解析Word文档.doccccc\nThis is a test for parsing the Word file in node.',
    );
  });

  it('lists footnotes and endnotes as left out of the body', async () => {
    const doc = await extracted('word-extractor/test13.doc');
    expect(doc.removed.map((r) => [r.kind, r.text])).toEqual([
      ['footnote', 'This is a footnote'],
      ['endnote', 'This is an endnote'],
    ]);
  });
});

describe('Word numbering as numbering.xml defines it', () => {
  const xml = (levels: string) =>
    `<?xml version="1.0"?><w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const lvl = (i: number, fmt: string, text: string, suff = '') =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${suff && `<w:suff w:val="${suff}"/>`}</w:lvl>`;

  it('counts each level, restarts the deeper ones, and drops the aligning tab after 、 and ）', () => {
    const n = new Numbering(
      xml(lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.')),
    );
    expect([
      n.next('1', 0),
      n.next('1', 1),
      n.next('1', 2),
      n.next('1', 2),
      n.next('1', 1),
      n.next('1', 0),
      n.next('1', 1),
    ]).toEqual(['一、', '（一）', '1. ', '2. ', '（二）', '二、', '（一）']);
  });

  it('writes multi-level numbers and symbol-font bullets as readers see them', () => {
    const n = new Numbering(
      xml(lvl(0, 'decimal', '%1.', 'nothing') + lvl(1, 'decimal', '%1.%2', 'space') + lvl(2, 'bullet', '\uf0b7')),
    );
    expect([n.next('1', 0), n.next('1', 1), n.next('1', 1), n.next('1', 2), n.next('9', 0)]).toEqual([
      '1.',
      '1.1 ',
      '1.2 ',
      '• ',
      '',
    ]);
  });
});
