/**
 * The small things a reader trips over: copy buttons big enough for a finger, no developer words in what the
 * site says, no button that does nothing without JavaScript, icons an old browser or WeChat can use, a share-card
 * description, and a hint for downloads inside WeChat.
 */
import { describe, expect, it } from 'vitest';
import { MAIN_PAGES, MOBILE, SAMPLE_ARTICLE, useSite } from './harness.ts';

const site = useSite();
const ARTICLE = `/articles/${SAMPLE_ARTICLE}/`;

describe('小处', () => {
  it('复制按钮至少 44 px 高附近、字号不小于 13 px', async () => {
    const { page } = await site.open(ARTICLE, { viewport: MOBILE });
    const buttons = await page.locator('button.copy-link, button.copy-text').evaluateAll((bs) =>
      bs.map((b) => ({
        h: b.getBoundingClientRect().height,
        w: b.getBoundingClientRect().width,
        font: Number.parseFloat(getComputedStyle(b).fontSize),
      })),
    );
    expect(buttons.length).toBeGreaterThan(1);
    for (const b of buttons) {
      expect(b.h).toBeGreaterThanOrEqual(40);
      expect(b.w).toBeGreaterThanOrEqual(40);
      expect(b.font).toBeGreaterThanOrEqual(13);
    }
  });

  it('没有 JavaScript 时不显示无用的“复制引文”按钮，引文仍在；有脚本时显示', async () => {
    const off = await site.open(ARTICLE, { javaScriptEnabled: false });
    expect(await off.page.locator('button.copy-text').isVisible()).toBe(false);
    expect(await off.page.locator('.reference-text').innerText()).not.toBe('');
    const on = await site.open(ARTICLE);
    await expect.poll(() => on.page.locator('button.copy-text').isVisible()).toBe(true);
  });

  it('页面上没有给开发者看的词（MDX、README、文件路径、命令）', async () => {
    const found: string[] = [];
    for (const { path } of [...MAIN_PAGES, { path: '/curricula/' }, { path: '/themes/' }, { path: '/guide/links/' }]) {
      const { page } = await site.open(path);
      const text = await page.locator('main').innerText();
      const hit = text.match(/\bMDX\b|README|content\/|src\/|scripts\/|\.ya?ml\b|\.tsx?\b|npm run|Section titled/g);
      if (hit) found.push(`${path}：${[...new Set(hit)].join('、')}`);
    }
    expect(found).toEqual([]);
  });

  it('有 PNG 与 ICO 图标，分享卡片有描述', async () => {
    const visit = await site.open(ARTICLE);
    const icons = await visit.page
      .locator('head link[rel~="icon"], head link[rel="apple-touch-icon"]')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).getAttribute('href')));
    expect(icons).toEqual(expect.arrayContaining(['/favicon.png', '/apple-touch-icon.png']));
    for (const path of ['/favicon.png', '/favicon.ico', '/apple-touch-icon.png']) {
      const r = await visit.context.request.get(site.url(path));
      expect(r.status(), path).toBe(200);
      const body = await r.body();
      expect(body.length).toBeGreaterThan(100);
      if (path.endsWith('.png')) expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
      else expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    }
    const description = await visit.page.locator('head meta[property="og:description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(5);
  });

  it('数据下载页提示在微信里改用浏览器下载', async () => {
    const { page } = await site.open('/data/');
    expect(await page.locator('main').innerText()).toContain('在浏览器中打开');
  });
});
