/**
 * Starlight picks its colours from `data-theme` on <html>, which its page template writes as "dark" until a script
 * sets it: with JavaScript off every page would be dark, whatever the reader's system says. This Vite plugin copies
 * Starlight's light-mode rules (colours, `color-scheme`) into `@media (prefers-color-scheme: light)` so the system
 * decides with or without the script. The site has no scheme picker, so the two always agree.
 */
import type { Plugin } from 'vite';

/** Starlight's stylesheets that hold light-mode rules keyed on `data-theme`. */
const STARLIGHT_STYLE = /@astrojs[\\/]starlight[\\/](?:dist[\\/])?style[\\/](?:props|reset)\.css$/;

/** The light-mode rules whose selectors are only `[data-theme='light']` variants of the root. */
const LIGHT_RULE = /(?:html|:root)\[data-theme='light'\](?:,\s*\[data-theme='light'\] ::backdrop)?\s*\{([^{}]*)\}/g;

/** `css` with a system-scheme copy of every light-mode root rule placed right after it (same layer, same order). */
export function withSystemScheme(css: string): string {
  return css.replace(
    LIGHT_RULE,
    (rule, body: string) => `${rule}\n@media (prefers-color-scheme: light) { :root, ::backdrop {${body}} }`,
  );
}

export function systemScheme(): Plugin {
  return {
    name: 'system-scheme',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!STARLIGHT_STYLE.test(path)) return undefined;
      const out = withSystemScheme(code);
      if (out === code)
        throw new Error(`${path}：没有找到 Starlight 的浅色规则，系统配色无法接上（Starlight 改了样式？）`);
      return { code: out, map: null };
    },
  };
}
