import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Corpus } from '../../src/analyzer/index.ts';

/**
 * HTML bytes of each article page of a built site beyond the article's own
 * text (its cleaned text in UTF-8): what the page adds around what the reader
 * came for — navigation, head, labels, links. Keyed by article slug.
 */
export function articleOverheads(dist: string, corpus: Corpus): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of corpus.sources) {
    for (const a of s.articles)
      out.set(a.slug, statSync(join(dist, 'articles', a.slug, 'index.html')).size - Buffer.byteLength(a.text));
  }
  return out;
}

/** Bytes of the site's stylesheets (shared by every page and cached after the first). */
export function stylesheetBytes(dist: string): number {
  const dir = join(dist, '_astro');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .reduce((s, f) => s + statSync(join(dir, f)).size, 0);
}

/** The heaviest HTML page of a built site: no page should grow with the collection. */
export function largestPage(dist: string): { path: string; bytes: number } {
  let best = { path: '', bytes: 0 };
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = join(e.parentPath, e.name);
    const bytes = statSync(file).size;
    if (bytes > best.bytes)
      best = {
        path: `/${relative(dist, file)
          .replace(/\\/g, '/')
          .replace(/index\.html$/, '')}`,
        bytes,
      };
  }
  return best;
}
