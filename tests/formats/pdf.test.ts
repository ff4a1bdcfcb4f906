import { beforeAll, describe, expect, it } from 'vitest';
import { type Extracted, type Source, undo, verifyNothingLost } from '../../src/analyzer/index.ts';
import { foldCompatibility } from '../../src/analyzer/text/compatibility.ts';
import { seedText } from '../helpers.ts';
import { analyzeFixture, extractFixture } from './helpers.ts';

let pdf: Extracted;
let source: Source;
beforeAll(async () => {
  pdf = await extractFixture('sample.pdf');
  source = await analyzeFixture('sample.pdf');
});

describe('PDF printed by Chromium in two columns', () => {
  it('reads column by column: nearly every paragraph of the sample comes back whole', () => {
    const lines = seedText.split('\n').map((l) => l.trim());
    const body = lines.slice(
      lines.findIndex((l) => l.startsWith('篇一')),
      lines.findIndex((l) => l.startsWith('相关热词')),
    );
    const paragraphs = body.filter((l) => l !== '');
    const got = new Set(foldCompatibility(pdf.text).split('\n'));
    const whole = paragraphs.filter((p) => got.has(p));
    // Those left are lines the sample breaks where the print filled the line to its end (a layout cannot tell).
    expect(whole.length / paragraphs.length).toBeGreaterThan(0.97);
  });

  it('records the running header and the page number of every page, with the page', () => {
    const header = pdf.removed.filter((r) => r.kind === 'running-header');
    const numbers = pdf.removed.filter((r) => r.kind === 'page-number');
    const pages = Array.from({ length: 16 }, (_, i) => i + 1);
    expect(header.map((r) => [r.page, r.text])).toEqual(pages.map((p) => [p, '城市社区党建研究 · 2023年第7期']));
    expect(numbers.map((r) => [r.page, r.text])).toEqual(pages.map((p) => [p, String(p)]));
    // Where each stood: the header where its page's text starts, the number where the next page's does.
    expect(header.map((r) => r.at)).toEqual(pdf.pages);
    expect(numbers.map((r) => r.at)).toEqual([...pdf.pages!.slice(1), pdf.text.length]);
  });

  it('records a page with only a picture, and says so', () => {
    expect(pdf.removed.filter((r) => r.kind === 'image-page')).toEqual([
      { kind: 'image-page', text: '', at: 510, page: 2 },
    ]);
    expect(source.warnings).toContainEqual({
      code: 'extract.pdf-image-page',
      message:
        'sample.pdf 第 2 页只有图像、没有文字层（可能是扫描页），这一页的内容没有读入；需要时请对该页做 OCR 文字识别。',
    });
  });

  it('keeps the page each item starts on', () => {
    const pages = source.articles.flatMap((a) => a.items.map((i) => i.page!));
    expect(pages.length).toBe(74);
    expect(pages.every((p, i) => p >= 3 && p <= 16 && (i === 0 || p >= pages[i - 1]))).toBe(true);
    const item = source.articles[1].items[0];
    expect([item.id, item.page]).toEqual(['f-2-problem-1', 3]);
  });

  it('maps Kangxi radicals to the ideographs they draw, recorded, and undoes to the extracted text', () => {
    expect(pdf.text).toContain('⼯作');
    const edits = source.articles.flatMap((a) => a.edits).filter((e) => e.rule === 'artifact.compatibility-ideograph');
    expect(edits.length).toBeGreaterThan(1500);
    expect(edits).toContainEqual(expect.objectContaining({ before: '⼯', after: '工' }));
    expect(edits).toContainEqual(expect.objectContaining({ before: '⻛', after: '风' }));
    for (const a of source.articles) expect(a.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(verifyNothingLost(pdf.text, source)).toBeNull();
    const article = source.articles[1];
    expect(undo(article.text, article.edits)).toBe(pdf.text.slice(article.marker!.end, article.source.end));
  });

  it('gives the same output twice', async () => {
    expect(JSON.stringify(await analyzeFixture('sample.pdf'))).toBe(JSON.stringify(source));
  });
});

describe('PDF whose Chinese font is not embedded', () => {
  it('reads the text through the predefined character map (UniGB-UCS2-H) pdfjs ships', async () => {
    const { text, removed } = await extractFixture('cid-font.pdf');
    expect(text).toBe('社区党建工作存在的问题\n一、党员教育管理不到位');
    expect(removed).toEqual([]);
  });
});
