/**
 * Getting around: previous/next article named by label, back to the top of a long page, articles told apart by
 * "篇七（作者，年份）" labels, no table-of-contents bar with a single entry, and a 404 page that helps.
 */
import { describe, expect, it } from 'vitest';
import { MOBILE, SAMPLE_ARTICLE, SAMPLE_THEME, isInViewport, useSite } from './harness.ts';

const site = useSite();

describe('导航', () => {
  it('文章页有上一篇、下一篇，以“篇X（作者，年份）”称呼，点下一篇到达下一篇文章', async () => {
    const { page } = await site.open(`/articles/${SAMPLE_ARTICLE}/`);
    const next = page.locator('.article-nav a[rel="next"]');
    const prev = page.locator('.article-nav a[rel="prev"]');
    expect(await next.count()).toBe(1);
    expect(await prev.count()).toBe(1);
    expect(await next.innerText()).toMatch(/篇[一二三四五六七八九十]+/);
    const href = await next.getAttribute('href');
    expect(href).toMatch(/^\/articles\/[^/]+\/$/);
    expect(href).not.toBe(`/articles/${SAMPLE_ARTICLE}/`);
    await next.click();
    await page.waitForURL((u) => u.pathname === href);
    expect(await page.locator('.article-nav a[rel="prev"]').getAttribute('href')).toBe(`/articles/${SAMPLE_ARTICLE}/`);
  });

  it('手机上长页面滚到底部也能一点回到顶部', async () => {
    const { page } = await site.open(`/articles/${SAMPLE_ARTICLE}/`, { viewport: MOBILE });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    expect(await isInViewport(page, '.back-to-top a')).toBe(true);
    const size = await page.locator('.back-to-top a').evaluate((a) => a.getBoundingClientRect().height);
    expect(size).toBeGreaterThanOrEqual(40);
    await page.locator('.back-to-top a').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
  });

  it('文章列表与各篇矩阵用“篇X”标出每篇文章', async () => {
    const { page } = await site.open('/articles/');
    const labels = await page.locator('table.article-list .article-label').allInnerTexts();
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) expect(l).toMatch(/^篇[一二三四五六七八九十百]+/);
    const matrices = await site.open('/matrix/articles/');
    expect(await matrices.page.locator('.article-matrix h2 .article-label').first().innerText()).toMatch(/^篇/);
  });

  it('议题页在手机上没有只有一项“概述”的“本页内容”栏', async () => {
    const { page } = await site.open(`/themes/${SAMPLE_THEME}/`, { viewport: MOBILE });
    expect(await page.locator('mobile-starlight-toc').count()).toBe(0);
  });

  it('标题旁的链接给读屏软件的说明是中文（培训课程页）', async () => {
    const { page } = await site.open('/curricula/funding-venues/');
    const labels = await page.locator('main a.sl-anchor-link').allTextContents();
    expect(labels.length, '课程页没有标题链接，无从检验').toBeGreaterThan(0);
    for (const l of labels) expect(l).toContain('本节链接');
    expect(labels.join('')).not.toContain('Section titled');
  });
});

describe('404', () => {
  it('不存在的网址返回 404，页面说明原因，给出搜索框和入口', async () => {
    const { page, response } = await site.open('/articles/no-such-article/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toContain('没有找到');
    const search = page.locator('main form[action="/search/"] input[name="q"]');
    expect(await search.count()).toBe(1);
    await search.fill('流动党员');
    await search.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const back = await site.open('/nope/');
    const hrefs = await back.page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/articles/', '/matrix/gaps/']));
  });
});
