/**
 * Printing a theme's study pack (/themes/<id>/study/) and a curriculum to A4 PDF, as Chromium prints them:
 * a sensible number of pages, no item split across two pages when it fits on one, no navigation, the theme's
 * name as running header on every page, item addresses visible, and QR codes only when the site has a public URL.
 *
 * Splitting is checked on the PDF itself: pdfjs-dist extracts each page's text, and every item's first line
 * (its start marker) must be on the same page as its last line (its end marker). The markers are read from the
 * rendered page (innerText under print media), so they are exactly what gets printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RESULTS, describeMissing, isLocal, useSite, writeResult, type Visit } from './harness.ts';

const site = useSite();

const THEME = 'funding-venues';
const THEME_NAME = '经费与阵地保障';
const PACK = `/themes/${THEME}/study/`;
const CURRICULUM = `/curricula/${THEME}/`;

const PX_PER_MM = 96 / 25.4;
/**
 * Items are measured in a window about as wide as an A4 page's text block (slightly narrower, so they measure
 * a little taller than printed) and count as "fitting on a page" below this height — a little less than the text
 * block of either page style (the pack: 297 − 22 − 20 = 255 mm; site.css: 297 − 2 × 18 = 261 mm).
 */
const MEASURE_WIDTH_MM = 170;
const FITS_MM = 250;

/** The site's public URL as the build wrote it (content/site.yaml `url:`); empty in the sample. */
function configuredUrl(): string {
  const file = 'content/generated/site.json';
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { url?: string }).url ?? '') : '';
}

// ---- PDF text ----------------------------------------------------------------------------------------------

/**
 * What a PDF page "says", for matching: NFKC (Chromium's PDFs map some ideographs to their Kangxi-radical code
 * points, e.g. 入 → ⼊, and full-width punctuation to ASCII after NFKC on both sides) without any white space
 * (pdfjs adds spaces around half-width punctuation and breaks lines anywhere).
 */
function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(squash(content.items.map((i) => ('str' in i ? i.str : '')).join('')));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/**
 * A pattern for printed text as it comes out of the PDF: an ideograph may also come back as a CJK
 * radical-supplement code point NFKC does not map back (Chromium writes 页 as ⻚, 门 as ⻔, 见 as ⻅ …).
 */
function printed(text: string): RegExp {
  const source = [...squash(text)]
    .map((ch) => {
      const escaped = ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return /\p{Script=Han}/u.test(ch) ? `(?:${escaped}|[\\u2E80-\\u2EFF])` : escaped;
    })
    .join('');
  return new RegExp(source, 'gu');
}

/** 1-based page numbers, one per occurrence of `text` (a page with two occurrences appears twice). */
function occurrences(pages: string[], text: string): number[] {
  const pattern = printed(text);
  return pages.flatMap((page, i) => Array.from(page.matchAll(pattern), () => i + 1));
}

// ---- Items on the page ---------------------------------------------------------------------------------------

interface Printed {
  id: string;
  /** First and last printed line of the item (innerText of the given parts under print media). */
  start: string;
  end: string;
  heightMm: number;
}

/** Each item's start and end marker and its printed height (call with print media emulated). */
async function printedItems(page: Page, selectors: { item: string; start: string; end: string }): Promise<Printed[]> {
  await page.setViewportSize({ width: Math.round(MEASURE_WIDTH_MM * PX_PER_MM), height: 1000 });
  return page.evaluate(
    ({ s, pxPerMm }) =>
      [...document.querySelectorAll<HTMLElement>(s.item)].map((el, i) => ({
        id: el.id || el.querySelector<HTMLElement>('.item-id')?.innerText.trim() || `第 ${i + 1} 个条目`,
        start: el.querySelector<HTMLElement>(s.start)?.innerText ?? '',
        end: el.querySelector<HTMLElement>(s.end)?.innerText ?? '',
        heightMm: el.getBoundingClientRect().height / pxPerMm,
      })),
    { s: selectors, pxPerMm: PX_PER_MM },
  );
}

/**
 * Items split across pages although they would fit on one, described for a person. The k-th item with given
 * markers is matched with the k-th occurrence of those markers, so an item cited twice is checked twice.
 */
function splitItems(pages: string[], items: Printed[]): { split: string[]; tooTall: string[] } {
  const split: string[] = [];
  const tooTall: string[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = `${item.start}\u0000${item.end}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const first = occurrences(pages, item.start)[k];
    const last = occurrences(pages, item.end)[k];
    if (item.heightMm > FITS_MM) {
      tooTall.push(`${item.id}（约 ${Math.round(item.heightMm)} mm 高）`);
      continue;
    }
    if (first === undefined || last === undefined || first !== last) {
      const where = (p: number | undefined, what: string) =>
        p === undefined ? `${what}不在任何一页上（被分页截断？）` : `${what}在第 ${p} 页`;
      split.push(
        `${item.id}：${where(first, '开头')}，${where(last, '结尾')}（约 ${Math.round(item.heightMm)} mm 高，一页放得下）`,
      );
    }
  }
  return { split, tooTall };
}

/** Prints the page as a person would (print media, A4, no background) and returns the PDF and its page texts. */
async function printA4(visit: Visit, file: string): Promise<{ pdf: Buffer; pages: string[] }> {
  await visit.page.emulateMedia({ media: 'print' });
  const pdf = await visit.page.pdf({ format: 'A4', printBackground: false });
  writeResult(`${RESULTS}/${file}`, pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { pdf, pages: await pdfPageTexts(pdf) };
}

async function openPrint(path: string): Promise<Visit> {
  const visit = await site.open(path, { viewport: { width: 1280, height: 800 }, media: 'print' });
  if (visit.response?.status() !== 200) throw new Error(describeMissing(path, visit.response));
  return visit;
}

/** The sidebar's links, none of which may be printed (数据下载 is the last of them). */
const SIDEBAR_WORDS = ['数据下载', '问题—对策矩阵', '相似段落'];

describe('专题学习材料', () => {
  it('议题页链接到专题学习材料', async () => {
    const visit = await site.open(`/themes/${THEME}/`);
    if (visit.response?.status() !== 200) throw new Error(describeMissing(`/themes/${THEME}/`, visit.response));
    expect(await visit.page.locator(`a[href="${PACK}"]`).count(), `议题页上没有指向 ${PACK} 的链接`).toBe(1);
  });

  it('屏幕上：一个 h1、议题定义、每个条目带类别、编号、网址和引文编号；没有站外请求', async () => {
    const visit = await site.open(PACK, { viewport: { width: 1280, height: 800 } });
    const { page } = visit;
    if (visit.response?.status() !== 200) throw new Error(describeMissing(PACK, visit.response));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toContain(THEME_NAME);
    expect(await page.locator('.study-definition').innerText()).toContain('费随事转');
    const items = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.study-item')].map((el) => ({
        id: el.id,
        role: el.querySelector<HTMLElement>('.role-label')?.innerText ?? '',
        title: el.querySelector('h3')?.textContent ?? '',
        n: el.querySelector('h3 .citation')?.textContent ?? '',
        url: el.querySelector<HTMLElement>('.study-url')?.innerText ?? '',
        text: el.querySelector<HTMLElement>('.study-item-text')?.innerText ?? '',
      })),
    );
    expect(items.map((i) => i.id)).toEqual([
      'csdj8-5-problem-2',
      'csdj8-7-problem-2',
      'csdj8-8-problem-3',
      'csdj8-8-problem-4',
      'csdj8-3-measure-2',
      'csdj8-6-measure-6',
      'csdj8-7-measure-4',
      'csdj8-8-measure-3',
    ]);
    expect(items.map((i) => `${i.role}${i.n}`)).toEqual([
      '问题[1]',
      '问题[2]',
      '问题[3]',
      '问题[3]',
      '对策[4]',
      '对策[5]',
      '对策[2]',
      '对策[3]',
    ]);
    for (const i of items) {
      expect(i.url, i.id).toContain(`/articles/${i.id.replace(/-(problem|cause|measure)-\d+$/, '')}/#${i.id}`);
      expect(i.text.length, `${i.id} 没有正文`).toBeGreaterThan(20);
    }
    // The references: five articles, in order of first citation.
    expect(await page.locator('.cited-references li').count()).toBe(5);
    expect(
      visit.requests.map((r) => r.url()).filter((u) => !isLocal(u, site.base)),
      '站外请求',
    ).toEqual([]);
    expect(visit.consoleErrors).toEqual([]);
  });

  it('二维码只在配置了网站地址时出现；未配置时没有二维码、也没有绝对地址的链接', async () => {
    const visit = await site.open(PACK, { viewport: { width: 1280, height: 800 } });
    const { page } = visit;
    if (visit.response?.status() !== 200) throw new Error(describeMissing(PACK, visit.response));
    const url = configuredUrl();
    const qr = await page.locator('svg.qr').count();
    const items = await page.locator('.study-item').count();
    const hrefs = await page
      .locator('.study-pack a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    if (!url) {
      expect(qr, '示例网站没有配置 url:，不应有二维码').toBe(0);
      expect(
        hrefs.filter((h) => !h.startsWith('/') && !h.startsWith('#')),
        '没有配置网站地址时出现的绝对链接',
      ).toEqual([]);
      expect(await page.locator('.study-url').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\/articles\//)]),
      );
    } else {
      expect(qr, `配置了 url: ${url}，每个条目都应有二维码`).toBe(items);
      // absoluteUrl() resolves the root-relative page address against the configured URL.
      const first = await page.locator('.study-item').first().getAttribute('id');
      expect(await page.locator('.study-url').first().innerText()).toBe(
        new URL(`/articles/${first!.replace(/-(problem|cause|measure)-\d+$/, '')}/#${first}`, url).href,
      );
    }
  });

  it('打印成 A4：页数合理，条目不跨页，每页页眉印议题名称、页脚印页码，不印导航，印出条目网址', async () => {
    const visit = await openPrint(PACK);
    const { page } = visit;
    const items = await printedItems(page, { item: '.study-item', start: '.study-item-head', end: '.study-end' });
    expect(items.length).toBe(8);
    for (const i of items) {
      expect(squash(i.start), `${i.id} 的开头没有印出编号`).toContain(i.id);
      expect(squash(i.end), `${i.id} 的结尾标记`).toBe(squash(`（${i.id} 完）`));
    }
    const urls = await page.locator('.study-url').allInnerTexts();
    const controls = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'nav, button, input:not([type="hidden"]), select, textarea, starlight-toc, mobile-starlight-toc',
        ),
      ]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`),
    );
    expect([...new Set(controls)], '打印时仍显示的导航、按钮或输入框').toEqual([]);

    const { pdf, pages } = await printA4(visit, 'study-pack.pdf');
    console.log(
      `[study] ${PACK} → ${RESULTS}/study-pack.pdf：${pages.length} 页 A4，${(pdf.length / 1024).toFixed(0)} KB`,
    );
    expect(pages.length, '8 个条目加定义和参考文献，应多于 1 页').toBeGreaterThan(1);
    expect(pages.length).toBeLessThan(30);

    const { split, tooTall } = splitItems(pages, items);
    if (tooTall.length) console.log(`[study] 一页放不下、允许跨页的条目：${tooTall.join('、')}`);
    expect(split, '跨页的条目').toEqual([]);

    const header = printed(`${THEME_NAME} · 专题学习材料`);
    expect(pages.map((p, i) => (p.match(header) ? 0 : i + 1)).filter(Boolean), '页眉没有议题名称的页').toEqual([]);
    expect(
      pages.map((p, i) => (p.match(printed(`第 ${i + 1} 页，共 ${pages.length} 页`)) ? 0 : i + 1)).filter(Boolean),
      '页脚没有页码的页',
    ).toEqual([]);

    const all = pages.join('');
    for (const word of SIDEBAR_WORDS) expect(all.match(printed(word)), `PDF 里印出了侧栏的“${word}”`).toBeNull();
    expect(urls.length).toBe(8);
    for (const u of urls) expect(all.match(printed(u)), `PDF 里看不到条目网址 ${u}`).not.toBeNull();
    expect(all.match(printed('参考文献')), 'PDF 里没有参考文献').not.toBeNull();
    expect(visit.consoleErrors).toEqual([]);
  });
});

describe('培训课程打印', () => {
  it('课程页打印成 A4：页数合理，引用的条目不跨页，不印导航', async () => {
    const visit = await openPrint(CURRICULUM);
    const { page } = visit;
    // A cited item: role label, title and citation number at the top; source, id and address at the bottom.
    const items = await printedItems(page, { item: 'figure.cited-item', start: '.item-head', end: 'figcaption' });
    expect(items.length, `${CURRICULUM} 上没有引用条目（figure.cited-item）`).toBeGreaterThan(0);
    for (const i of items) expect(i.start && i.end, `${i.id} 的开头或结尾没有印出来`).toBeTruthy();

    const { pdf, pages } = await printA4(visit, 'curriculum-print.pdf');
    console.log(
      `[study] ${CURRICULUM} → ${RESULTS}/curriculum-print.pdf：${pages.length} 页 A4，${(pdf.length / 1024).toFixed(0)} KB`,
    );
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThan(30);

    const { split, tooTall } = splitItems(pages, items);
    if (tooTall.length) console.log(`[study] 一页放不下、允许跨页的条目：${tooTall.join('、')}`);
    expect(split, '跨页的引用条目').toEqual([]);

    const all = pages.join('');
    for (const word of SIDEBAR_WORDS) expect(all.match(printed(word)), `PDF 里印出了侧栏的“${word}”`).toBeNull();
    expect(visit.consoleErrors).toEqual([]);
  });
});
