/**
 * The matrix as MAXQDA/NVivo users expect it: row and column totals, a sorted view, a colour legend, the CSV on the
 * page, column headers that stay in view on a phone; and the two charts drawn at build time as SVG, readable in
 * dark mode and in print.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, useSite } from './harness.ts';

const site = useSite();

/** Counts of the matrix as shown: cells per row (codebook columns), row totals, column totals, the grand total. */
function readMatrix(page: Page) {
  return page.locator('table.theme-matrix').evaluate((table) => {
    const num = (el: Element | null) => Number(el?.textContent?.trim().replace('·', '0') || 0);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
      const tds = [...tr.querySelectorAll('td')];
      return {
        name: tr.querySelector('th')?.textContent?.trim() ?? '',
        cells: tds.slice(0, -1).map(num),
        total: num(tds.at(-1)!),
      };
    });
    const foot = [...table.querySelectorAll('tfoot td')].map(num);
    return { rows, columnTotals: foot.slice(0, -1), grand: foot.at(-1) ?? -1 };
  });
}

describe('矩阵', () => {
  it('每行、每列都有合计，总计等于各行合计之和', async () => {
    const { page } = await site.open('/matrix/', { viewport: DESKTOP });
    const m = await readMatrix(page);
    expect(m.rows.length).toBeGreaterThan(3);
    for (const r of m.rows) expect(r.total, r.name).toBe(r.cells.reduce((a, b) => a + b, 0));
    m.columnTotals.forEach((t, j) => expect(t).toBe(m.rows.reduce((a, r) => a + r.cells[j], 0)));
    expect(m.grand).toBe(m.rows.reduce((a, r) => a + r.total, 0));
  });

  it('“按合计排列”的页面行、列按合计从多到少', async () => {
    const { page } = await site.open('/matrix/', { viewport: DESKTOP });
    await page.locator('a', { hasText: '按合计从多到少排列' }).click();
    await page.waitForURL(/\/matrix\/sorted\/$/);
    const m = await readMatrix(page);
    const totals = m.rows.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(m.columnTotals).toEqual([...m.columnTotals].sort((a, b) => b - a));
  });

  it('图例说明每种颜色代表多少条，表中用到的颜色都在图例里；CSV 可从页面下载', async () => {
    const visit = await site.open('/matrix/', { viewport: DESKTOP });
    const { page } = visit;
    const used = new Set(
      await page.locator('.theme-matrix td[class^="heat-"]').evaluateAll((tds) => tds.map((td) => td.className)),
    );
    const legend = new Set(
      await page.locator('.heat-legend .swatch').evaluateAll((s) => s.map((e) => e.className.replace('swatch ', ''))),
    );
    for (const c of used) expect(legend, `图例里没有 ${c}`).toContain(c);
    expect(await page.locator('.heat-legend').innerText()).toMatch(/\d+–\d+|\d+/);
    const csv = await page.locator('a[href$=".csv"]').first().getAttribute('href');
    const response = await visit.context.request.get(site.url(csv!));
    expect(response.status()).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(10);
  });

  it('按年份筛选：每个年份一页，只计那年文章的关联，各年之和不超过全部', async () => {
    const { page } = await site.open('/matrix/', { viewport: DESKTOP });
    const all = await readMatrix(page);
    const years = await page
      .locator('.matrix-tools a[href^="/matrix/year/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(years.length).toBeGreaterThan(1);
    let sum = 0;
    for (const href of years) {
      const visit = await site.open(href, { viewport: DESKTOP });
      expect(visit.response?.status()).toBe(200);
      const m = await readMatrix(visit.page);
      expect(m.grand).toBeGreaterThan(0);
      expect(m.grand).toBeLessThanOrEqual(all.grand);
      m.rows.forEach((r, i) => r.cells.forEach((n, j) => expect(n).toBeLessThanOrEqual(all.rows[i].cells[j])));
      sum += m.grand;
    }
    expect(sum).toBeLessThanOrEqual(all.grand);
  });

  it('手机上往下滚动矩阵时，列标题留在上方', async () => {
    const { page } = await site.open('/matrix/', { viewport: MOBILE });
    const box = page.locator('.matrix-scroll');
    await box.evaluate((el) => el.scrollTo(0, 300));
    const gap = await box.evaluate((el) => {
      const head = el.querySelector('thead th.col-head')!.getBoundingClientRect();
      return Math.abs(head.top - el.getBoundingClientRect().top);
    });
    expect(gap, '列标题没有停在矩阵框顶部').toBeLessThan(2);
  });
});

/** The contrast of each chart text against the page, and whether the chart is shown at all. */
function chartReadings(page: Page) {
  return page.locator('main').evaluate((main) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    const lum = ([r, g, b]: number[]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    const bgOf = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c;
      }
      return [255, 255, 255];
    };
    return [...main.querySelectorAll('figure.chart svg')].map((svg) => {
      const bg = lum(bgOf(svg));
      const ratios = [...svg.querySelectorAll('text')]
        .filter((t) => getComputedStyle(t).fillOpacity === '1')
        .map((t) => {
          const fg = lum(rgb(getComputedStyle(t).fill));
          return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        });
      const box = svg.getBoundingClientRect();
      return {
        label: svg.getAttribute('aria-label'),
        shown: box.width > 200 && box.height > 100,
        texts: ratios.length,
        worst: Math.min(...ratios),
      };
    });
  });
}

describe('图示（构建时画好的 SVG）', () => {
  it.each(['light', 'dark'] as const)('%s 模式下两张图都在，文字清楚', async (colorScheme) => {
    const { page } = await site.open('/matrix/', { viewport: DESKTOP, colorScheme });
    const charts = await chartReadings(page);
    expect(charts.map((c) => c.label)).toEqual(['问题议题 → 对策议题', '各年份文章涉及的议题']);
    for (const c of charts) {
      expect(c.shown, `${c.label} 没有显示出来`).toBe(true);
      expect(c.texts).toBeGreaterThan(5);
      expect(c.worst, `${c.label} 的文字对比度`).toBeGreaterThanOrEqual(4.5);
    }
    expect(await page.locator('script[src*="chart"], script[src*="d3"]').count()).toBe(0);
  });

  it('打印时两张图都印出来，文字是深色', async () => {
    const { page } = await site.open('/matrix/', { viewport: DESKTOP, media: 'print', colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const charts = await chartReadings(page);
    expect(charts.length).toBe(2);
    for (const c of charts) {
      expect(c.shown).toBe(true);
      expect(c.worst).toBeGreaterThanOrEqual(4.5);
    }
  });
});
