// What a person sees on a collection larger than the sample: long lists are cut and paginated, every item
// stays reachable, and no page grows with the collection (a generated corpus of 250 articles).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleOverheads, largestPage } from '../../scripts/lib/page-weight.ts';
import { ARTICLES_PER_LIST_PAGE } from '../../src/lib/article-list.ts';
import { ARTICLES_PER_PAGE, CELL_LINKS } from '../../src/lib/matrix-pages.ts';
import { STUDY_ITEMS_PER_ROLE } from '../../src/lib/study.ts';
import { ROLE_PAGE_ITEMS, taggedItems, THEME_PAGE_ITEMS } from '../../src/lib/theme-items.ts';
import { useSite } from './harness.ts';
import { serveScaleSite, type ScaleSite } from './scale-site.ts';

const ARTICLES = 250;
let scale: ScaleSite | undefined;
const site = useSite(async () => (scale = await serveScaleSite(ARTICLES)));
const corpus = () => scale!.corpus;
const articles = () => corpus().sources.flatMap((s) => s.articles);

/** The theme with the most problems, and how many it has. */
function busiestTheme(): { id: string; problems: number } {
  const counts = corpus().themes.map((t) => ({
    id: t.id,
    problems: taggedItems(articles(), t.id).filter((e) => e.item.role === 'problem').length,
  }));
  return counts.sort((a, b) => b.problems - a.problems || (a.id < b.id ? -1 : 1))[0];
}

/** Follows rel="next" from `path`, collecting `selector`'s hrefs on every page; fails on a page that does not load. */
async function everyPage(
  page: Page,
  path: string,
  selector: string,
): Promise<{ pages: number; perPage: number[]; hrefs: string[] }> {
  const perPage: number[] = [];
  const hrefs: string[] = [];
  let next: string | null = path;
  while (next) {
    const response = await page.goto(site.url(next));
    expect(response?.status(), next).toBe(200);
    const found = await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    perPage.push(found.length);
    hrefs.push(...found);
    const more = page.locator('nav.pager a[rel="next"]');
    next = (await more.count()) > 0 ? await more.getAttribute('href') : null;
    expect(perPage.length).toBeLessThan(50);
  }
  return { pages: perPage.length, perPage, hrefs };
}

describe(`生成语料（${ARTICLES} 篇）`, () => {
  it('文章列表每页最多 200 篇，翻页后每篇文章都在', async () => {
    const v = await site.open('/articles/');
    const { pages, perPage, hrefs } = await everyPage(v.page, '/articles/', 'table.article-list tbody th a');
    expect(pages).toBe(Math.ceil(ARTICLES / ARTICLES_PER_LIST_PAGE));
    expect(perPage[0]).toBe(ARTICLES_PER_LIST_PAGE);
    expect(new Set(hrefs).size).toBe(articles().length);
    expect(v.consoleErrors).toEqual([]);
  });

  it('议题页每类只列得分最高的条目，并链接到分页的全部条目', async () => {
    const theme = busiestTheme();
    expect(theme.problems).toBeGreaterThan(ROLE_PAGE_ITEMS); // the corpus is large enough to need pages
    const v = await site.open(`/themes/${theme.id}/`);
    const problems = v.page.locator('section.theme-role').filter({ has: v.page.locator('li[data-role="problem"]') });
    await expect.poll(() => problems.locator('li').count()).toBe(THEME_PAGE_ITEMS);
    const all = problems.getByRole('link', { name: `查看全部 ${theme.problems} 条问题` });
    const href = await all.getAttribute('href');
    expect(href).toBe(`/themes/${theme.id}/problem/`);
    const { pages, perPage, hrefs } = await everyPage(v.page, href!, 'ul.theme-items li a');
    expect(pages).toBe(Math.ceil(theme.problems / ROLE_PAGE_ITEMS));
    expect(perPage[0]).toBe(ROLE_PAGE_ITEMS);
    expect(new Set(hrefs).size).toBe(theme.problems);
    expect(v.consoleErrors).toEqual([]);
  });

  it('学习材料每类最多 20 条，并说明议题共有多少条', async () => {
    const theme = busiestTheme();
    const v = await site.open(`/themes/${theme.id}/study/`);
    for (const n of await v.page
      .locator('section.study-role')
      .evaluateAll((ss) => ss.map((s) => s.querySelectorAll('article.study-item').length))) {
      expect(n).toBeLessThanOrEqual(STUDY_ITEMS_PER_ROLE);
    }
    await expect.poll(() => v.page.locator('.study-pack').innerText()).toContain(`共有问题 ${theme.problems} 条`);
  });

  it('矩阵单元格的明细在行页面上，每格最多 20 条关联', async () => {
    const v = await site.open('/matrix/');
    const cell = v.page.locator('table a[href^="/matrix/"]').first();
    const href = (await cell.getAttribute('href'))!;
    await v.page.goto(site.url(href));
    const perCell = await v.page
      .locator('section.cell-evidence')
      .evaluateAll((ss) => ss.map((s) => s.querySelectorAll('li').length));
    expect(perCell.length).toBeGreaterThan(0);
    expect(Math.max(...perCell)).toBeLessThanOrEqual(CELL_LINKS);
    expect(v.consoleErrors).toEqual([]);
  });

  it('各篇矩阵与缺口每页 50 篇，翻页后每篇文章都在', async () => {
    const v = await site.open('/matrix/articles/');
    const { pages, perPage, hrefs } = await everyPage(v.page, '/matrix/articles/', 'section.article-matrix > h2 a');
    expect(pages).toBe(Math.ceil(articles().length / ARTICLES_PER_PAGE));
    expect(perPage[0]).toBe(ARTICLES_PER_PAGE);
    expect(new Set(hrefs).size).toBe(articles().length);
  });

  it('搜索页的文章筛选不列出几百篇文章，但从文章页带来的筛选仍然有效', async () => {
    const slug = articles()[ARTICLES - 1].slug;
    const v = await site.open(`/search/?article=${slug}`);
    const options = v.page.locator('#search-article option');
    await expect.poll(() => options.count()).toBe(2); // 不限 + the article asked for
    expect(await v.page.locator('#search-article').inputValue()).toBe(slug);
    expect(v.consoleErrors).toEqual([]);
  });

  // Issue 6's target was 30 KB; issue 17 added on purpose a link to /guide/links/ from every link's 〔…〕, the
  // titles of the problems a countermeasure answers, the printed running header and the script marking searched
  // words (the heaviest generated page: 31.5 KB; 31.9 KB since the generator writes problems each answered by
  // bullets under a 破解策略: label, gen-0009-4 with 21 items).
  it('每个文章页不超过其正文 + 32 KB，最大的页面也不随篇数增长', () => {
    const over = [...articleOverheads(scale!.dist, corpus())];
    expect(over).toHaveLength(articles().length);
    const heavy = over
      .filter(([, bytes]) => bytes > 32 * 1024)
      .map(([slug, bytes]) => `${slug}: ${(bytes / 1024).toFixed(1)} KB`);
    expect(heavy).toEqual([]);
    const largest = largestPage(scale!.dist);
    expect(largest.bytes, largest.path).toBeLessThan(200 * 1024);
  });
});
