import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-enw';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../src/analyzer/types.ts';
import { cslItems, toCslItem, type CslItem } from '../src/cite/csl.ts';
import { exportReferences, type ExportFormat } from '../src/cite/export.ts';
import {
  DEFAULT_EDITION,
  formatCslReference,
  formatNames,
  formatReference,
  localizePunctuation,
  type Edition,
} from '../src/cite/gbt7714.ts';
import { analyzeSeed } from './analyze-helpers.ts';

let seed: Source;
beforeAll(() => {
  seed = analyzeSeed();
});

const article = (slug: string) => {
  const found = seed.articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`no ${slug}`);
  return found;
};
const ref = (slug: string, edition: Edition) => formatReference(article(slug), seed, edition);

/** The seed's source as the build sees it when the sidecar records where and when the file was fetched. */
const withSidecar = (): Source => ({
  ...seed,
  metadata: { ...seed.metadata, url: 'https://www.example.cn/doc/csdj8.html', retrieved: '2026-11-20' },
});

describe('GB/T 7714 references for the sample', () => {
  it('defaults to the 2025 edition', () => {
    expect(DEFAULT_EDITION).toBe('2025');
    expect(formatReference(article('csdj8-2'), seed)).toBe(ref('csdj8-2', '2025'));
  });

  it('篇二: no pages, no volume', () => {
    expect(ref('csdj8-2', '2025')).toBe('毕伟强. 城市基层党建工作存在的问题及对策[J]. 重庆行政，2020（1）.');
    expect(ref('csdj8-2', '2015')).toBe('毕伟强. 城市基层党建工作存在的问题及对策[J]. 重庆行政, 2020(1).');
  });

  it('篇五: a single page, data read from the article number and the ISSN', () => {
    expect(ref('csdj8-5', '2025')).toBe('李文静. 社区党建工作中存在的问题及有效对策[J]. 现代企业文化，2019（10）：51.');
    expect(ref('csdj8-5', '2015')).toBe('李文静. 社区党建工作中存在的问题及有效对策[J]. 现代企业文化, 2019(10): 51.');
  });

  it('篇七: four authors → three and 等, missing volume, page range, parenthesised journal name', () => {
    expect(ref('csdj8-7', '2025')).toBe(
      '熊晓燕，苏欢，蔡艳艳，等. 城市社区党建工作存在的问题及对策[J]. 重庆科技学院学报（社会科学版），2009（10）：3-4.',
    );
    expect(ref('csdj8-7', '2015')).toBe(
      '熊晓燕, 苏欢, 蔡艳艳, 等. 城市社区党建工作存在的问题及对策[J]. 重庆科技学院学报(社会科学版), 2009(10): 3-4.',
    );
  });

  it('篇三 (document-sharing site only): [EB/OL] with compilation, site and page date, nothing invented', () => {
    expect(ref('csdj8-3', '2025')).toBe(
      '关于基层社区党建工作存在的问题及对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网，2023（2023-07-15）.',
    );
    expect(ref('csdj8-3', '2015')).toBe(
      '关于基层社区党建工作存在的问题及对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网, 2023(2023-07-15).',
    );
  });

  it('篇三 with the sidecar’s URL and retrieval date: access date and access path', () => {
    const source = withSidecar();
    expect(formatReference(article('csdj8-3'), source, '2025')).toBe(
      '关于基层社区党建工作存在的问题及对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网，2023（2023-07-15）[2026-11-20]. https://www.example.cn/doc/csdj8.html.',
    );
    expect(formatReference(article('csdj8-3'), source, '2015')).toBe(
      '关于基层社区党建工作存在的问题及对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网, 2023(2023-07-15)[2026-11-20]. https://www.example.cn/doc/csdj8.html.',
    );
  });

  it('journal articles never take the compilation file’s URL', () => {
    const source = withSidecar();
    expect(formatReference(article('csdj8-7'), source, '2025')).toBe(ref('csdj8-7', '2025'));
    expect(formatReference(article('csdj8-7'), source, '2015')).toBe(ref('csdj8-7', '2015'));
  });

  it('every article of the sample, both editions', () => {
    const all = seed.articles.map((a) => [a.slug, formatReference(a, seed, '2025'), formatReference(a, seed, '2015')]);
    expect(all).toEqual([
      [
        'csdj8-1',
        '马建国. 社区党建工作中存在的问题及对策[J]. 劳动保障世界，2014（2）：115.',
        '马建国. 社区党建工作中存在的问题及对策[J]. 劳动保障世界, 2014(2): 115.',
      ],
      ['csdj8-2', ref('csdj8-2', '2025'), ref('csdj8-2', '2015')],
      ['csdj8-3', ref('csdj8-3', '2025'), ref('csdj8-3', '2015')],
      [
        'csdj8-4',
        '城市社区党建工作存在的问题和整改措施[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网，2023（2023-07-15）.',
        '城市社区党建工作存在的问题和整改措施[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网, 2023(2023-07-15).',
      ],
      ['csdj8-5', ref('csdj8-5', '2025'), ref('csdj8-5', '2015')],
      [
        'csdj8-6',
        '社区党建工作中存哪些问题与对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网，2023（2023-07-15）.',
        '社区党建工作中存哪些问题与对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网, 2023(2023-07-15).',
      ],
      ['csdj8-7', ref('csdj8-7', '2025'), ref('csdj8-7', '2015')],
      [
        'csdj8-8',
        '浅谈社区党建工作存在的几个问题及对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网，2023（2023-07-15）.',
        '浅谈社区党建工作存在的几个问题及对策[EB/OL]//城市社区党建存在的问题及对策8篇. 巨匠文档网, 2023(2023-07-15).',
      ],
    ]);
  });
});

const journal = (over: Partial<CslItem> = {}): CslItem => ({
  id: 't',
  'citation-key': 't',
  type: 'article-journal',
  title: '题名',
  author: [{ literal: '张三' }],
  'container-title': '刊名',
  issued: { 'date-parts': [[2012]] },
  volume: '57',
  issue: '34',
  page: '3219',
  ...over,
});

describe('GB/T 7714 rules', () => {
  const both = (item: CslItem) => [formatCslReference(item, '2025'), formatCslReference(item, '2015')];

  it('author lists: one, three, four (→ three and 等), none', () => {
    const names = (n: number) => ['张三', '李四', '王五', '赵六'].slice(0, n).map((literal) => ({ literal }));
    expect(both(journal({ author: names(1) }))[0]).toMatch(/^张三\. 题名/);
    expect(both(journal({ author: names(3) }))).toEqual([
      '张三，李四，王五. 题名[J]. 刊名，2012，57（34）：3219.',
      '张三, 李四, 王五. 题名[J]. 刊名, 2012, 57(34): 3219.',
    ]);
    expect(both(journal({ author: names(4) }))).toEqual([
      '张三，李四，王五，等. 题名[J]. 刊名，2012，57（34）：3219.',
      '张三, 李四, 王五, 等. 题名[J]. 刊名, 2012, 57(34): 3219.',
    ]);
    expect(both(journal({ author: undefined }))).toEqual([
      '题名[J]. 刊名，2012，57（34）：3219.',
      '题名[J]. 刊名, 2012, 57(34): 3219.',
    ]);
  });

  it('Latin names: 2015 capitalises surnames and drops initials’ hyphens, 2025 does neither; et al. after three', () => {
    const latin = [
      { family: 'Godard', given: 'Jean-Luc' },
      { family: 'Fordham', given: 'E. W.' },
      { family: 'Ali', given: 'A' },
      { family: 'Turner', given: 'D A' },
    ];
    expect(formatNames(latin.slice(0, 1), '2015', false)).toBe('GODARD J L');
    expect(formatNames(latin.slice(0, 1), '2025', false)).toBe('Godard J-L');
    expect(formatNames(latin, '2015', false)).toBe('GODARD J L, FORDHAM E W, ALI A, et al.');
    expect(formatNames(latin, '2025', false)).toBe('Godard J-L，Fordham E W，Ali A，et al.');
    const item = journal({
      author: latin,
      title: 'Shaking without quaking',
      'container-title': 'Science',
      language: 'en',
    });
    expect(both(item)).toEqual([
      'Godard J-L，Fordham E W，Ali A，et al. Shaking without quaking[J]. Science，2012，57（34）：3219.',
      'GODARD J L, FORDHAM E W, ALI A, et al. Shaking without quaking[J]. Science, 2012, 57(34): 3219.',
    ]);
  });

  it('missing volume, missing issue, neither', () => {
    expect(both(journal({ volume: undefined, issue: '10', page: '3-4' }))).toEqual([
      '张三. 题名[J]. 刊名，2012（10）：3-4.',
      '张三. 题名[J]. 刊名, 2012(10): 3-4.',
    ]);
    expect(both(journal({ volume: '510', issue: undefined, page: '356-363' }))).toEqual([
      '张三. 题名[J]. 刊名，2012，510：356-363.',
      '张三. 题名[J]. 刊名, 2012, 510: 356-363.',
    ]);
    expect(both(journal({ volume: undefined, issue: undefined }))).toEqual([
      '张三. 题名[J]. 刊名，2012：3219.',
      '张三. 题名[J]. 刊名, 2012: 3219.',
    ]);
  });

  it('pages: a single page once, a range with a hyphen, none at all', () => {
    const pages = (first: number, last: number) => {
      const a = structuredClone(article('csdj8-7'));
      a.metadata.pages = { value: { first, last }, span: { start: 0, end: 0 } };
      return [formatReference(a, seed, '2025'), formatReference(a, seed, '2015')].map((s) =>
        s.slice(s.indexOf('2009')),
      );
    };
    expect(pages(51, 51)).toEqual(['2009（10）：51.', '2009(10): 51.']);
    expect(pages(3, 4)).toEqual(['2009（10）：3-4.', '2009(10): 3-4.']);
    expect(both(journal({ page: undefined }))).toEqual([
      '张三. 题名[J]. 刊名，2012，57（34）.',
      '张三. 题名[J]. 刊名, 2012, 57(34).',
    ]);
  });

  it('online journal articles: [J/OL] and the URL; the access date only in 2015', () => {
    const item = journal({ URL: 'https://example.org/a', accessed: { 'date-parts': [[2013, 10, 16]] } });
    expect(both(item)).toEqual([
      '张三. 题名[J/OL]. 刊名，2012，57（34）：3219. https://example.org/a.',
      '张三. 题名[J/OL]. 刊名, 2012, 57(34): 3219[2013-10-16]. https://example.org/a.',
    ]);
  });

  it('web pages: date in parentheses, access date in brackets, only what is given', () => {
    const page = (over: Partial<CslItem>): CslItem => ({
      id: 'w',
      'citation-key': 'w',
      type: 'webpage',
      title: '网页',
      ...over,
    });
    expect(
      both(
        page({
          issued: { 'date-parts': [[2008, 5, 4]] },
          accessed: { 'date-parts': [[2013, 3, 8]] },
          URL: 'http://x.cn/',
        }),
      ),
    ).toEqual([
      '网页[EB/OL]. （2008-05-04）[2013-03-08]. http://x.cn/.',
      '网页[EB/OL]. (2008-05-04)[2013-03-08]. http://x.cn/.',
    ]);
    expect(both(page({ publisher: '某网', issued: { 'date-parts': [[2023]] } }))).toEqual([
      '网页[EB/OL]. 某网，2023.',
      '网页[EB/OL]. 某网, 2023.',
    ]);
    expect(both(page({}))).toEqual(['网页[EB/OL].', '网页[EB/OL].']);
  });

  it('punctuation inside Chinese titles follows the edition; Latin titles and numbers are left alone', () => {
    expect(localizePunctuation('清华大学学报(自然科学版)', '2025')).toBe('清华大学学报（自然科学版）');
    expect(localizePunctuation('清华大学学报（自然科学版）', '2015')).toBe('清华大学学报(自然科学版)');
    expect(localizePunctuation('蓝田生物群: 一个新窗口', '2025')).toBe('蓝田生物群：一个新窗口');
    expect(localizePunctuation('1,000个社区的调查', '2025')).toBe('1,000个社区的调查');
    expect(localizePunctuation('Seeds, sciences: crops', '2025')).toBe('Seeds, sciences: crops');
  });
});

describe('CSL-JSON items', () => {
  it('journal articles are article-journal with the journal’s data and no file URL', () => {
    expect(toCslItem(article('csdj8-7'), withSidecar())).toEqual({
      id: 'csdj8-7',
      type: 'article-journal',
      'citation-key': 'csdj8-7',
      title: '城市社区党建工作存在的问题及对策',
      author: [{ literal: '熊晓燕' }, { literal: '苏欢' }, { literal: '蔡艳艳' }, { literal: '丛旭东' }],
      'container-title': '重庆科技学院学报(社会科学版)',
      issue: '10',
      page: '3-4',
      issued: { 'date-parts': [[2009]] },
      ISSN: '1673-1999',
      language: 'zh-CN',
      abstract: article('csdj8-7').metadata.abstract!.value,
      keyword: '城市社区, 党建工作, 新形势, 问题, 对策',
    });
  });

  it('document-only articles are web pages in the compilation, with only what the source gives', () => {
    expect(toCslItem(article('csdj8-3'), seed)).toEqual({
      id: 'csdj8-3',
      type: 'webpage',
      'citation-key': 'csdj8-3',
      title: '关于基层社区党建工作存在的问题及对策',
      'container-title': '城市社区党建存在的问题及对策8篇',
      publisher: '巨匠文档网',
      issued: { 'date-parts': [[2023, 7, 15]] },
      language: 'zh-CN',
    });
    const item = toCslItem(article('csdj8-3'), withSidecar());
    expect(item.URL).toBe('https://www.example.cn/doc/csdj8.html');
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 20]] });
  });

  it('the whole collection in corpus order; a reading list in its own order, each once; unknown slugs fail', () => {
    expect(cslItems([seed]).map((i) => i.id)).toEqual(seed.articles.map((a) => a.slug));
    expect(cslItems([seed], ['csdj8-7', 'csdj8-3', 'csdj8-7']).map((i) => i.id)).toEqual(['csdj8-7', 'csdj8-3']);
    expect(() => cslItems([seed], ['csdj8-7', 'csdj9-1'])).toThrow(/csdj9-1/);
  });
});

describe('exports', () => {
  let items: CslItem[];
  beforeAll(() => {
    items = cslItems([withSidecar()], ['csdj8-2', 'csdj8-5', 'csdj8-7', 'csdj8-3']);
    // The sample has no volume numbers; this journal article (GB/T 7714—2025's own example) has one.
    items.push({
      id: 'yu2012',
      'citation-key': 'yu2012',
      type: 'article-journal',
      title: '互联网药品可信交易环境中主体资质审核备案模式',
      author: [{ literal: '于潇' }, { literal: '刘义' }, { literal: '柴跃廷' }, { literal: '孙宏波' }],
      'container-title': '清华大学学报(自然科学版)',
      issued: { 'date-parts': [[2012]] },
      volume: '52',
      issue: '11',
      page: '1518-1523',
      language: 'zh-CN',
    });
  });
  const byId = (id: string) => items.find((i) => i.id === id)!;
  const nameOf = (n: { literal?: string; family?: string; given?: string; name?: string }) =>
    n.literal ?? n.name ?? [n.family, n.given].filter(Boolean).join('');

  it('RIS parses back (Citation.js RIS reader) field by field, Chinese intact, abstracts unbroken', () => {
    const text = exportReferences(items, 'ris');
    expect(text).toContain('\r\n');
    // biome-ignore lint/suspicious/noExplicitAny: citation-js hands back untyped CSL-JSON
    const back = new Cite(text).data as Record<string, any>[];
    expect(back).toHaveLength(items.length);
    for (const got of back) {
      const want = byId(got.id);
      expect(got.type).toBe(want.type);
      expect(got.title).toBe(want.title);
      expect((got.author ?? []).map(nameOf)).toEqual((want.author ?? []).map(nameOf));
      expect(got.issued).toEqual(want.issued);
      if (want.type === 'article-journal') {
        expect(got['container-title']).toBe(want['container-title']);
        expect(got.volume).toBe(want.volume);
        expect(got.issue).toBe(want.issue);
        expect(got.page).toBe(want.page);
        expect(got.ISSN).toBe(want.ISSN);
        expect(got.abstract).toBe(want.abstract);
      } else {
        // T2 of a web page: Citation.js reads it back as collection-title, Zotero as the website title.
        expect(got['collection-title']).toBe(want['container-title']);
        expect(got.publisher).toBe(want.publisher);
        expect(got.URL).toBe(want.URL);
        expect(got.accessed).toEqual(want.accessed);
      }
    }
    expect(byId('csdj8-7').abstract!.length).toBeGreaterThan(70);
  });

  it('BibTeX parses back (@retorquere/bibtex-parser) field by field, Chinese intact, slug as key', () => {
    const text = exportReferences(items, 'bibtex');
    const library = parseBibtex(text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(items.map((i) => i.id));
    for (const entry of library.entries) {
      const want = byId(entry.key);
      const f = entry.fields;
      expect(f.title).toBe(want.title);
      expect((f.author ?? []).map(nameOf)).toEqual((want.author ?? []).map(nameOf));
      expect(f.year).toBe(String(want.issued!['date-parts'][0][0]));
      if (want.type === 'article-journal') {
        expect(entry.type).toBe('article');
        expect(f.journal).toBe(want['container-title']);
        expect(f.volume).toBe(want.volume);
        expect(f.number).toBe(want.issue);
        expect(f.pages?.replace('–', '-')).toBe(want.page);
        expect(f.issn).toBe(want.ISSN);
      } else {
        expect(entry.type).toBe('misc');
        expect(f.publisher).toEqual([want.publisher]);
        expect(f.url).toBe(want.URL);
      }
    }
    expect(plugins.config.get('@bibtex').format.asciiOnly).toBe(true);
  });

  it('CSL-JSON is the items themselves', () => {
    expect(JSON.parse(exportReferences(items, 'csl-json'))).toEqual(items);
  });

  it('EndNote tagged: literal lines, and Citation.js reads it back', () => {
    const text = exportReferences(items, 'enw');
    for (const line of [
      '%0 Journal Article',
      '%A 熊晓燕',
      '%A 丛旭东',
      '%T 城市社区党建工作存在的问题及对策',
      '%J 重庆科技学院学报(社会科学版)',
      '%N 10',
      '%P 3-4',
      '%@ 1673-1999',
      '%0 Web Page',
      '%I 巨匠文档网',
      '%U https://www.example.cn/doc/csdj8.html',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    // biome-ignore lint/suspicious/noExplicitAny: citation-js hands back untyped CSL-JSON
    const back = new Cite(text, { forceType: '@enw/file' }).data as Record<string, any>[];
    expect(back.map((b) => b.title)).toEqual(items.map((i) => i.title));
    expect(back[2]['container-title']).toBe('重庆科技学院学报(社会科学版)');
    expect(back[4]).toMatchObject({ volume: '52', issue: '11', page: '1518-1523' });
  });

  it('NoteExpress: its own tagged lines, one author per line', () => {
    const text = exportReferences(items, 'noteexpress');
    const records = text.split('\r\n\r\n');
    expect(records).toHaveLength(5);
    expect(records[4]).toContain('{Volume}: 52\r\n{Issue}: 11\r\n{Pages}: 1518-1523\r\n');
    expect(records[2].split('\r\n').slice(0, 10)).toEqual([
      '{Reference Type}: Journal Article',
      '{Title}: 城市社区党建工作存在的问题及对策',
      '{Author}: 熊晓燕',
      '{Author}: 苏欢',
      '{Author}: 蔡艳艳',
      '{Author}: 丛旭东',
      '{Journal}: 重庆科技学院学报(社会科学版)',
      '{Year}: 2009',
      '{Issue}: 10',
      '{Pages}: 3-4',
    ]);
    expect(records[2]).toContain('{ISBN/ISSN}: 1673-1999\r\n');
    expect(records[2]).toContain('{Keywords}: 城市社区\r\n{Keywords}: 党建工作\r\n');
    expect(records[3]).toBe(
      [
        '{Reference Type}: Web Page',
        '{Title}: 关于基层社区党建工作存在的问题及对策',
        '{Secondary Title}: 城市社区党建存在的问题及对策8篇',
        '{Publisher}: 巨匠文档网',
        '{Year}: 2023',
        '{Date}: 2023-07-15',
        '{URL}: https://www.example.cn/doc/csdj8.html',
        '{Language}: chi',
      ].join('\r\n'),
    );
  });

  it('line breaks inside values never start a new field', () => {
    const item: CslItem = { ...byId('csdj8-5'), abstract: '第一行\n第二行' };
    for (const format of ['ris', 'enw', 'noteexpress'] as ExportFormat[]) {
      expect(exportReferences([item], format)).toMatch(/第一行 第二行/);
    }
  });

  it('an empty reading list exports nothing', () => {
    expect(exportReferences([], 'ris')).toBe('');
    expect(exportReferences([], 'csl-json')).toBe('[]\n');
  });
});
