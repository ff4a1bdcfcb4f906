/**
 * Browser-test harness. A test file does:
 *
 *   import { describe, expect, it } from 'vitest';
 *   import { useSite } from './harness.ts';
 *
 *   const site = useSite();                       // connects to the shared Chromium in beforeAll
 *   it('首页有标题', async () => {
 *     const v = await site.open('/');              // new context + page, console and requests recorded
 *     expect(await v.page.locator('h1').count()).toBe(1);
 *     expect(v.consoleErrors).toEqual([]);
 *   });                                            // contexts are closed in afterAll (or call v.close())
 *
 * The site is built and served once by global-setup.ts; `site.url('/x/')` is its absolute address.
 * When Chromium is missing or the build failed, every test using `useSite()` fails with the reason (in Chinese).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Response } from 'playwright-core';

export const MOBILE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
export const RESULTS = 'test-results';
export const SCREENSHOTS = `${RESULTS}/screenshots`;

/** The label a person reads for each role (the colour is only a second cue). */
export const ROLE_LABEL = { problem: '问题', cause: '原因', countermeasure: '对策' } as const;
export type Role = keyof typeof ROLE_LABEL;
/** Item ids carry the role: `csdj8-7-problem-3`, `…-cause-1`, `…-measure-2` (README, "稳定标识"). */
export const ID_ROLE: Record<string, Role> = { problem: 'problem', cause: 'cause', measure: 'countermeasure' };
export function roleOfItemId(id: string): Role | undefined {
  const m = /-(problem|cause|measure)-\d+$/.exec(id);
  return m ? ID_ROLE[m[1]] : undefined;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** e.g. ['clipboard-read', 'clipboard-write'], granted for the site's origin. */
  permissions?: string[];
  /** Wait for this load state after navigation (default 'load'). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Emulate this media type before loading (e.g. 'print'). */
  media?: 'screen' | 'print';
  /** The system colour scheme the page sees (default: Chromium's, light). */
  colorScheme?: 'light' | 'dark';
  /** false opens the page as a reader with JavaScript turned off. */
  javaScriptEnabled?: boolean;
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** The main document's response (null for same-document navigations). */
  response: Response | null;
  /** console.error messages and uncaught page errors, in order. */
  consoleErrors: string[];
  /** Every request the page made (including failed ones), in order. */
  requests: Request[];
  /** Every response received, in order. */
  responses: Response[];
  /** Opens another page in the same context (records into the same lists). */
  newPage(path?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface Site {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly browser: Browser;
  url(path: string): string;
  /** A fresh browser context (own cookies, storage, cache) with one page opened at `path`. */
  open(path: string, options?: OpenOptions): Promise<Visit>;
  /** Like open(), without navigating. */
  blank(options?: OpenOptions): Promise<Visit>;
}

/** A site other than the sample's, served for one test file: its address and how to stop serving it. */
export interface ServedSite {
  base: string;
  close(): Promise<void>;
}

/**
 * Registers beforeAll/afterAll that connect to the shared Chromium; returns the site handle.
 * By default the site is the sample corpus's, built and served by global-setup.ts; `serve` gives another.
 */
export function useSite(serve?: () => Promise<ServedSite>): Site {
  let browser: Browser | undefined;
  let served: ServedSite | undefined;
  let base = '';
  const visits: Visit[] = [];

  beforeAll(async () => {
    const error = inject('setupError');
    if (error) throw new Error(error);
    browser = await chromium.connect(inject('wsEndpoint'), { timeout: 30_000 });
    served = serve ? await serve() : undefined;
    base = served?.base ?? inject('baseURL');
  });
  afterAll(async () => {
    await Promise.allSettled(visits.map((v) => v.close()));
    await browser?.close();
    await served?.close();
  });

  const site: Site = {
    get base() {
      return base;
    },
    get browser() {
      if (!browser) throw new Error('浏览器尚未连接（useSite() 的 beforeAll 失败了？）');
      return browser;
    },
    url: (path) => new URL(path, `${base}/`).href,
    async blank(options = {}) {
      const context = await site.browser.newContext({
        viewport: options.viewport ?? MOBILE,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        serviceWorkers: 'block',
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      if (options.permissions) await context.grantPermissions(options.permissions, { origin: base });
      const consoleErrors: string[] = [];
      const requests: Request[] = [];
      const responses: Response[] = [];
      context.on('request', (r) => requests.push(r));
      context.on('response', (r) => responses.push(r));
      const watch = async (p: Page) => {
        p.on('console', (m) => {
          if (m.type() === 'error')
            consoleErrors.push(`${m.text()}${m.location().url ? ` （${m.location().url}）` : ''}`);
        });
        p.on('pageerror', (e) => consoleErrors.push(`未捕获的异常：${e.message}`));
        if (options.media) await p.emulateMedia({ media: options.media });
      };
      const page = await context.newPage();
      await watch(page);
      const visit: Visit = {
        page,
        context,
        response: null,
        consoleErrors,
        requests,
        responses,
        async newPage(path) {
          const p = await context.newPage();
          await watch(p);
          if (path) await p.goto(site.url(path), { waitUntil: options.waitUntil ?? 'load' });
          return p;
        },
        close: () => context.close().catch(() => {}),
      };
      visits.push(visit);
      return visit;
    },
    async open(path, options = {}) {
      const visit = await site.blank(options);
      visit.response = await visit.page.goto(site.url(path), { waitUntil: options.waitUntil ?? 'load' });
      return visit;
    },
  };
  return site;
}

/** Fails with a readable message when a page is not there (yet): status and the URL. */
export function describeMissing(path: string, response: Response | null): string {
  return `${path} 返回 HTTP ${response?.status() ?? '（无响应）'}：这个页面还不存在或构建出错`;
}

/** True when the element's box intersects the viewport (what "scrolled into view" means for a person). */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const vh = window.innerHeight || document.documentElement.clientHeight;
    const vw = window.innerWidth || document.documentElement.clientWidth;
    return r.height > 0 && r.width > 0 && r.top < vh && r.bottom > 0 && r.left < vw && r.right > 0;
  }, selector);
}

/** `#id` as a CSS selector, safe for ids with any characters. */
export function byId(id: string): string {
  return `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

/** A request that stays on the site: same origin as the server, or data:/blob:. */
export function isLocal(url: string, base: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

export function writeResult(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

// ---- Sample pages, chosen from the built corpus so they have something on them -------------------------

interface CorpusLite {
  themes?: { id: string }[];
  sources: { articles: { slug: string; items: { id: string; role: Role; themes?: { theme: string }[] }[] }[] }[];
}

function readCorpus(): CorpusLite | undefined {
  const file = 'dist/data/corpus.json';
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CorpusLite;
  } catch {
    return undefined;
  }
}

const corpus = readCorpus();
const articles = corpus?.sources.flatMap((s) => s.articles) ?? [];

/** The sample article with the most items (csdj8-2 in the sample corpus; csdj8-1 is abstract-only). */
export const SAMPLE_ARTICLE: string =
  [...articles].sort((a, b) => b.items.length - a.items.length || a.slug.localeCompare(b.slug))[0]?.slug ?? 'csdj8-2';

/** The theme tagged on the most items. */
export const SAMPLE_THEME: string = (() => {
  const count = new Map<string, number>();
  for (const a of articles)
    for (const i of a.items) for (const t of i.themes ?? []) count.set(t.theme, (count.get(t.theme) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return best ?? corpus?.themes?.[0]?.id ?? 'member-education';
})();

/** The main pages every check runs on. */
export const MAIN_PAGES: { name: string; path: string }[] = [
  { name: '首页', path: '/' },
  { name: '文章列表', path: '/articles/' },
  { name: '文章', path: `/articles/${SAMPLE_ARTICLE}/` },
  { name: '原文对照', path: `/articles/${SAMPLE_ARTICLE}/source/` },
  { name: '议题列表', path: '/themes/' },
  { name: '议题', path: `/themes/${SAMPLE_THEME}/` },
  { name: '矩阵', path: '/matrix/' },
  { name: '各篇矩阵与缺口', path: '/matrix/articles/' },
  { name: '相似段落', path: '/passages/' },
  { name: '搜索', path: '/search/' },
  { name: '数据下载', path: '/data/' },
  { name: '编码一致性', path: '/agreement/' },
];
