import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/analyzer/index.ts';
import { themeMdx } from './mdx/theme.ts';

export const DOCS = 'src/content/docs';

/**
 * Write the generated MDX pages (one per theme) into the docs collection,
 * replacing what an earlier build left there. Article pages are not MDX: one
 * route renders them all from the corpus model (src/pages/articles/[slug]/),
 * so the build does not compile a module per article. Returns how many pages
 * were written.
 */
export function writePages(corpus: Corpus, docs = DOCS): number {
  // Article MDX written by earlier versions would clash with the article route.
  rmSync(join(docs, 'articles'), { recursive: true, force: true });
  const themes = join(docs, 'themes');
  rmSync(themes, { recursive: true, force: true });
  mkdirSync(themes, { recursive: true });
  for (const theme of corpus.themes) writeFileSync(join(themes, `${theme.id}.mdx`), themeMdx(theme));
  return corpus.themes.length;
}

/** How many HTML pages a built site has (`index.html` files under `dir`). */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}
