/**
 * Links a person follows or passes on: a matrix cell opens its evidence; an item's "复制链接" gives an address
 * that, opened elsewhere, shows that item.
 */
import { describe, expect, it } from 'vitest';
import { MOBILE, SAMPLE_ARTICLE, byId, describeMissing, isInViewport, useSite } from './harness.ts';

const site = useSite();

describe('问题—对策矩阵', () => {
  it('表格有真正的表头，点一个格子就打开它的证据列表', async () => {
    const visit = await site.open('/matrix/', { viewport: { width: 1280, height: 800 } });
    const { page } = visit;
    if (visit.response?.status() !== 200) throw new Error(describeMissing('/matrix/', visit.response));
    const table = page.locator('table.theme-matrix');
    expect(await table.count(), '/matrix/ 上没有 <table class="theme-matrix">').toBeGreaterThan(0);
    expect(await table.first().locator('th[scope="col"]').count(), '矩阵没有列表头 <th scope="col">').toBeGreaterThan(
      0,
    );
    expect(await table.first().locator('th[scope="row"]').count(), '矩阵没有行表头 <th scope="row">').toBeGreaterThan(
      0,
    );

    const cells = table.first().locator('td a[href*="#cell-"]');
    expect(await cells.count(), '矩阵里没有指向 …#cell-行-列 的非空格子').toBeGreaterThan(0);
    // The busiest cell: the one a reader is most likely to open.
    const counts = await cells.evaluateAll((as) => as.map((a) => Number(a.textContent?.trim()) || 0));
    const index = counts.indexOf(Math.max(...counts));
    const cell = cells.nth(index);
    const href = (await cell.getAttribute('href'))!;
    const hash = new URL(href, site.base).hash;
    expect(counts[index], `格子 ${hash} 的文字不是数字`).toBeGreaterThan(0);
    await cell.click();
    await page.waitForURL((u) => u.hash === hash);

    const target = page.locator(':target');
    expect(await target.count(), `点 ${hash} 后没有 :target 元素`).toBe(1);
    expect(
      await target.evaluate((el) => el.matches('section.cell-evidence')),
      `${hash} 指向的不是 <section class="cell-evidence">`,
    ).toBe(true);
    expect(await target.isVisible(), `证据区 ${hash} 不可见`).toBe(true);
    await expect.poll(() => isInViewport(page, ':target'), { message: `证据区 ${hash} 没有滚动到视野里` }).toBe(true);
    const links = await target.locator('li a[href]').count();
    expect(links, `证据区 ${hash} 里没有链接列表`).toBeGreaterThan(0);
    expect(visit.consoleErrors).toEqual([]);
  });
});

describe('复制链接', () => {
  it('条目的“复制链接”给出的网址，在新页面打开时把该条目显示在视野里', async () => {
    const path = `/articles/${SAMPLE_ARTICLE}/`;
    const visit = await site.open(path, { viewport: MOBILE, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = visit;
    if (visit.response?.status() !== 200) throw new Error(describeMissing(path, visit.response));
    // Some in-app browsers have no clipboard; the page may then show the link in a prompt. Accept it either way.
    let prompted = '';
    page.on('dialog', (d) => {
      prompted = d.defaultValue();
      void d.dismiss();
    });

    const buttons = page.locator('section.item button.copy-link');
    const n = await buttons.count();
    expect(n, `${path} 上没有 <section class="item"> 里的 <button class="copy-link">`).toBeGreaterThan(0);
    // The last item: far down the page, so "in view" means the browser really scrolled to it.
    const button = buttons.nth(n - 1);
    const itemId = await button.evaluate((b) => b.closest('section.item')!.id);
    expect(await button.innerText()).toContain('复制链接');

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    let copied = '';
    await expect
      .poll(
        async () => (copied = (await page.evaluate(() => navigator.clipboard.readText()).catch(() => '')) || prompted),
        {
          timeout: 5_000,
          message: '点“复制链接”后剪贴板里没有网址（也没有弹出含网址的对话框）',
        },
      )
      .not.toBe('');
    const url = new URL(copied, site.base + path);
    expect(url.origin, `复制的网址 ${copied} 不在本站`).toBe(new URL(site.base).origin);
    expect(url.pathname).toBe(path);
    expect(url.hash, `复制的网址 ${copied} 没有指向条目 #${itemId}`).toBe(`#${itemId}`);

    const other = await site.open(url.pathname + url.search + url.hash, { viewport: MOBILE });
    await other.page.waitForLoadState('load');
    await expect
      .poll(() => isInViewport(other.page, byId(itemId)), { message: `打开 ${copied} 后条目 #${itemId} 不在视野里` })
      .toBe(true);
    expect(
      await other.page.evaluate(() => window.scrollY),
      '页面没有滚动：条目本来就在第一屏，检验不出跳转',
    ).toBeGreaterThan(0);
  });
});
