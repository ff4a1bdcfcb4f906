/**
 * The site's CSS built for an explicit older target, `LEGACY_TARGETS` (Chrome 86: older WeChat XWEB/X5 kernels,
 * several 信创 and 360 intranet browsers), after Astro has written it: Starlight keeps almost all of its CSS in
 * `@layer` (Chrome ≥ 99), with `:where()`, `:is()`, range media queries and logical properties, so those engines
 * showed an unstyled header. In order:
 *   1. selectors without `:is()`/`:where()`/lists in `:not()` (lower-selectors.ts);
 *   2. cascade layers emulated by specificity (@csstools/postcss-cascade-layers: each later layer's selectors get
 *      just enough `:not(#\#)` to win, unlayered ones the most, as the layers would have it);
 *   3. Lightning CSS with the targets: range media queries, nesting, static colour functions and the like
 *      written in forms the target knows; minified;
 *   4. declarations the target lacks written again or given a fallback (old-engine-fallbacks.ts).
 * Pinned by tests/browser/legacy-css.test.ts, which parses the built CSS and lists any construct left.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import type { AstroIntegration } from 'astro';
import { Features, transform } from 'lightningcss';
import postcss from 'postcss';
import { boostSelectors, lowerSelectors } from './lower-selectors.ts';
import { oldEngineFallbacks } from './old-engine-fallbacks.ts';

/** Browser versions the CSS must work in, as Lightning CSS takes them (major << 16). */
export const LEGACY_TARGETS = { chrome: 86 << 16, safari: 14 << 16, firefox: 78 << 16 };

const before = postcss([lowerSelectors(), cascadeLayers()]);
const after = postcss([oldEngineFallbacks()]);

/** The selector the cascade-layers plugin repeats to raise a rule above the layers before it. */
const BOOST = ':not(#\\#)';

/** One stylesheet rewritten for `LEGACY_TARGETS`; `boost`: `BOOST`s added to every selector (unlayered sheets). */
export function legacyCss(css: string, file = 'style.css', boost = 0): string {
  const processor =
    boost > 0 ? postcss([lowerSelectors(), cascadeLayers(), boostSelectors(BOOST.repeat(boost))]) : before;
  const lowered = processor.process(css, { from: undefined }).css;
  const { code } = transform({
    filename: file,
    code: Buffer.from(lowered),
    targets: LEGACY_TARGETS,
    // Left to old-engine-fallbacks.ts: a left-to-right site needs no right-to-left variants (and their `:is()`).
    exclude: Features.LogicalProperties,
    minify: true,
  });
  return after.process(code.toString(), { from: undefined }).css;
}

/** The most `:not(#\#)` any selector got: what the unlayered rules of a layered stylesheet carry. */
function boostOf(css: string): number {
  return Math.max(0, ...(css.match(/(?::not\(#\\#\))+/g) ?? []).map((run) => run.length / BOOST.length));
}

/**
 * Every stylesheet in the build's `_astro/` folder rewritten in place. Stylesheets with layers first: the boost
 * their unlayered rules get is given to every selector of the stylesheets without layers (a page's own styles),
 * which are unlayered too and must keep beating Starlight's layered rules.
 */
export function rewriteAssets(assets: string): void {
  const names = readdirSync(assets)
    .filter((n) => n.endsWith('.css'))
    .sort();
  const sources = new Map(names.map((n) => [n, readFileSync(join(assets, n), 'utf8')]));
  const layered = names.filter((n) => /@layer\b/.test(sources.get(n)!));
  let boost = 0;
  for (const name of layered) {
    const out = legacyCss(sources.get(name)!, name);
    boost = Math.max(boost, boostOf(out));
    writeFileSync(join(assets, name), out);
  }
  for (const name of names.filter((n) => !layered.includes(n)))
    writeFileSync(join(assets, name), legacyCss(sources.get(name)!, name, boost));
}

/** Astro integration: `rewriteAssets` once the build is done. */
export function legacyCssIntegration(): AstroIntegration {
  return {
    name: 'legacy-css',
    hooks: {
      'astro:build:done': ({ dir }) => rewriteAssets(join(fileURLToPath(dir), '_astro')),
    },
  };
}
