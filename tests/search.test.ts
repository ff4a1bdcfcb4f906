/**
 * Search: the index built from the sample corpus, queried in Node with
 * Pagefind's own JS and the search page's own query code (runSearch and
 * rankResults from src/client/search/), with and without
 * Intl.Segmenter. Every dictionary and codebook term that occurs in an item
 * must find every item containing it (all results, no page limit), and the
 * first result must contain it literally.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenCC from 'opencc-js/cn2t';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/analyzer/types.ts';
import {
  BREAK,
  excerptParts,
  indexText,
  kindOfUrl,
  literalScore,
  loadHits,
  looseQuery,
  PAGE_SIZE,
  phraseQuery,
  queryWords,
  rankResults,
  recordText,
  runSearch,
  ZWSP,
} from '../src/client/search/index.ts';
import { assertPagefind, buildSearchIndex } from '../scripts/lib/search-index.ts';
import {
  codebookTerms,
  dictionaryTerms,
  firstQueryCost,
  formatMeasurement,
  measureTerms,
  openPagefind,
  termsInItems,
  withoutSegmenter,
  type NodePagefind,
} from '../scripts/lib/search-measure.ts';
import { seedCorpus } from './analyze-helpers.ts';
import { simplifyWith } from '../src/client/search/variants.ts';
import { searchVariants } from '../src/lib/search-variants.ts';

describe('src/client/search（浏览器与测试共用的纯函数）', () => {
  it('indexText 让每个汉字自成一词，挨着汉字的空白处加不可见的断开符，去掉分隔符即还原原文', () => {
    expect(indexText('三会一课')).toBe(['三', '会', '一', '课'].join(ZWSP));
    expect(indexText('QQ群 2020年，好')).toBe(`QQ${ZWSP}群 ${BREAK} 2020${ZWSP}年${ZWSP}，${ZWSP}好`);
    expect(indexText('Party building')).toBe('Party building');
    const text = '（一）社区党建经费不足\n一是 Party building 2020年\n\n第二段 ';
    expect(indexText(text).split(ZWSP).join('').split(`${BREAK} `).join('')).toBe(text);
    expect(indexText(`已有${ZWSP}分隔${BREAK}符`)).toBe(indexText('已有分隔符'));
    // Pagefind returns the text with whitespace runs as single spaces and the separators in place.
    expect(recordText(`不足 ${BREAK} 一是 ${BREAK} 2020年`)).toBe('不足 一是 2020年');
  });

  it('记录类型从网址得出', () => {
    expect(kindOfUrl('/articles/a-1/#a-1-problem-2')).toBe('item');
    expect(kindOfUrl('/articles/a-1/')).toBe('article');
    expect(kindOfUrl('/themes/mobile-members/')).toBe('theme');
  });

  it('查询：每个词是一个逐字短语；引号与多余空格去掉', () => {
    expect(queryWords('  “流动党员”  组织关系 流动党员 ')).toEqual(['流动党员', '组织关系']);
    expect(phraseQuery('三会一课')).toBe('"三 会 一 课"');
    expect(phraseQuery('QQ群')).toBe('"QQ 群"');
    expect(looseQuery(['党建', '经费'])).toBe('党 建 经 费');
  });

  it('重排：逐字包含整个查询的在前，其次条目先于文章与议题，再按 Pagefind 分数', () => {
    const hits = [
      { content: '三会和一课', score: 9, kind: 'item' },
      { content: '落实三会一课', score: 1, kind: 'theme' },
      { content: '三会一课制度', score: 2, kind: 'item' },
      { content: '坚持三会一课', score: 3, kind: 'item' },
    ];
    expect(rankResults('三会一课', hits).map((h) => h.content)).toEqual([
      '坚持三会一课',
      '三会一课制度',
      '落实三会一课',
      '三会和一课',
    ]);
    expect(literalScore('流动党员的组织关系', '流动党员 组织关系')).toBe(2);
    expect(literalScore('流动党员 组织关系', '流动党员  组织关系')).toBe(3);
    expect(literalScore('ABC', 'abc')).toBe(2);
  });

  it('摘录围绕第一次出现处，并标出每个出现的词', () => {
    const content = `${'甲'.repeat(100)}流动党员管理${'乙'.repeat(20)}流动党员${'丙'.repeat(100)}`;
    const parts = excerptParts(content, '流动党员', 60);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['流动党员', '流动党员']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(62);
    expect(excerptParts('短文', '无关')).toEqual([{ text: '短文', mark: false }]);
  });
});

describe('搜索索引（示例语料，Node 中运行 Pagefind）', () => {
  let corpus: Corpus;
  let dir: string;
  let built: { records: number; bytes: number };
  let pf: NodePagefind;
  const items = () =>
    corpus.sources.flatMap((s) => s.articles.flatMap((a) => a.items.map((i) => ({ ...i, article: a }))));

  beforeAll(async () => {
    corpus = await seedCorpus();
    dir = mkdtempSync(join(tmpdir(), 'search-test-'));
    built = await buildSearchIndex(corpus, dir);
    pf = await openPagefind(dir);
  }, 120_000);

  afterAll(async () => {
    await pf?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('每个条目、文章、议题各一条记录；不写出用不到的 Pagefind 界面文件', () => {
    const articles = corpus.sources.flatMap((s) => s.articles);
    expect(built.records).toBe(items().length + articles.length + corpus.themes.length);
    const files = readdirSync(join(dir, 'pagefind'));
    expect(files).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment', 'filter']),
    );
    expect(files.filter((f) => f.includes('-ui') || f.includes('highlight'))).toEqual([]);
    expect(built.bytes).toBeGreaterThan(0);
    console.log(`搜索索引：${built.records} 条记录，${(built.bytes / 1024).toFixed(0)} KB`);
  });

  for (const segmenter of [true, false]) {
    const mode = segmenter ? '有 Intl.Segmenter' : '无 Intl.Segmenter（旧浏览器）';
    const run = <T>(fn: () => Promise<T>) => (segmenter ? fn() : withoutSegmenter(fn));

    it(`词典词：召回率 1，MRR ≥ 0.95，没有未达标的词，每条结果都逐字含有该词（${mode}）`, async () => {
      const terms = termsInItems(corpus, dictionaryTerms());
      expect(terms.length).toBeGreaterThan(100);
      const m = await run(() => measureTerms(pf, corpus, terms));
      console.log(formatMeasurement(`词典词｜${mode}`, m));
      expect(m.failing.map((t) => t.term)).toEqual([]);
      expect(m.recall).toBe(1);
      expect(m.mrr).toBeGreaterThanOrEqual(0.95);
      // The ranking reads no record's text: it relies on every exact result containing the word literally.
      expect(m.perTerm.filter((t) => t.literal < t.results).map((t) => t.term)).toEqual([]);
    }, 120_000);

    it(`议题名称、议题词与议题关键词：召回率 1，MRR ≥ 0.95（${mode}）`, async () => {
      const terms = termsInItems(corpus, codebookTerms(corpus));
      expect(terms.length).toBeGreaterThan(100);
      const m = await run(() => measureTerms(pf, corpus, terms));
      console.log(formatMeasurement(`议题词｜${mode}`, m));
      expect(m.failing.map((t) => t.term)).toEqual([]);
      expect(m.recall).toBe(1);
      expect(m.mrr).toBeGreaterThanOrEqual(0.95);
    }, 120_000);
  }

  it('“三会一课”“党建经费”：结果都逐字含有该词（不再命中“社会”“党”“建”）', async () => {
    for (const q of ['三会一课', '党建经费']) {
      const { hits, exact } = await runSearch(pf, q, {}, Infinity);
      expect(exact).toBe(true);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.filter((h) => !h.content.includes(q)).map((h) => h.url)).toEqual([]);
      expect(hits[0].url).toMatch(/^\/articles\/[^/]+\/#.+-(problem|cause|measure)-\d+$/);
    }
  });

  it('筛选：角色、议题、文章、年份；只选筛选条件不输入词时列出全部符合的条目', async () => {
    const all = items();
    const problems = await runSearch(pf, '流动党员', { role: 'problem' }, Infinity);
    const expected = all.filter((i) => i.role === 'problem' && i.text.includes('流动党员'));
    expect(problems.hits.map((h) => h.url).sort()).toEqual(
      expected.map((i) => `/articles/${i.article.slug}/#${i.id}`).sort(),
    );
    expect(problems.hits.every((h) => h.kind === 'item' && h.role === 'problem' && h.label === '问题')).toBe(true);

    const causes = await runSearch(pf, '', { role: 'cause' }, Infinity);
    expect(causes.total).toBe(all.filter((i) => i.role === 'cause').length);

    const theme = corpus.themes.find((t) => all.some((i) => i.themes.some((x) => x.theme === t.id)))!;
    const byTheme = await runSearch(pf, '', { theme: theme.id }, Infinity);
    expect(byTheme.total).toBe(all.filter((i) => i.themes.some((x) => x.theme === theme.id)).length + 1);
    expect(byTheme.hits.some((h) => h.url === `/themes/${theme.id}/`)).toBe(true);

    const article = corpus.sources[0].articles.find((a) => a.items.length && a.metadata.year)!;
    const byArticle = await runSearch(pf, '', { article: article.slug, role: 'countermeasure' }, Infinity);
    expect(byArticle.total).toBe(article.items.filter((i) => i.role === 'countermeasure').length);
    const byYear = await runSearch(pf, '', { year: String(article.metadata.year!.value) }, Infinity);
    expect(byYear.hits.some((h) => h.url === `/articles/${article.slug}/`)).toBe(true);
    expect(byYear.hits.every((h) => h.url.startsWith('/articles/'))).toBe(true);
  });

  it('文章（题名、作者）和议题（名称）也能搜到', async () => {
    const article = corpus.sources[0].articles.find((a) => a.metadata.authors)!;
    const author = article.metadata.authors!.value[0];
    const byAuthor = await runSearch(pf, author, {}, Infinity);
    expect(byAuthor.hits[0].url).toBe(`/articles/${article.slug}/`);
    expect(byAuthor.hits[0].kind).toBe('article');
    expect(byAuthor.hits[0].label).toBe('文章');
    const theme = corpus.themes[0];
    const byTheme = await runSearch(pf, theme.name, {}, Infinity);
    expect(byTheme.hits.some((h) => h.url === `/themes/${theme.id}/` && h.kind === 'theme' && h.label === '议题')).toBe(
      true,
    );
  });

  it('多个词须同时出现；没有逐字短语时退回宽松匹配；查不到时为空', async () => {
    const both = await runSearch(pf, '流动党员 组织关系', {}, Infinity);
    expect(both.exact).toBe(true);
    expect(both.hits.length).toBeGreaterThan(0);
    expect(both.hits.every((h) => h.content.includes('流动党员') && h.content.includes('组织关系'))).toBe(true);

    const loose = await runSearch(pf, '课一会三', {}, Infinity);
    expect(loose.exact).toBe(false);
    expect(loose.hits.length).toBeGreaterThan(0);
    expect(loose.hits.every((h) => ['课', '一', '会', '三'].every((c) => h.content.includes(c)))).toBe(true);
    // 纠、缠 are in no record: Pagefind alone would return the records with 量 and 子.
    const absent = await runSearch(pf, '量子纠缠', {}, Infinity);
    expect(absent.exact).toBe(false);

    expect(absent.total).toBe(0);
    expect(absent.hits).toEqual([]);
    expect((await runSearch(pf, '   ', {}, Infinity)).total).toBe(0);
  });

  it('标题含搜索词的排在只在正文里提到的前面；以它命名的议题排在议题中的第一', async () => {
    for (const q of ['流动党员', '经费', '党员教育']) {
      const { hits } = await runSearch(pf, q, {}, Infinity);
      const named = hits.map((h) => h.title.includes(q));
      expect(named.includes(true), `“${q}”没有标题含它的结果，无从检验`).toBe(true);
      expect(named.includes(false), `“${q}”没有只在正文里提到它的结果，无从检验`).toBe(true);
      expect(named, `“${q}”：标题含它的结果应排在前面`).toEqual([...named].sort((a, b) => Number(b) - Number(a)));
      const themes = hits.filter((h) => h.kind === 'theme');
      if (themes.some((h) => h.title.includes(q))) expect(themes[0].title).toContain(q);
    }
    const mobile = (await runSearch(pf, '流动党员', {}, Infinity)).hits;
    expect(mobile.findIndex((h) => h.kind === 'theme' && h.title.includes('流动党员'))).toBeLessThan(
      mobile.findIndex((h) => !h.title.includes('流动党员')),
    );
  });

  it('繁体查询找到简体条目（黨建 → 党建），结果相同', async () => {
    const simplify = simplifyWith(searchVariants(corpus));
    expect(simplify('黨建經費')).toBe('党建经费');
    const traditional = await runSearch(pf, '黨建', {}, Infinity, simplify);
    const plain = await runSearch(pf, '党建', {}, Infinity);
    expect(traditional.words).toEqual(['党建']);
    expect(traditional.total).toBeGreaterThan(0);
    expect(traditional.hits.map((h) => h.url)).toEqual(plain.hits.map((h) => h.url));
  });

  it('不读全文就排好序：标题含词的在前，各组内条目在前，文章、议题在后；第一页和“再显示”的每一页都是完整排序的前段', async () => {
    const order = { item: 0, article: 1, theme: 2 };
    let checked = 0;
    for (const q of ['流动党员', '党组织', '社区', '党建 经费', '课一会三']) {
      const all = await runSearch(pf, q, {}, Infinity);
      const words = queryWords(q);
      // Groups by how many query words the title holds (most first); within a group, items, articles, themes.
      const kinds = all.exact
        ? all.hits.map((h) => (words.length - words.filter((w) => h.title.includes(w)).length) * 10 + order[h.kind])
        : all.hits.map((h) => order[h.kind]);
      expect(kinds, `“${q}”的结果里条目、文章、议题的顺序`).toEqual([...kinds].sort((a, b) => a - b));
      const first = await runSearch(pf, q, {}, PAGE_SIZE);
      expect(first.total).toBe(all.total);
      expect(first.hits.map((h) => h.url)).toEqual(all.hits.slice(0, PAGE_SIZE).map((h) => h.url));
      const second = await loadHits(first.ranked.slice(PAGE_SIZE, 2 * PAGE_SIZE));
      expect(second.map((h) => h.url)).toEqual(all.hits.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((h) => h.url));
      if (new Set(kinds).size > 1 && all.total > PAGE_SIZE) checked++;
    }
    expect(checked, '没有一个查询同时命中条目与文章或议题且超过一页，无从检验').toBeGreaterThan(0);
  });

  for (const [what, between] of [
    ['换行（标题与正文之间）', /(\p{Script=Han})\s+(\p{Script=Han})/gu],
    ['标点', /(\p{Script=Han})[，、。；：](\p{Script=Han})/gu],
  ] as const) {
    it(`隔着${what}的两个字不算逐字包含`, async () => {
      const all = items();
      // Two characters split in one item and written together in another.
      const split = all
        .flatMap((i) => [...i.text.matchAll(between)].map((m) => ({ item: i, pair: m[1] + m[2] })))
        .find(({ item, pair }) => !item.text.includes(pair) && all.some((other) => other.text.includes(pair)));
      expect(split, `示例语料里没有隔着${what}、在别处又连写的两个字`).toBeDefined();
      const { item, pair } = split!;
      const out = await runSearch(pf, pair, {}, Infinity);
      expect(out.exact).toBe(true);
      expect(out.hits.map((h) => h.url)).not.toContain(`/articles/${item.article.slug}/#${item.id}`);
      expect(out.hits.filter((h) => !h.content.includes(pair)).map((h) => h.url)).toEqual([]);
    });
  }

  it('首次搜索下载的文件与字节数（页面上的做法：第一页的结果）', async () => {
    const cost = await firstQueryCost(dir, '流动党员');
    const names = cost.files.map((f) => f.path.replace('/pagefind/', '').replace(/_[0-9a-f]+\./, '_*.'));
    console.log(
      `首次搜索“流动党员”：${cost.requests} 个文件，共 ${(cost.bytes / 1024).toFixed(1)} KB（` +
        cost.files.map((f) => `${f.path.replace('/pagefind/', '')} ${(f.bytes / 1024).toFixed(1)}`).join('，') +
        `），${cost.results} 条结果`,
    );
    expect(names).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']));
    expect(names.some((n) => n.startsWith('index/'))).toBe(true);
    expect(cost.results).toBeLessThanOrEqual(PAGE_SIZE);
    expect(names.filter((n) => n.startsWith('fragment/')).length).toBe(cost.results);
    expect(names.some((n) => n.includes('worker') || n.includes('-ui'))).toBe(false);
    expect(cost.bytes).toBeLessThan(300 * 1024);
  });

  it('Pagefind 的 errors[] 变成一个说明清楚的错误；写不进去时报错并关闭 Pagefind（之后还能再建索引）', async () => {
    expect(() => assertPagefind({ errors: ['甲出错', '乙出错'] }, '无法写入 dist/pagefind')).toThrow(
      '搜索索引：无法写入 dist/pagefind：甲出错；乙出错',
    );
    expect(assertPagefind({ errors: [], page_count: 3 }, '…').page_count).toBe(3);
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    await expect(buildSearchIndex(corpus, file)).rejects.toThrow(/^搜索索引：无法生成 .*not-a-folder/);
    const again = mkdtempSync(join(tmpdir(), 'search-test-'));
    try {
      expect((await buildSearchIndex(corpus, again)).records).toBe(built.records);
      expect(existsSync(join(again, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('繁体来源（Node 中运行 Pagefind）', () => {
  let dir: string;
  let pf: NodePagefind;
  let corpus: Corpus;

  beforeAll(async () => {
    // The sample corpus with its first source written in traditional characters, as a Taiwan source would be.
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    corpus = structuredClone(await seedCorpus());
    const source = corpus.sources[0];
    source.traditional = true;
    for (const a of source.articles)
      for (const i of a.items) {
        i.text = toTraditional(i.text);
        i.title = toTraditional(i.title);
      }
    dir = mkdtempSync(join(tmpdir(), 'search-trad-'));
    await buildSearchIndex(corpus, dir);
    pf = await openPagefind(dir);
  }, 120_000);

  afterAll(async () => {
    await pf?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('简体查询找到繁体条目，显示的仍是原文的繁体字；繁体查询同样找到', async () => {
    const trad = corpus.sources[0].articles.flatMap((a) => a.items).find((i) => i.text.includes('黨'));
    expect(trad, '第一个来源没有含“黨”的条目').toBeDefined();
    const simplify = simplifyWith(searchVariants(corpus));
    for (const q of ['党员', '黨員']) {
      const { hits } = await runSearch(pf, q, {}, Infinity, simplify);
      const hit = hits.find((h) => h.url.endsWith(`#${trad!.id}`));
      expect(hit, `“${q}”没有找到繁体条目 ${trad!.id}`).toBeDefined();
      expect(hit!.content).toContain('黨');
      expect(hit!.content).not.toContain('党');
      expect(
        hits.some((h) => h.content.includes('党员')),
        `“${q}”也应找到简体条目`,
      ).toBe(true);
    }
  });
});
