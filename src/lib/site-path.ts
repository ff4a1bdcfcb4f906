/**
 * The one home of the site's base path: a site served under a sub-path of its host (`url: https://host/kb/` in
 * content/site.yaml) has every page and file under `/kb/`, so every internal link and asset path is written
 * from the site's root (`/articles/x/`) and goes through `withBase` before it reaches a page. Pure (no IO): the
 * reader's browser uses it too; src/lib/site.ts gives the configured base.
 */

/** The path the site is served at, from its public URL: `/` (none, or a root URL) or `/kb/` (always ending in `/`). */
export function basePathOf(url: string | undefined): string {
  return url ? new URL(url).pathname.replace(/\/*$/, '/') : '/';
}

/** `path` (from the site's root, `/articles/x/`) under `base` (`/kb/` → `/kb/articles/x/`); unchanged under `/`. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/')) throw new Error(`站内路径应以 / 开头：${path}`);
  return base === '/' ? path : `${base}${path.slice(1)}`;
}

/** `path` (a pathname from a request) without `base`: the path from the site's root that `withBase` was given. */
export function withoutBase(path: string, base: string): string {
  return base !== '/' && path.startsWith(base) ? path.slice(base.length - 1) : path;
}
