import { sitePath } from './site.ts';

/** Articles a page of the article list holds (the list must not grow with the collection). */
export const ARTICLES_PER_LIST_PAGE = 200;

/** Page `n` (from 1) of the article list. */
export function articleListUrl(n = 1): string {
  return sitePath(n <= 1 ? '/articles/' : `/articles/page/${n}/`);
}
