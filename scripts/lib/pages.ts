import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/analyzer/types.ts';
import { articleMdx } from './mdx/article.ts';
import { themeMdx } from './mdx/theme.ts';

export const DOCS = 'src/content/docs';

/**
 * Write the generated MDX pages (one per article, one per theme) into the
 * docs collection, replacing what an earlier build left there.
 * Returns how many pages were written.
 */
export function writePages(corpus: Corpus, docs = DOCS): number {
  const folders = { articles: join(docs, 'articles'), themes: join(docs, 'themes') };
  for (const folder of Object.values(folders)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  }
  let count = 0;
  for (const source of corpus.sources) {
    for (const article of source.articles) {
      writeFileSync(join(folders.articles, `${article.slug}.mdx`), articleMdx(article));
      count++;
    }
  }
  for (const theme of corpus.themes) {
    writeFileSync(join(folders.themes, `${theme.id}.mdx`), themeMdx(theme));
    count++;
  }
  return count;
}

/** Generated page files currently in the docs collection (for tests). */
export function generatedFiles(docs = DOCS): string[] {
  return ['articles', 'themes'].flatMap((f) => readdirSync(join(docs, f)).map((name) => `${f}/${name}`)).sort();
}
