/**
 * Search as a person uses it: type a term from the field, open the first hit and land on the item that says it;
 * narrow by role; share a search by its address.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { byId, describeMissing, isInViewport, roleOfItemId, SAMPLE_ARTICLE, useSite, type Visit } from './harness.ts';

const site = useSite();
const RESULT_LINKS = 'ol#search-results > li > a[href]';

async function openSearch(path = '/search/'): Promise<Visit> {
  const visit = await site.open(path);
  if (visit.response?.status() !== 200) throw new Error(describeMissing(path, visit.response));
  return visit;
}

/** Types the query into the search box and submits it the way a person would (Enter). */
async function search(page: Page, q: string): Promise<void> {
  const input = page.locator('input#search-q');
  await expect.poll(() => input.count(), { message: '/search/ 上没有 input#search-q' }).toBe(1);
  await input.fill(q);
  await input.press('Enter');
  await waitForResults(page, q);
}

async function waitForResults(page: Page, q: string): Promise<void> {
  await page
    .locator(RESULT_LINKS)
    .first()
    .waitFor({ state: 'attached', timeout: 20_000 })
    .catch(() => {
      throw new Error(`搜索“${q}”后 20 秒内没有出现结果（${RESULT_LINKS}）`);
    });
}

async function resultHrefs(page: Page): Promise<string[]> {
  return page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

function itemIdOf(href: string): string {
  return decodeURIComponent(new URL(href).hash.slice(1));
}

/** Roles of the results, read from the item ids in their links (`…-problem-3` etc.). */
async function resultRoles(page: Page): Promise<string[]> {
  return (await resultHrefs(page)).map((h) => roleOfItemId(itemIdOf(h)) ?? `（不是条目链接：${h}）`);
}

describe('搜索', () => {
  for (const term of ['流动党员', '三会一课']) {
    it(`搜索“${term}”，点第一条结果，落到含有这个词的条目上`, async () => {
      const { page } = await openSearch();
      await search(page, term);
      const first = page.locator(RESULT_LINKS).first();
      const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
      const id = itemIdOf(href);
      expect(id, `第一条结果 ${href} 没有指向条目锚点（#条目id）`).not.toBe('');
      await first.click();
      await page.waitForURL((u) => u.hash === new URL(href).hash, { timeout: 20_000 });
      await page.waitForLoadState('load');
      const target = page.locator(byId(id));
      await expect.poll(() => target.count(), { message: `结果页上没有 id="${id}" 的元素` }).toBe(1);
      expect(await target.evaluate((el) => el.matches('section.item')), `#${id} 不是 <section class="item">`).toBe(
        true,
      );
      expect(await target.innerText(), `条目 #${id} 的文字里没有“${term}”`).toContain(term);
      await expect.poll(() => isInViewport(page, byId(id)), { message: `点开结果后条目 #${id} 不在视野里` }).toBe(true);
    });
  }

  it('按角色筛选后，结果只剩该角色，且比不筛选时少', async () => {
    const { page } = await openSearch();
    await search(page, '流动党员');
    const all = await resultRoles(page);
    const otherItems = all.filter((r) => r === 'cause' || r === 'countermeasure');
    expect(
      otherItems.length,
      `不筛选时“流动党员”的结果里没有原因或对策，无从检验筛选：${all.join('、')}`,
    ).toBeGreaterThan(0);
    const role = page.locator('select[name="role"]');
    expect(await role.count(), '/search/ 上没有 select[name=role]').toBe(1);
    await role.selectOption('problem');
    await page.locator('input#search-q').press('Enter');
    await expect
      .poll(
        async () => {
          const roles = await resultRoles(page);
          return roles.length > 0 && roles.every((r) => r === 'problem') ? 'ok' : roles.join('、') || '（没有结果）';
        },
        { timeout: 20_000, message: '选择“问题”后，结果里仍有其他角色' },
      )
      .toBe('ok');
    expect((await resultRoles(page)).length).toBeLessThan(all.length);
  });

  it('分享的网址 /search/?q=流动党员&role=problem 打开后恢复检索词和筛选', async () => {
    const { page } = await openSearch('/search/?q=%E6%B5%81%E5%8A%A8%E5%85%9A%E5%91%98&role=problem');
    await expect
      .poll(() =>
        page
          .locator('input#search-q')
          .inputValue()
          .catch(() => '（没有 input#search-q）'),
      )
      .toBe('流动党员');
    expect(await page.locator('select[name="role"]').inputValue()).toBe('problem');
    await waitForResults(page, '流动党员');
    await expect
      .poll(
        async () => {
          const roles = await resultRoles(page);
          return roles.every((r) => r === 'problem') ? 'ok' : roles.join('、');
        },
        { timeout: 20_000, message: '分享的网址带 role=problem，结果里却有其他角色' },
      )
      .toBe('ok');
  });

  it('文章页的“在本文中搜索”打开只含这篇文章的结果，文章筛选框选中这篇文章', async () => {
    const path = `/articles/${SAMPLE_ARTICLE}/`;
    const { page } = await site.open(path);
    const link = page.getByRole('link', { name: '在本文中搜索' });
    expect(await link.count(), `${path} 上没有“在本文中搜索”链接`).toBe(1);
    await link.click();
    await page.waitForURL((u) => u.pathname === '/search/', { timeout: 20_000 });
    await waitForResults(page, `article=${SAMPLE_ARTICLE}`);
    expect(await page.locator('select[name="article"]').inputValue()).toBe(SAMPLE_ARTICLE);
    await expect
      .poll(
        async () => {
          const off = (await resultHrefs(page)).filter((h) => new URL(h).pathname !== path);
          return off.join(' ');
        },
        { timeout: 20_000, message: '结果里有别的文章' },
      )
      .toBe('');
  });

  it('从任何页面顶部的搜索框搜索，到达搜索页并看到结果', async () => {
    const { page } = await site.open('/', { viewport: { width: 1280, height: 800 } });
    const box = page.locator('header input[name="q"]').first();
    expect(await box.count(), '页头没有搜索框（header input[name=q]）').toBe(1);
    await box.fill('三会一课');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/', { timeout: 20_000 });
    await expect
      .poll(() =>
        page
          .locator('input#search-q')
          .inputValue()
          .catch(() => ''),
      )
      .toBe('三会一课');
    await waitForResults(page, '三会一课');
  });

  it('结果多于一页时先显示 20 条，点“再显示”接着列出后面的，前面的不变', async () => {
    const { page } = await openSearch();
    await search(page, '社区');
    const links = page.locator(RESULT_LINKS);
    const more = page.locator('button#search-more');
    await expect.poll(() => links.count(), { message: '“社区”的第一页应有 20 条结果' }).toBe(20);
    expect(await more.isVisible(), '结果多于 20 条时应有“再显示”按钮').toBe(true);
    expect(await more.innerText()).toMatch(/^再显示 20 条（还有 \d+ 条）$/);
    const first = await resultHrefs(page);
    await more.click();
    await expect.poll(() => links.count(), { timeout: 20_000, message: '点“再显示”后应有 40 条结果' }).toBe(40);
    const both = await resultHrefs(page);
    expect(both.slice(0, 20)).toEqual(first);
    expect(new Set(both).size, '第二页与第一页有重复的结果').toBe(40);
    const excerpts = await page.locator('ol#search-results > li .search-hit-excerpt').allInnerTexts();
    expect(
      excerpts.filter((e) => !e.includes('社区')),
      '有结果的摘录里没有“社区”',
    ).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toMatch(/已显示前 40 条/);
  });

  it('每个筛选框都在，角色筛选有 problem/cause/countermeasure 三个值', async () => {
    const { page } = await openSearch();
    for (const name of ['role', 'theme', 'article', 'year']) {
      expect(await page.locator(`select[name="${name}"]`).count(), `/search/ 上没有 select[name=${name}]`).toBe(1);
    }
    const values = await page
      .locator('select[name="role"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(expect.arrayContaining(['problem', 'cause', 'countermeasure']));
  });
});

describe('排序与繁简', () => {
  it('“流动党员”：标题含这个词的结果在前，以它命名的议题排在只在正文里提到它的结果之前', async () => {
    const { page } = await openSearch('/search/?q=流动党员');
    await waitForResults(page, '流动党员');
    const rows = await page
      .locator('ol#search-results > li')
      .evaluateAll((lis) =>
        lis.map((li) => ({ title: li.querySelector('a')?.textContent ?? '', kind: (li as HTMLElement).dataset.kind })),
      );
    const named = rows.map((r) => r.title.includes('流动党员'));
    expect(named[0], `第一条结果“${rows[0]?.title}”的标题不含“流动党员”`).toBe(true);
    expect(named).toEqual([...named].sort((a, b) => Number(b) - Number(a)));
    const theme = rows.findIndex((r) => r.kind === 'theme' && r.title.includes('流动党员'));
    expect(theme, '没有以“流动党员”命名的议题').toBeGreaterThanOrEqual(0);
    expect(theme).toBeLessThan(named.indexOf(false) < 0 ? rows.length : named.indexOf(false));
  });

  it('繁体“黨建”与简体“党建”找到同样的结果，并说明按简体搜索', async () => {
    const { page } = await openSearch('/search/?q=党建');
    await waitForResults(page, '党建');
    const simplified = await resultHrefs(page);
    const visit = await openSearch('/search/?q=黨建');
    await waitForResults(visit.page, '黨建');
    expect(await resultHrefs(visit.page)).toEqual(simplified);
    await expect.poll(() => visit.page.locator('#search-status').innerText()).toContain('按简体“党建”搜索');
  });

  it('点开结果后，落到的条目有醒目的标记，搜索词也标出', async () => {
    const { page } = await openSearch('/search/?q=流动党员');
    await waitForResults(page, '流动党员');
    await page.locator(RESULT_LINKS).first().click();
    await page.waitForURL((u) => u.hash.length > 1);
    const id = itemIdOf(page.url());
    const marked = await page.locator(byId(id)).evaluate((el) => {
      const bg = getComputedStyle(el).backgroundColor;
      const page = getComputedStyle(document.body).backgroundColor;
      return {
        differs: bg !== page && bg !== 'rgba(0, 0, 0, 0)',
        label: getComputedStyle(el.querySelector('.item-head')!, '::after').content,
      };
    });
    expect(marked.differs, '落到的条目背景与页面相同').toBe(true);
    expect(marked.label).toContain('链接所指的条目');
    // The words searched for are marked in that item.
    await expect.poll(() => page.locator(`${byId(id)} mark`).allInnerTexts()).toContain('流动党员');
  });
});
