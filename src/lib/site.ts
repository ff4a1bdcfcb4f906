import { existsSync, readFileSync } from 'node:fs';
import type { Edition } from '../cite/gbt7714.ts';
import { basePathOf, withBase } from './site-path.ts';

/** Where the build writes the validated `content/site.yaml`. */
export const SITE_FILE = 'content/generated/site.json';

/** Site settings as the build validated them. */
export interface Site {
  url?: string;
  citationEdition: Edition;
}

/** The settings the build wrote (defaults before the first build). */
export function siteSettings(): Site {
  return existsSync(SITE_FILE) ? (JSON.parse(readFileSync(SITE_FILE, 'utf8')) as Site) : { citationEdition: '2025' };
}

let base: string | undefined;

/**
 * The path the site is served at (`/`, or `/kb/` for `url: https://host/kb/`), read once per process as the Astro
 * config reads it once; `rereadSiteSettings()` after writing `SITE_FILE` anew.
 */
export function siteBase(): string {
  base ??= basePathOf(siteSettings().url);
  return base;
}

/** Forget the base path read before: the next `siteBase()` reads `SITE_FILE` again. */
export function rereadSiteSettings(): void {
  base = undefined;
}

/** The link to a page or file of the site, `path` written from the site's root: `/articles/x/` → `/kb/articles/x/`. */
export function sitePath(path: string): string {
  return withBase(path, siteBase());
}

/** The configured public URL's scheme, host and port (`https://host`), without the base path; undefined when unset. */
export function siteOrigin(): string | undefined {
  const { url } = siteSettings();
  return url ? new URL(url).origin : undefined;
}

/** An absolute URL for a link `sitePath` gave (base path included), when the site's public URL is configured. */
export function absoluteUrl(path: string): string | undefined {
  const origin = siteOrigin();
  return origin ? `${origin}${path}` : undefined;
}
