/**
 * Study packs (/themes/<id>/study/): which items, in which order, with which citation numbers; the QR code
 * helper; and the escaping of the theme name into the page's running header (a CSS string).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/analyzer/types.ts';
import { qrSvg } from '../src/lib/qr.ts';
import { cssString } from '../src/lib/css.ts';
import { itemParagraphs, studyPack } from '../src/lib/study.ts';
import { seedCorpus } from './analyze-helpers.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

/** Undoes CSS string escapes (the parts cssString uses): hex escapes and backslash-escaped characters. */
function cssUnescape(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal
    .slice(1, -1)
    .replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/gsu, (_, hex: string | undefined, ch: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : ch!,
    );
}

describe('study pack', () => {
  it('lists the theme’s problems, then causes, then countermeasures, numbering articles by first citation', () => {
    const pack = studyPack(corpus, 'funding-venues');
    expect(pack.theme.name).toBe('经费与阵地保障');
    expect(pack.sections.map((s) => [s.role, s.entries.map((e) => `${e.item.id}[${e.n}]`)])).toEqual([
      ['problem', ['csdj8-5-problem-2[1]', 'csdj8-7-problem-2[2]', 'csdj8-8-problem-3[3]', 'csdj8-8-problem-4[3]']],
      ['cause', []],
      [
        'countermeasure',
        ['csdj8-3-measure-2[4]', 'csdj8-6-measure-6[5]', 'csdj8-7-measure-4[2]', 'csdj8-8-measure-3[3]'],
      ],
    ]);
    expect(pack.cited).toEqual(['csdj8-5', 'csdj8-7', 'csdj8-8', 'csdj8-3', 'csdj8-6']);
  });

  it('prints the most strongly tagged items of a role when the theme has more than the pack holds', () => {
    const full = studyPack(corpus, 'funding-venues');
    const pack = studyPack(corpus, 'funding-venues', 2);
    expect(pack.sections.map((s) => [s.role, s.entries.length, s.total])).toEqual([
      ['problem', 2, 4],
      ['cause', 0, 0],
      ['countermeasure', 2, 4],
    ]);
    for (const [i, s] of pack.sections.entries()) {
      const kept = s.entries.map((e) => e.item.id);
      const left = full.sections[i].entries.filter((e) => !kept.includes(e.item.id));
      const score = (id: string) =>
        corpus.sources
          .flatMap((x) => x.articles)
          .flatMap((a) => a.items)
          .find((it) => it.id === id)!
          .themes.find((t) => t.theme === 'funding-venues')!.score;
      for (const l of left)
        for (const k of kept)
          expect(score(k), `${k} 入选而 ${l.item.id} 落选`).toBeGreaterThanOrEqual(score(l.item.id));
    }
    // Citation numbers follow the printed items only.
    expect(pack.cited.length).toBe(new Set(pack.sections.flatMap((s) => s.entries.map((e) => e.article.slug))).size);
    expect(pack.sections.flatMap((s) => s.entries.map((e) => e.n)).every((n) => n >= 1 && n <= pack.cited.length)).toBe(
      true,
    );
  });

  it('has a pack for every theme, each item tagged with it', () => {
    for (const theme of corpus.themes) {
      const pack = studyPack(corpus, theme.id);
      const entries = pack.sections.flatMap((s) => s.entries);
      for (const e of entries) expect(e.item.themes.map((t) => t.theme)).toContain(theme.id);
      expect(new Set(entries.map((e) => e.article.slug))).toEqual(new Set(pack.cited));
    }
    expect(() => studyPack(corpus, 'no-such-theme')).toThrowError('没有议题 no-such-theme');
  });

  it('prints an item’s text without its heading, paragraph by paragraph', () => {
    const item = (id: string) => corpus.sources[0].articles.flatMap((a) => a.items).find((i) => i.id === id)!;
    // Run-in title: “2.社区党建物质保障不足。做好……”
    expect(itemParagraphs(item('csdj8-5-problem-2'))).toEqual([
      '做好社区党建的工作就需要有完善的物质保障作为基础,但从实际现状能发现,活动场所以及设施比较缺乏,这对社区党建工作的良好开展就会产生不利影响。经费的不充足,影响党建工作人员配备,这些都会直接影响社区党建工作的高效化开展。',
    ]);
    // Heading on its own line, then the body.
    const [first] = itemParagraphs(item('csdj8-7-problem-2'));
    expect(first.startsWith('要抓好社区党建')).toBe(true);
    // Nothing of the body is lost.
    for (const i of corpus.sources[0].articles.flatMap((a) => a.items)) {
      const body = itemParagraphs(i).join('');
      expect(i.text.replace(/\s/g, '').endsWith(body.replace(/\s/g, ''))).toBe(true);
    }
  });
});

describe('QR codes', () => {
  const url = 'https://dangjian.example.gov.cn/articles/csdj8-7/#csdj8-7-problem-2';

  it('encode a configured URL as an inline SVG, the same every build', async () => {
    const svg = await qrSvg(url);
    expect(
      svg.startsWith(
        '<svg class="qr" role="img" aria-label="二维码：https://dangjian.example.gov.cn/articles/csdj8-7/#csdj8-7-problem-2" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ',
      ),
    ).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toMatch(/<path [^>]*d="M0 0/);
    expect(await qrSvg(url)).toBe(svg);
    expect(await qrSvg(url.replace('problem-2', 'problem-3'))).not.toBe(svg);
  });

  it('escape the label', async () => {
    const svg = await qrSvg('https://example.org/?a=1&b="2"');
    expect(svg).toContain('aria-label="二维码：https://example.org/?a=1&amp;b=&quot;2&quot;"');
  });
});

describe('running header', () => {
  it('puts any theme name into CSS as a string that cannot break out of it or of <style>', () => {
    for (const name of [
      '经费与阵地保障',
      '“三会一课”落实',
      'a"b\\c',
      '</style><script>alert(1)</script>',
      '换\n行\r\u2028；*/ /*',
      '',
    ]) {
      const literal = cssString(name);
      expect(cssUnescape(literal)).toBe(name);
      expect(literal.slice(1, -1)).not.toMatch(/["<>\n\r\u2028]|\*\//);
    }
    expect(cssString('经费与阵地保障 · 专题学习材料')).toBe('"经费与阵地保障 · 专题学习材料"');
  });
});
