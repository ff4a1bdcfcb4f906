import type { Codebook } from './codebook.ts';
import { findSharedPassages } from './duplicates.ts';
import { tfidfKeywords } from './keywords.ts';
import { findGaps, linkArticle } from './links.ts';
import { articleMatrix, themeFrequency, themeMatrix } from './matrix.ts';
import { applyItemOverrides, applyLinkOverrides, type OverrideProblem, type Overrides } from './overrides.ts';
import type { Rules } from './rules.ts';
import { simplifiedView } from './script.ts';
import { tagArticleItems } from './tag.ts';
import type { Article, Corpus, Item, Link, Source } from './types.ts';

export interface CorpusOptions {
  codebook: Codebook;
  overrides: Overrides;
  rules: Pick<Rules, 'links'>;
  /** Content words of a text, for linking (genre words such as 制度 or 保障 still count). */
  linkWords: (text: string) => string[];
  /** Content words of a text, for keywords (genre words left out). */
  keywordWords: (text: string) => string[];
  keywordCount?: number;
}

/**
 * The policy analysis over all articles: tag items with themes, apply
 * people's overrides, link problems to countermeasures and causes to
 * problems, find gaps, build the matrices, keywords and shared passages.
 * Returns the corpus and any override that names something unknown.
 */
export function analyzeCorpus(
  sources: Source[],
  failures: Corpus['failures'],
  options: CorpusOptions,
): { corpus: Corpus; problems: OverrideProblem[] } {
  const articles = sources.flatMap((s) => s.articles.map((a) => ({ source: s, article: a })));
  const views = new Map(articles.map(({ source, article }) => [article.slug, source.traditional ? simplifiedView(article.text) : article.text]));
  for (const { article } of articles) article.items = tagArticleItems(article, views.get(article.slug)!, options.codebook);

  const items = new Map<string, Item>(articles.flatMap(({ article }) => article.items.map((i) => [i.id, i])));
  const problems = applyItemOverrides(items, options.codebook.themes, options.overrides);

  const words = options.linkWords;
  const themeNames = new Map(options.codebook.themes.map((t) => [t.id, t.name]));
  let links: Link[] = articles.flatMap(({ source, article }) =>
    linkArticle(article.items, {
      words: source.traditional ? (t) => words(simplifiedView(t)) : words,
      themeNames,
      ...options.rules.links,
    }),
  );
  const overridden = applyLinkOverrides(links, items, options.overrides);
  links = overridden.links;
  problems.push(...overridden.problems);

  const byArticle = (a: Article) => links.filter((l) => l.from.startsWith(`${a.slug}-`) || l.to.startsWith(`${a.slug}-`));
  const keywordWords = options.keywordWords;
  const topN = options.keywordCount ?? 12;
  const plain = articles.map(({ article }) => article);

  const corpus: Corpus = {
    schemaVersion: 1,
    sources,
    failures,
    themes: options.codebook.themes,
    links,
    gaps: plain.flatMap((a) => findGaps(a.items, byArticle(a))),
    matrix: themeMatrix(items, links, options.codebook.themes),
    articleMatrices: plain.map((a) => articleMatrix(a, byArticle(a))),
    themeFrequency: themeFrequency(plain, options.codebook.themes),
    keywords: {
      articles: tfidfKeywords(new Map(plain.map((a) => [a.slug, keywordWords(views.get(a.slug)!.slice(a.body.start, a.body.end))])), topN),
      themes: tfidfKeywords(
        new Map(
          options.codebook.themes.map((t) => [
            t.id,
            plain.flatMap((a) =>
              a.items
                .filter((i) => i.themes.some((x) => x.theme === t.id))
                .flatMap((i) => keywordWords(views.get(a.slug)!.slice(i.span.start, i.span.end))),
            ),
          ]),
        ),
        topN,
      ),
    },
    sharedPassages: findSharedPassages(plain.map((a) => ({ slug: a.slug, text: a.text, view: views.get(a.slug)!, body: a.body }))),
  };
  return { corpus, problems };
}
