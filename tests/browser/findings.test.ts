/**
 * What the analysis found, made visible: the problems no countermeasure answers are listed by title (reached from
 * the home page and the matrix), every link's `〔类型 · 强弱 得分〕` opens the page that explains it, and a
 * countermeasure names the problems it answers by title, not by number only.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, useSite } from './harness.ts';

const site = useSite();

describe('缺口', () => {
  it('首页的“N 个问题”通向逐条列出这些问题标题的页面', async () => {
    const { page } = await site.open('/');
    const link = page.locator('main a', { hasText: /^\d+ 个问题$/ });
    const n = Number((await link.innerText()).match(/\d+/)![0]);
    expect(n).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/matrix\/gaps\/$/);
    const problems = page.locator('main li[data-role="problem"] a');
    expect(await problems.count()).toBe(n);
    const hrefs = await problems.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/articles\/[^/]+\/#.+-problem-\d+$/);
    // Each title is the problem's own (the text of the item the link points to starts with it).
    const first = hrefs[0]!;
    const title = await problems.first().innerText();
    const target = await site.open(first);
    expect(await target.page.locator(`[id="${decodeURIComponent(first.split('#')[1])}"]`).innerText()).toContain(title);
    // Articles are told apart by their label, authors and year.
    expect(await page.locator('main .gap-article h2').first().innerText()).toMatch(/^篇[一二三四五六七八九十百]+/);
  });

  it('矩阵页的“缺口”一节列出问题标题并链到全部缺口', async () => {
    const { page } = await site.open('/matrix/');
    expect(await page.locator('.gap-list li a').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/matrix/gaps/"]').count()).toBe(1);
  });
});

describe('关联的依据', () => {
  it('每条关联的〔类型 · 强弱 得分〕都链到说明页，说明页讲清三种类型、三档强弱和得分', async () => {
    const { page } = await site.open(`/articles/${SAMPLE_ARTICLE}/`);
    const kinds = page.locator('main a[href^="/guide/links/#"]');
    expect(await kinds.count()).toBeGreaterThan(0);
    const plain = await page
      .locator('main')
      .evaluate(
        (m) =>
          [...m.querySelectorAll('li, p')].filter(
            (e) =>
              /〔(文中明示|共有词语|共有议题)/.test(e.textContent ?? '') &&
              !e.querySelector('a[href^="/guide/links/#"]'),
          ).length,
      );
    expect(plain, '有不带说明链接的〔…〕').toBe(0);
    const hrefs = new Set(
      await kinds.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href'))),
    );
    for (const href of hrefs) expect(href).toMatch(/^\/guide\/links\/#(explicit|lexical|thematic)$/);
    const guide = await site.open('/guide/links/');
    expect(guide.response?.status()).toBe(200);
    const text = await guide.page.locator('main').innerText();
    for (const word of ['文中明示', '共有词语', '共有议题', '强', '中', '弱', '得分']) expect(text).toContain(word);
    for (const id of ['explicit', 'lexical', 'thematic'])
      expect(await guide.page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(text).toMatch(/强：得分 0\.\d\d–1\.00/);
  });

  it('矩阵明细页的关联也链到说明页', async () => {
    const { page } = await site.open('/matrix/');
    const cell = page.locator('.theme-matrix td a').first();
    await cell.click();
    await page.waitForLoadState('load');
    expect(await page.locator('.cell-evidence a[href^="/guide/links/#"]').count()).toBeGreaterThan(0);
  });

  it('对策写出它回应的问题的标题', async () => {
    const { page } = await site.open(`/articles/${SAMPLE_ARTICLE}/`);
    const answers = page.locator('.item[data-role="countermeasure"] .item-meta p', { hasText: '回应的问题' }).first();
    expect(await answers.count()).toBe(1);
    const href = await answers.locator('a').first().getAttribute('href');
    const problem = await page.locator(`[id="${href!.slice(1)}"]`).innerText();
    const shown = (await answers.innerText()).match(/问题 \d+ ([^；]+)/)?.[1].trim() ?? '';
    expect(shown.length, '“回应的问题”后没有问题标题').toBeGreaterThanOrEqual(4);
    // Long titles are cut with “…”: what is shown is the beginning of the linked problem's title.
    expect(problem, '写出的标题不是所链问题的').toContain(shown.replace(/…$/, ''));
  });
});
