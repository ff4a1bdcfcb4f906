/**
 * What a person notices on every main page, on a 360×740 phone: it loads without errors, fetches nothing from
 * outside the site, does not scroll sideways, has one title, is Chinese, has landmarks and a visible keyboard
 * focus, and never shows a role by colour alone. Screenshots at 360×740 and 1280×800 go to
 * test-results/screenshots/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  MAIN_PAGES,
  MOBILE,
  ROLE_LABEL,
  SAMPLE_ARTICLE,
  SCREENSHOTS,
  describeMissing,
  isLocal,
  useSite,
  type Visit,
} from './harness.ts';

const site = useSite();

function shotName(path: string, size: { width: number; height: number }): string {
  const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
  return `${SCREENSHOTS}/${name}-${size.width}x${size.height}.png`;
}

/** The whole page, cut off at 6 000 px: enough to judge the layout, fast to encode even for the matrix. */
async function shoot(page: Page, file: string, size: { width: number; height: number }): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: file,
    fullPage: true,
    animations: 'disabled',
    clip: { x: 0, y: 0, width: size.width, height: Math.min(height, 6_000) },
  });
}

describe.each(MAIN_PAGES)('$name $path', ({ path }) => {
  let visit: Visit;
  const loaded = () => {
    const status = visit?.response?.status();
    if (status !== 200) throw new Error(describeMissing(path, visit?.response ?? null));
    return visit.page;
  };

  beforeAll(async () => {
    visit = await site.open(path, { viewport: MOBILE, waitUntil: 'networkidle' });
  });

  it('页面存在（HTTP 200）', () => {
    loaded();
  });

  it('控制台没有错误', async () => {
    const page = loaded();
    await page.waitForTimeout(200);
    expect(visit.consoleErrors, `${path} 的控制台错误`).toEqual([]);
  });

  it('不向站外发出任何请求', () => {
    loaded();
    const outside = visit.requests.map((r) => r.url()).filter((u) => !isLocal(u, site.base));
    expect(outside, `${path} 请求了站外地址`).toEqual([]);
  });

  it('页面引用的样式、脚本、图标、图片都在（没有 404）', async () => {
    const page = loaded();
    const urls = await page.evaluate(() => {
      const rels = /^(stylesheet|icon|shortcut icon|apple-touch-icon|preload|modulepreload|manifest)$/i;
      return [
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')]
          .filter((l) => rels.test(l.rel))
          .map((l) => l.href),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ];
    });
    const missing: string[] = [];
    for (const url of new Set(urls)) {
      if (!isLocal(url, site.base) || url.startsWith('data:')) continue;
      const r = await visit.context.request.get(url);
      if (r.status() !== 200) missing.push(`${new URL(url).pathname} → HTTP ${r.status()}`);
    }
    expect(missing, `${path} 引用了不存在的文件`).toEqual([]);
  });

  it('页内链接都能打开，锚点都有对应的元素', async () => {
    const page = loaded();
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
    );
    const targets = new Map<string, Set<string>>();
    for (const href of hrefs) {
      if (!isLocal(href, site.base) || href.startsWith('data:') || href.startsWith('blob:')) continue;
      const u = new URL(href);
      const key = u.pathname + u.search;
      if (!targets.has(key)) targets.set(key, new Set());
      if (u.hash.length > 1) targets.get(key)!.add(decodeURIComponent(u.hash.slice(1)));
    }
    const broken: string[] = [];
    for (const [target, ids] of targets) {
      const r = await visit.context.request.get(site.url(target), { maxRedirects: 3 });
      if (r.status() !== 200) {
        broken.push(`${target} → HTTP ${r.status()}`);
        continue;
      }
      if (ids.size === 0 || !/text\/html/.test(r.headers()['content-type'] ?? '')) continue;
      const html = await r.text();
      for (const id of ids) {
        if (id === '_top' || id === 'top') continue;
        const escaped = id.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        if (
          !html.includes(`id="${escaped}"`) &&
          !html.includes(`id=${escaped} `) &&
          !html.includes(`name="${escaped}"`)
        ) {
          broken.push(`${target}#${id}（页面上没有 id="${id}"）`);
        }
      }
    }
    expect(broken.slice(0, 20), `${path} 上的坏链接（共 ${broken.length} 个）`).toEqual([]);
  });

  it('360 像素宽的手机上不横向滚动（宽表格在自己的容器里滚动）', async () => {
    const page = loaded();
    const result = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const width = root.clientWidth;
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o !== 'visible') return true;
        }
        return false;
      };
      const offenders: string[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= width + 1 || clipped(el)) continue;
        const cls =
          typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        offenders.push(
          `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> 右边缘 ${Math.round(r.right)}px`,
        );
        if (offenders.length >= 8) break;
      }
      return { scrollWidth: root.scrollWidth, clientWidth: width, offenders };
    });
    expect(
      result.scrollWidth,
      `${path} 在 360px 宽时页面宽 ${result.scrollWidth}px > ${result.clientWidth}px；超出的元素：\n${result.offenders.join('\n')}`,
    ).toBeLessThanOrEqual(result.clientWidth);
  });

  it('恰好一个 <h1>，<html lang="zh-CN">', async () => {
    const page = loaded();
    expect(await page.locator('h1').count(), `${path} 的 <h1> 个数`).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('有 main、nav、header 地标', async () => {
    const page = loaded();
    for (const [name, selector] of [
      ['main', 'main, [role="main"]'],
      ['nav', 'nav, [role="navigation"]'],
      ['header', 'header, [role="banner"]'],
    ] as const) {
      expect(await page.locator(selector).count(), `${path} 缺少 <${name}> 地标`).toBeGreaterThan(0);
    }
  });

  it('用 Tab 键移到链接上时，焦点清晰可见', async () => {
    const page = loaded();
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const checked: string[] = [];
    let sawMainLink = false;
    for (let i = 0; i < 60 && !sawMainLink; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el?.tagName !== 'A' || !el.hasAttribute('href')) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          text: (el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('href'),
          inMain: !!el.closest('main'),
          visible: r.width > 0 && r.height > 0,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
          shadow: s.boxShadow !== 'none',
          style: `outline: ${s.outlineStyle} ${s.outlineWidth}; box-shadow: ${s.boxShadow}`,
        };
      });
      if (!focus?.visible) continue;
      if (checked.length === 0 || focus.inMain) {
        expect(focus.outline || focus.shadow, `${path}：链接“${focus.text}”获得焦点时看不出来（${focus.style}）`).toBe(
          true,
        );
        checked.push(focus.text ?? '');
      }
      sawMainLink = focus.inMain;
    }
    expect(checked.length, `${path}：按 60 次 Tab 也没有落到任何链接上`).toBeGreaterThan(0);
  });

  it('条目的角色有文字标注，不只靠颜色', async () => {
    const page = loaded();
    const items = await page.evaluate((labels) => {
      return [...document.querySelectorAll<HTMLElement>('.item')].map((el) => {
        const role = el.dataset.role ?? '';
        const label = (labels as Record<string, string>)[role];
        const shown =
          !!label &&
          [...el.querySelectorAll<HTMLElement>('*')].some((c) => {
            const r = c.getBoundingClientRect();
            return (
              c.innerText?.trim() === label &&
              r.width > 0 &&
              r.height > 0 &&
              getComputedStyle(c).visibility !== 'hidden'
            );
          });
        return { id: el.id, role, shown };
      });
    }, ROLE_LABEL);
    if (path === `/articles/${SAMPLE_ARTICLE}/`) {
      expect(items.length, `${path} 上没有 <section class="item">`).toBeGreaterThan(0);
    }
    const bad = items.filter((i) => !i.shown).map((i) => `${i.id}（data-role="${i.role}"）`);
    expect(bad, `${path} 上这些条目没有可见的角色文字（问题/原因/对策）`).toEqual([]);
  });

  it('截图：360×740 与 1280×800', async () => {
    const page = loaded();
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await shoot(page, shotName(path, MOBILE), MOBILE);
    const desktop = await site.open(path, { viewport: DESKTOP, waitUntil: 'networkidle' });
    await shoot(desktop.page, shotName(path, DESKTOP), DESKTOP);
    await desktop.close();
  });
});
