/**
 * Declarations written again for engines older than the site's CSS (legacy-css.ts), after Lightning CSS:
 *   - logical shorthands and `inset-*` (Chrome 87) as physical properties: the site is Chinese, left to right
 *     and horizontal only, so `inline` is left/right and `block` top/bottom (Lightning CSS's own lowering would
 *     add `:lang()` lists for right-to-left scripts, which need `:is()`); logical longhands (Chrome 69) stay;
 *   - `overflow: clip` (Chrome 90) preceded by `overflow: hidden`;
 *   - `color-mix()` with a variable (Chrome 111) preceded by a plain colour: the mixed colour itself where it is
 *     mixed at 30 % or more, else transparent (a tint left out).
 */
import type { Declaration, Plugin } from 'postcss';

const SIDES: Record<string, [string, string]> = {
  inline: ['left', 'right'],
  block: ['top', 'bottom'],
};

/** `margin-inline: 1rem 2rem` → margin-left: 1rem; margin-right: 2rem (and so on); null when nothing to do. */
function physical(prop: string, value: string): [string, string][] | null {
  const m = /^(margin|padding|border|inset)-(inline|block)(?:-(start|end))?$/.exec(prop);
  if (!m) return null;
  const [, box, axis, edge] = m;
  const [start, end] = SIDES[axis];
  const name = (side: string) => (box === 'inset' ? side : `${box}-${side}`);
  if (edge) return box === 'inset' ? [[edge === 'start' ? start : end, value]] : null; // longhands are old enough
  const parts = box === 'border' ? [value, value] : splitTwo(value);
  return [
    [name(start), parts[0]],
    [name(end), parts[1]],
  ];
}

/** The one or two values of a shorthand (`1rem`, `1rem 2rem`); a `var()` counts as one. */
function splitTwo(value: string): [string, string] {
  const parts = value.match(/(?:[^\s(]+\([^)]*\)|[^\s]+)/g) ?? [value];
  return parts.length === 2 ? [parts[0], parts[1]] : [value, value];
}

const INSET = /^inset$/;

function colourFallback(decl: Declaration): string | null {
  const m = /^color-mix\(in [a-z-]+,\s*(.+?)\s+(\d+(?:\.\d+)?)%\s*,\s*(.+)\)$/.exec(decl.value);
  if (!m) return null;
  return Number(m[2]) >= 30 ? m[1] : 'transparent';
}

export function oldEngineFallbacks(): Plugin {
  return {
    postcssPlugin: 'old-engine-fallbacks',
    Declaration(decl) {
      if (INSET.test(decl.prop)) {
        const [top, right = top, bottom = top, left = right] = splitFour(decl.value);
        decl.replaceWith(
          decl.clone({ prop: 'top', value: top }),
          decl.clone({ prop: 'right', value: right }),
          decl.clone({ prop: 'bottom', value: bottom }),
          decl.clone({ prop: 'left', value: left }),
        );
        return;
      }
      const sides = physical(decl.prop, decl.value);
      if (sides) {
        decl.replaceWith(...sides.map(([prop, value]) => decl.clone({ prop, value })));
        return;
      }
      if (
        /^overflow(-[xy])?$/.test(decl.prop) &&
        decl.value === 'clip' &&
        decl.prev()?.toString() !== `${decl.prop}:hidden`
      )
        decl.cloneBefore({ value: 'hidden' });
      const fallback = decl.value.startsWith('color-mix(') ? colourFallback(decl) : null;
      if (fallback) decl.cloneBefore({ value: fallback });
    },
  };
}

function splitFour(value: string): string[] {
  return value.match(/(?:[^\s(]+\([^)]*\)|[^\s]+)/g) ?? [value];
}
