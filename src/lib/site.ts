import { existsSync, readFileSync } from 'node:fs';
import type { Edition } from '../cite/gbt7714.ts';

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

/** An absolute URL for a root-relative path, when the site's public URL is configured. */
export function absoluteUrl(path: string): string | undefined {
  const { url } = siteSettings();
  // Joined, not resolved: a site served under a subpath (`https://host/kb/`) keeps it.
  return url ? `${url.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` : undefined;
}
