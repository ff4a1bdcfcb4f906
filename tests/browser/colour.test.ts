/**
 * Colours a reader sees: every number in the theme matrix and the per-article matrices reads at ≥ 4.5 : 1 (WCAG AA)
 * in light and dark mode, measured from the rendered colours; with JavaScript off the page follows the system's
 * colour scheme instead of being forced dark.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, useSite } from './harness.ts';

const site = useSite();

interface Reading {
  text: string;
  ratio: number;
}

/** Contrast of each matrix cell's text against the background it is painted on (the nearest opaque one). */
function cellContrasts(page: Page, selector: string): Promise<Reading[]> {
  return page.evaluate((sel) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll(sel)]
      .filter((cell) => cell.textContent?.trim())
      .map((cell) => {
        // The element that paints the text: the link inside the cell when there is one.
        const painter = cell.querySelector('a, span') ?? cell;
        const fg = luminance(rgb(getComputedStyle(painter).color));
        const bg = luminance(background(cell));
        const [hi, lo] = fg > bg ? [fg, bg] : [bg, fg];
        return { text: cell.textContent!.trim(), ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 };
      });
  }, selector);
}

const MATRICES = [
  { name: '议题矩阵', path: '/matrix/', cells: '.theme-matrix td' },
  { name: '各篇矩阵', path: '/matrix/articles/', cells: '.article-matrix td' },
];

describe.each(['light', 'dark'] as const)('%s 模式', (colorScheme) => {
  it.each(MATRICES)('$name：每个数字与底色的对比度 ≥ 4.5 : 1', async ({ path, cells }) => {
    for (const viewport of [DESKTOP, MOBILE]) {
      const { page } = await site.open(path, { colorScheme, viewport });
      const readings = await cellContrasts(page, cells);
      expect(readings.length, `${path} 没有矩阵单元格`).toBeGreaterThan(3);
      const poor = readings.filter((r) => r.ratio < 4.5);
      expect(poor, `${path}（${colorScheme}，${viewport.width} px）对比度不足的单元格`).toEqual([]);
    }
  });
});

describe('没有 JavaScript 时配色跟随系统', () => {
  const pageBackground = (page: Page) =>
    page.evaluate(() => {
      const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      return (r + g + b) / 3;
    });

  it.each(['light', 'dark'] as const)('系统为 %s 时页面也是', async (colorScheme) => {
    for (const path of ['/', '/matrix/']) {
      const { page } = await site.open(path, { colorScheme, javaScriptEnabled: false });
      const shade = await pageBackground(page);
      if (colorScheme === 'light') expect(shade, `${path} 关掉脚本后底色应为浅色`).toBeGreaterThan(200);
      else expect(shade, `${path} 关掉脚本后底色应为深色`).toBeLessThan(60);
      const readings = await cellContrasts(page, '.theme-matrix td');
      expect(readings.filter((r) => r.ratio < 4.5)).toEqual([]);
    }
  });
});
