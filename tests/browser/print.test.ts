/**
 * Printing an article (A4, as cadres do for meetings): navigation, sidebar and search are gone, no buttons end
 * up on paper, and every item shows its id or address so a printed page can be cited and found again.
 * Checked twice: in the page under print media, and in the text of the PDF Chromium prints (pdfjs-dist).
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RESULTS, SAMPLE_ARTICLE, SAMPLE_THEME, describeMissing, useSite, writeResult, type Visit } from './harness.ts';

const site = useSite();
const path = `/articles/${SAMPLE_ARTICLE}/`;

/** Text of each PDF page; NFKC because CJK fonts map some glyphs to compatibility code points (⼯ → 工). */
async function pdfText(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : ''))
        .join('')
        .normalize('NFKC'),
    );
  }
  await task.destroy();
  return pages;
}

describe('打印', () => {
  let visit: Visit | undefined;
  let pages: string[] = [];

  async function printed(): Promise<Visit> {
    if (visit) return visit;
    const v = await site.open(path, { viewport: { width: 1280, height: 800 }, media: 'print' });
    if (v.response?.status() !== 200) throw new Error(describeMissing(path, v.response));
    const pdf = await v.page.pdf({ format: 'A4', printBackground: true });
    writeResult(`${RESULTS}/article-print.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    pages = await pdfText(pdf);
    console.log(
      `[print] ${path} → ${RESULTS}/article-print.pdf：${pages.length} 页 A4，${(pdf.length / 1024).toFixed(0)} KB`,
    );
    visit = v;
    return v;
  }

  it('文章页打印成 A4：不印导航、侧栏和搜索框', async () => {
    const { page } = await printed();
    const shown = await page.evaluate(() => {
      const selectors = [
        'nav',
        '#starlight__sidebar',
        '.sidebar-pane',
        '.site-search',
        'starlight-toc',
        'mobile-starlight-toc',
        'starlight-menu-button',
      ];
      return selectors.flatMap((sel) =>
        [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((el) => el.checkVisibility({ visibilityProperty: true }))
          .map((el) => `${sel}${el.getAttribute('aria-label') ? `（${el.getAttribute('aria-label')}）` : ''}`),
      );
    });
    expect(shown, '打印时仍然显示的导航/侧栏/搜索').toEqual([]);
    // The sidebar's section names (which never occur in an article) must not be on paper.
    const text = pages.join('\n');
    for (const label of ['问题—对策矩阵', '相似段落', '数据下载']) {
      expect(text.includes(label), `打印出的 PDF 里有侧栏导航“${label}”`).toBe(false);
    }
  });

  it('打印出的每个条目都带编号或网址', async () => {
    const { page } = await printed();
    const items = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.item')].map((el) => {
        const href = el.querySelector<HTMLElement>('.copy-link')?.dataset.href ?? '';
        const text = el.innerText; // rendered text: excludes what print CSS hides
        const absolute = href ? new URL(href, location.href).href : '';
        return {
          id: el.id,
          shown: !!el.id && (text.includes(el.id) || (!!href && (text.includes(href) || text.includes(absolute)))),
        };
      }),
    );
    expect(items.length, `${path} 上没有 <section class="item">`).toBeGreaterThan(0);
    expect(
      items.filter((i) => !i.shown).map((i) => i.id),
      '打印样式下看不到编号或网址的条目',
    ).toEqual([]);
    const text = pages.join('\n');
    expect(
      items.filter((i) => !text.includes(i.id)).map((i) => i.id),
      'PDF 文字里找不到这些条目编号',
    ).toEqual([]);
    expect(visit!.consoleErrors).toEqual([]);
  });

  it('纸上没有按钮、输入框之类只能在屏幕上用的控件', async () => {
    const { page } = await printed();
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>${(el.textContent ?? '').trim().slice(0, 20)}`,
        ),
    );
    expect([...new Set(controls)], '打印时仍显示的控件').toEqual([]);
  });
});

/** A page printed to an A4 PDF, and the text of each PDF page. */
async function printPdf(at: string): Promise<{ visit: Visit; pages: string[] }> {
  const visit = await site.open(at, { viewport: { width: 1280, height: 800 }, media: 'print' });
  if (visit.response?.status() !== 200) throw new Error(describeMissing(at, visit.response));
  const pdf = await visit.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return { visit, pages: await pdfText(pdf) };
}

describe('打印：页眉页码、整页、完整网址', () => {
  it.each([
    { name: '文章', at: '/articles/csdj8-7/' },
    { name: '培训课程', at: '/curricula/funding-venues/' },
  ])('$name：每页印着页眉（页面标题）和“第 N 页，共 M 页”', async ({ at }) => {
    const { visit, pages } = await printPdf(at);
    const title = (await visit.page.title()).split(' | ')[0];
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      // The CJK font maps 页 to the radical ⻚ and NFKC turns ， into , in the PDF's text.
      expect(text.replace(/\s+/g, ''), `第 ${i + 1} 页没有页码`).toMatch(
        new RegExp(`第${i + 1}[页⻚][，,]共${pages.length}[页⻚]`),
      );
      expect(text.replace(/\s+/g, ''), `第 ${i + 1} 页没有页眉`).toContain(title.replace(/\s+/g, '').slice(0, 12));
    });
  });

  it('文章不会印成许多半空的页：除最后一页外，每页的字数至少是最满一页的一半', async () => {
    const { pages } = await printPdf('/articles/csdj8-7/');
    const chars = pages.map((p) => p.replace(/\s+/g, '').length);
    const fullest = Math.max(...chars);
    const sparse = chars.slice(0, -1).flatMap((n, i) => (n < fullest / 2 ? [`第 ${i + 1} 页 ${n} 字`] : []));
    expect(sparse, `各页字数：${chars.join('、')}`).toEqual([]);
  });

  it('正文里的链接印出完整网址（站点地址开头）；议题页的学习材料链接也印出来', async () => {
    const visit = await site.open(`/themes/${SAMPLE_THEME}/`, {
      viewport: { width: 1280, height: 800 },
      media: 'print',
    });
    const after = await visit.page.locator('.study-link a').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${site.base}/themes/${SAMPLE_THEME}/study/`);
    const item = await site.open(`/articles/${SAMPLE_ARTICLE}/`, {
      viewport: { width: 1280, height: 800 },
      media: 'print',
    });
    const address = await item.page
      .locator('section.item .item-id')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(address).toContain(`${site.base}/articles/${SAMPLE_ARTICLE}/#`);
  });
});
