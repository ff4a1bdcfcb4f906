/**
 * The built CSS against its browser target (src/build/legacy-css.ts, Chrome 86): every stylesheet in dist/_astro
 * is parsed and any construct Chrome 86 lacks is listed — cascade layers, `:is()`/`:where()`/`:not()` lists,
 * range media queries, logical shorthands and `inset`, nesting, and `color-mix()`, newer colour functions or
 * `overflow: clip` without a fallback before them. Selectors that need `:has()` or `:popover-open` may remain, in rules of
 * their own, so an old engine drops only them. The same CSS is then checked to still do its job in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import parser from 'postcss-selector-parser';
import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useSite } from './harness.ts';

const ASSETS = 'dist/_astro';
const sheets = () =>
  readdirSync(ASSETS)
    .filter((n) => n.endsWith('.css'))
    .map((name) => ({ name, root: postcss.parse(readFileSync(join(ASSETS, name), 'utf8')) }));

/** Properties Chrome 86 does not know (logical shorthands came in 87, the rest later). */
const NEW_PROPERTIES =
  /^(margin-inline|margin-block|padding-inline|padding-block|inset|inset-inline|inset-block|inset-inline-start|inset-inline-end|inset-block-start|inset-block-end|border-inline|border-block|aspect-ratio|container|container-type|translate|rotate|scale)$/;
const NEW_FUNCTIONS = /\b(color-mix|light-dark|oklch|oklab|lab|lch|color)\(/;
/** Pseudo-classes Chrome 86 drops a selector for; the last two are only ever enhancements here. */
const NEW_PSEUDO = /:(is|where|has|popover-open)\(|:popover-open/;
const MODERN_ONLY = /:has\(|:popover-open/;

/** Whether a selector uses a `:not()` with a list or a complex argument (Selectors 4, Chrome 88). */
function complexNot(selector: string): boolean {
  let found = false;
  parser((root) =>
    root.walkPseudos((p) => {
      if (
        p.value === ':not' &&
        (p.nodes.length > 1 || p.nodes.some((s) => s.nodes.some((n) => n.type === 'combinator')))
      )
        found = true;
    }),
  ).processSync(selector);
  return found;
}

describe('构建出的 CSS 不含 Chrome 86 不支持的写法', () => {
  it('逐条解析 dist/_astro/*.css', () => {
    const found: string[] = [];
    const all = sheets();
    expect(all.length).toBeGreaterThan(1);
    for (const { name, root } of all) {
      root.walkAtRules((at) => {
        if (at.name === 'layer') found.push(`${name}：@layer ${at.params}`);
        if (at.name === 'media' && /[<>]=?/.test(at.params)) found.push(`${name}：@media ${at.params}`);
        if (at.name === 'container') found.push(`${name}：@container`);
      });
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
        if (rule.selector.includes('&')) found.push(`${name}：嵌套规则 ${rule.selector}`);
        const selectors = rule.selectors;
        const modern = selectors.filter((s) => MODERN_ONLY.test(s));
        const plain = selectors.filter((s) => !MODERN_ONLY.test(s));
        if (modern.length > 0 && plain.length > 0)
          found.push(`${name}：新旧选择器混在一条规则里 ${rule.selector.slice(0, 120)}`);
        for (const s of plain)
          if (NEW_PSEUDO.test(s) || complexNot(s)) found.push(`${name}：选择器 ${s.slice(0, 120)}`);
        const decls = rule.nodes.filter((n): n is postcss.Declaration => n.type === 'decl');
        decls.forEach((d, i) => {
          if (NEW_PROPERTIES.test(d.prop)) found.push(`${name}：属性 ${d.prop}（${rule.selector.slice(0, 60)}）`);
          // A newer colour function is fine after a plain fallback of the same property (the old engine keeps that).
          const fallback = decls[i - 1]?.prop === d.prop && !NEW_FUNCTIONS.test(decls[i - 1].value);
          if (NEW_FUNCTIONS.test(d.value) && !d.prop.startsWith('--') && !fallback)
            found.push(`${name}：${d.prop}: ${d.value.slice(0, 60)}`);
          if (d.value === 'clip' && d.prop.startsWith('overflow') && decls[i - 1]?.value !== 'hidden')
            found.push(`${name}：overflow: clip 没有 hidden 备用`);
        });
      });
    }
    expect(found).toEqual([]);
  });
});

describe('改写后的 CSS 在浏览器里照样起作用', () => {
  const site = useSite();

  it('页首在桌面上横排，手机上菜单按钮出现、侧栏收起；Starlight 的工具类仍然压过组件样式', async () => {
    const desktop = await site.open('/', { viewport: DESKTOP });
    const d = await desktop.page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header .header')!).display,
      menu: getComputedStyle(document.querySelector('starlight-menu-button, .sl-menu-button')!).display,
      sidebar: getComputedStyle(document.querySelector('.sidebar-pane, #starlight__sidebar')!).display,
    }));
    expect(d.header).toBe('grid');
    expect(d.menu).toBe('none');
    expect(d.sidebar).not.toBe('none');
    const phone = await site.open('/', { viewport: MOBILE });
    const m = await phone.page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header .header')!).display,
      menu: getComputedStyle(document.querySelector('starlight-menu-button, .sl-menu-button')!).display,
      right: getComputedStyle(document.querySelector('header .right-group')!).display,
    }));
    expect(m.header).toBe('flex');
    expect(m.menu).not.toBe('none');
    expect(m.right).toBe('none');
  });
});
