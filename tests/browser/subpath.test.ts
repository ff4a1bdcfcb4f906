/**
 * A site served under a sub-path of its host (site.yaml `url: https://example.org/kb/`): built once in a copy of the
 * project and served under /kb/ only, as on a host where the site is one folder (addresses outside it are not
 * found). Every link and asset in the built HTML and CSS must stay under /kb/ and lead to a file the build wrote;
 * search, the sitemap, canonical links and the study pack's QR addresses must carry the sub-path.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.ts';
import { withoutBase } from '../../src/lib/site-path.ts';
import { scratchSite } from '../scratch-site.ts';
import { useSite } from './harness.ts';
import { runBuild } from './run-build.ts';

const BASE = '/kb/';
const SITE_URL = `https://example.org${BASE}`;
let dist = '';

const site = useSite(async () => {
  const dir = scratchSite();
  writeFileSync(join(dir, 'content/site.yaml'), `url: ${SITE_URL}\n`);
  const { code, output } = await runBuild(dir);
  if (code !== 0)
    throw new Error(`子路径网站构建失败（退出码 ${code}）：\n${output.trim().split('\n').slice(-30).join('\n')}`);
  dist = join(dir, 'dist');
  const server = await serveDist(dist, 0, BASE);
  return {
    base: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

/** Every file under `dir`, as paths relative to it with `/`. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The public address a built file is served at (`articles/a/index.html` → `https://example.org/kb/articles/a/`). */
const pageUrl = (file: string) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), SITE_URL).href;

/** Whether the built site has a file at a public path under the base (a folder: its index.html). */
function built(pathname: string): boolean {
  const path = join(dist, decodeURIComponent(withoutBase(pathname, BASE)));
  return existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'index.html')));
}

/** Links and assets of one HTML page: every href, src, srcset entry, form action and og:url/og:image. */
function addressesIn(html: string): string[] {
  const { document } = parseHTML(html);
  const values: string[] = [];
  for (const el of document.querySelectorAll('[href], [src], [action], [srcset], meta[property^="og:"]')) {
    for (const name of ['href', 'src', 'action']) {
      const v = el.getAttribute(name);
      if (v !== null) values.push(v);
    }
    for (const part of (el.getAttribute('srcset') ?? '').split(','))
      if (part.trim()) values.push(part.trim().split(/\s+/)[0]);
    const property = el.getAttribute('property');
    if (property === 'og:url' || property === 'og:image') values.push(el.getAttribute('content') ?? '');
  }
  return values;
}

/** What is wrong with an address found in `file`, or undefined when it stays in the site and leads to something. */
function escapes(value: string, from: string): string | undefined {
  if (/^(#|data:|mailto:|javascript:void)/.test(value)) return undefined;
  const target = new URL(value, from);
  if (target.origin !== new URL(SITE_URL).origin) return undefined;
  if (!target.pathname.startsWith(BASE)) return `在子路径 ${BASE} 之外`;
  return built(target.pathname) ? undefined : '构建结果里没有这个文件';
}

describe(`网站放在子路径 ${BASE} 下（site.yaml url: ${SITE_URL}）`, () => {
  it('每个页面的链接、资源、表单地址都在子路径下，且都指向构建出的文件', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files(dist).filter((f) => f.endsWith('.html'))) {
      // The 404 page is served at any missing address: its links must not depend on where it was opened. Its
      // canonical address (…/404/, as Astro names the route) is the one page address no file answers.
      const notFound = file === '404.html';
      const from = notFound ? `${SITE_URL}no/such/page/` : pageUrl(file);
      for (const value of addressesIn(readFileSync(join(dist, file), 'utf8'))) {
        checked++;
        const wrong = notFound && value === `${SITE_URL}404/` ? undefined : escapes(value, from);
        if (wrong) problems.push(`${file}：${value}（${wrong}）`);
      }
    }
    expect(problems).toEqual([]);
    // The sample site has 85 pages and 4,661 addresses in them: a crawl that found few read the wrong folder.
    expect(checked).toBeGreaterThan(4000);
  });

  it('样式表里引用的文件（url(…)）也在子路径下', () => {
    const problems: string[] = [];
    for (const file of files(dist).filter((f) => f.endsWith('.css'))) {
      for (const [, raw] of readFileSync(join(dist, file), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        const wrong = escapes(raw, pageUrl(file));
        if (wrong) problems.push(`${file}：${raw}（${wrong}）`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('规范链接和网站地图都是带子路径的完整网址', () => {
    const index = readFileSync(join(dist, 'articles/csdj8-1/index.html'), 'utf8');
    expect(index).toContain(`<link rel="canonical" href="${SITE_URL}articles/csdj8-1/"/>`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${SITE_URL}articles/csdj8-1/`);
    expect(locs.filter((l) => !l.startsWith(SITE_URL))).toEqual([]);
    expect(locs.filter((l) => !built(new URL(l).pathname))).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${SITE_URL}sitemap-0.xml</loc>`);
  });

  it('搜索：页首搜索框提交到子路径下的搜索页，结果链接在子路径下，点开落在条目上', async () => {
    const visit = await site.open(BASE);
    const { page } = visit;
    expect(visit.response?.status()).toBe(200);
    await page.locator('#site-search-q').fill('流动党员');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL((u) => u.pathname === `${BASE}search/`);
    const results = page.locator('ol#search-results > li > a[href]');
    await results.first().waitFor({ state: 'attached', timeout: 20_000 });
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(`${BASE}articles/`) && !h.startsWith(`${BASE}themes/`))).toEqual([]);

    await results.first().click();
    await page.waitForURL((u) => u.pathname.startsWith(`${BASE}articles/`) && u.hash.length > 1);
    expect(await page.locator(':target').count(), '点开结果后没有落在条目上').toBe(1);
    // Pagefind, its index, the variants table and every page asset were fetched under /kb/ and found.
    const outside = visit.requests
      .map((r) => r.url())
      .filter((u) => /^https?:/.test(u) && !new URL(u).pathname.startsWith(BASE));
    expect(outside).toEqual([]);
    expect(visit.responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`)).toEqual([]);
    expect(visit.requests.some((r) => r.url().includes(`${BASE}pagefind/pagefind.js`))).toBe(true);
    expect(visit.consoleErrors).toEqual([]);
  });

  it('专题学习材料：印出的网址和二维码指向子路径下的条目', async () => {
    const visit = await site.open(`${BASE}themes/funding-venues/study/`);
    expect(visit.response?.status()).toBe(200);
    const urls = await visit.page.locator('.study-url').allInnerTexts();
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(`${SITE_URL}articles/`))).toEqual([]);
    expect(await visit.page.locator('svg.qr').count()).toBe(urls.length);
    const label = await visit.page.locator('svg.qr').first().getAttribute('aria-label');
    expect(label).toBe(`二维码：${urls[0]}`);
  });

  it('子路径下不存在的地址显示本站的 404 页面，页面上的链接回到子路径下', async () => {
    const visit = await site.open(`${BASE}articles/no-such-article/`);
    expect(visit.response?.status()).toBe(404);
    const hrefs = await visit.page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(BASE);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
  });
});
