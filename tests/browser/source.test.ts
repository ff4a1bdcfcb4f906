/**
 * 原文对照 as a reader uses it: the OCR corrections are not drowned among line joins (joins hidden from the list
 * until chosen), the kinds can be filtered without JavaScript, each number in the text opens its row, the list
 * shows changed text as readable symbols (no `"\n\n  "`, no file paths), and a phone shows before and after.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOBILE, SAMPLE_ARTICLE, isInViewport, useSite } from './harness.ts';

const site = useSite();
/** The sample's article with the most line joins (篇七 in the sample corpus). */
const PATH = '/articles/csdj8-7/source/';

const visibleKinds = (page: Page) =>
  page
    .locator('.edit-list tbody tr')
    .evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => (r as HTMLElement).dataset.kind),
    );

describe('原文对照', () => {
  it('默认只列校正与删除，接回断行可单独选出；不用脚本也能筛选', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await site.open(PATH, { javaScriptEnabled });
      const kinds = await visibleKinds(page);
      expect(kinds.length, '默认清单是空的').toBeGreaterThan(0);
      expect(kinds).not.toContain('join');
      expect(kinds).toContain('fix');
      const total = await page.locator('.edit-list tbody tr').count();
      await page.locator('label', { hasText: '接回断行' }).click();
      const joins = await visibleKinds(page);
      expect(joins.length).toBeGreaterThan(kinds.length);
      expect(new Set(joins)).toEqual(new Set(['join']));
      await page.locator('label', { hasText: /^全部/ }).click();
      expect((await visibleKinds(page)).length).toBe(total);
    }
  });

  it('正文中的编号链到清单中的那一行', async () => {
    const { page } = await site.open(PATH);
    const link = page.locator('.source-text .edit-n a').filter({ visible: true }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#edit-\d+$/);
    await link.click();
    await expect.poll(() => isInViewport(page, href!)).toBe(true);
  });

  it('清单里没有程序转义和文件路径', async () => {
    const { page } = await site.open(PATH);
    const text = await page.locator('main').evaluate((m) => m.textContent ?? '');
    expect(text).not.toMatch(/\\n|\\t|content\/|\.txt|\.ya?ml|\.docx/);
    const cells = await page.locator('.edit-list td .shown-text').allTextContents();
    expect(cells.some((c) => c.includes('↵'))).toBe(true);
    expect(cells.filter((c) => /^".*"$/.test(c))).toEqual([]);
  });

  it(`360 px 手机上改前、改后都在屏幕内，页面不横向滚动（${SAMPLE_ARTICLE} 也一样）`, async () => {
    for (const path of [PATH, `/articles/${SAMPLE_ARTICLE}/source/`]) {
      const { page } = await site.open(path, { viewport: MOBILE });
      const outside = await page.locator('.edit-list tbody tr').evaluateAll(
        (rows) =>
          rows
            .filter((r) => (r as HTMLElement).offsetParent !== null)
            .flatMap((r) => [...r.querySelectorAll('td')])
            .filter((td) => td.getBoundingClientRect().right > window.innerWidth + 1).length,
      );
      expect(outside, `${path} 有伸出屏幕的格子`).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    }
  });
});
