/**
 * Printing an article (A4, as cadres do for meetings): navigation, sidebar and search are gone, and every item
 * shows its id or address so a printed page can be cited and found again.
 */
import { describe, expect, it } from 'vitest';
import { RESULTS, SAMPLE_ARTICLE, describeMissing, useSite, writeResult } from './harness.ts';

const site = useSite();

describe('打印', () => {
  it('文章页打印成 A4：不印导航和侧栏，每个条目印出编号或网址', async () => {
    const path = `/articles/${SAMPLE_ARTICLE}/`;
    const visit = await site.open(path, { viewport: { width: 1280, height: 800 }, media: 'print' });
    const { page } = visit;
    if (visit.response?.status() !== 200) throw new Error(describeMissing(path, visit.response));

    const shown = await page.evaluate(() => {
      const selectors = ['nav', '#starlight__sidebar', '.sidebar-pane', '.site-search', 'starlight-toc', 'mobile-starlight-toc', 'starlight-menu-button'];
      return selectors.flatMap((sel) =>
        [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((el) => el.checkVisibility({ visibilityProperty: true }))
          .map((el) => `${sel}${el.getAttribute('aria-label') ? `（${el.getAttribute('aria-label')}）` : ''}`),
      );
    });
    expect(shown, '打印时仍然显示的导航/侧栏/搜索').toEqual([]);

    const items = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.item')].map((el) => {
        const href = el.querySelector<HTMLElement>('.copy-link')?.dataset.href ?? '';
        const text = el.innerText; // rendered text: excludes what print CSS hides
        const absolute = href ? new URL(href, location.href).href : '';
        return { id: el.id, ok: !!el.id && (text.includes(el.id) || (!!href && (text.includes(href) || text.includes(absolute)))) };
      }),
    );
    expect(items.length, `${path} 上没有 <section class="item">`).toBeGreaterThan(0);
    expect(items.filter((i) => !i.ok).map((i) => i.id), '打印时看不到编号或网址的条目').toEqual([]);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeResult(`${RESULTS}/article-print.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`[print] ${path} → ${RESULTS}/article-print.pdf：${pages} 页 A4，${(pdf.length / 1024).toFixed(0)} KB`);
    expect(pages).toBeGreaterThan(0);
    expect(visit.consoleErrors).toEqual([]);
  });
});
