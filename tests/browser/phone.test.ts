/**
 * The first ten seconds on a 360 px phone: the site title is whole (a short form where the full one does not fit),
 * the header search box is there to type in, the home page says what the site is and for whom, and tables become
 * cards instead of squeezing a column to a character or two.
 */
import { describe, expect, it } from 'vitest';
import { MOBILE, useSite } from './harness.ts';
import { ui } from '../../src/lib/ui.ts';

const site = useSite();

describe('表格在 360 px 手机上', () => {
  it.each([
    { name: '文章列表', path: '/articles/' },
    { name: '各篇矩阵', path: '/matrix/articles/' },
    { name: '议题矩阵', path: '/matrix/' },
  ])('$name：没有哪个格子窄于 4 个字', async ({ path }) => {
    const { page } = await site.open(path, { viewport: MOBILE });
    const narrow = await page.evaluate(() =>
      [...document.querySelectorAll('main table :is(th, td)')].flatMap((cell) => {
        const text = cell.textContent?.trim() ?? '';
        const rect = cell.getBoundingClientRect();
        // Column headers a card layout keeps for screen readers only (a 1 px box) are not seen.
        const hidden = cell.closest('thead') && cell.closest('thead')!.getBoundingClientRect().width <= 1;
        if (!text || rect.width === 0 || hidden) return [];
        const style = getComputedStyle(cell);
        const em = Number.parseFloat(style.fontSize);
        // A cell must hold 4 characters on a line, or its whole text when that is shorter; a line of vertical
        // text (the matrix's column heads) runs down the cell, so its height is what counts.
        const need = Math.min(4, Array.from(text).length) * em * 0.9;
        const line = style.writingMode.startsWith('vertical') ? rect.height : rect.width;
        return line < need ? [`${text.slice(0, 12)}：${Math.round(line)} px`] : [];
      }),
    );
    expect(narrow, `${path} 在 360 px 上过窄的格子`).toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, '页面不应横向滚动').toBeLessThanOrEqual(0);
  });
});

describe('页首在 360 px 手机上', () => {
  it('站名完整显示，没有被截断', async () => {
    const { page } = await site.open('/', { viewport: MOBILE });
    const title = await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('header .site-title')!;
      const shown = [...link.querySelectorAll('span')].find((s) => s.getClientRects().length > 0)!;
      const wrapper = link.parentElement!.getBoundingClientRect();
      const r = shown.getBoundingClientRect();
      return {
        text: shown.textContent?.trim(),
        fits: r.left >= wrapper.left - 1 && r.right <= wrapper.right + 1 && r.right <= window.innerWidth,
        clipped: shown.scrollWidth > shown.clientWidth + 1,
      };
    });
    expect(title.text).toBe(ui['site.shortTitle']);
    expect(title, `站名“${title.text}”在 360 px 上显示不全`).toMatchObject({ fits: true, clipped: false });
  });

  it('页首搜索框看得见，可以直接输入搜索', async () => {
    const { page } = await site.open('/', { viewport: MOBILE });
    const box = page.locator('header #site-search-q');
    await expect.poll(() => box.isVisible()).toBe(true);
    const width = await box.evaluate((el) => el.getBoundingClientRect().width);
    expect(width, '搜索框至少放得下 4 个字').toBeGreaterThanOrEqual(64);
    await box.fill('流动党员');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('流动党员');
  });
});

it('首页开头说明本站是什么、给谁用', async () => {
  const { page } = await site.open('/', { viewport: MOBILE });
  const h1 = await page.locator('h1').innerText();
  const lead = await page.locator('main p.lead').allInnerTexts();
  expect(h1).toContain('知识库');
  expect(lead.join('')).toMatch(/问题.*原因.*对策/);
  expect(lead.join('')).toMatch(/供.*(党务工作者|书记)/);
  // What it is comes before the statistics.
  const first = await page.locator('main .sl-markdown-content p, main p').first().innerText();
  expect(first).toBe(lead[0]);
});
