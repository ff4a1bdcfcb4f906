import type { Article, Item } from '../analyzer/index.ts';
import type { CorpusIndex } from './corpus.ts';

/** Where the problems without countermeasures are listed by title (src/pages/matrix/gaps.astro), from the site's root. */
export const GAPS_URL = '/matrix/gaps/';

/** Each article with its problems that no countermeasure of the same article answers, in corpus order. */
export function unansweredByArticle(index: CorpusIndex): { article: Article; problems: Item[] }[] {
  return index.articles.flatMap(({ article }) => {
    const problems = article.items.filter((i) => index.gap.get(i.id)?.kind === 'unanswered-problem');
    return problems.length > 0 ? [{ article, problems }] : [];
  });
}
