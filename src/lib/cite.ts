import { formatReference } from '../cite/gbt7714.ts';
import { corpusIndex } from './corpus.ts';
import { siteSettings } from './site.ts';

/** An article's reference in the configured GB/T 7714 edition. */
export function referenceOf(slug: string): string {
  const entry = corpusIndex().article.get(slug);
  if (!entry) throw new Error(`没有文章 ${slug}`);
  return formatReference(entry.article, entry.source, siteSettings().citationEdition);
}
