/** The corpus model as the pages use it: lookups built once, titles and URLs. */
import { excerpt } from './excerpt.ts';
import { sitePath } from './site.ts';
import type {
  Article,
  ArticleMatrix,
  Corpus,
  Gap,
  Item,
  Link,
  SharedPassage,
  Source,
  Theme,
} from '../analyzer/index.ts';
// The one file read the pages need lives with the code that writes that file (src/ does no file IO).
import { builtCorpus } from '../../scripts/lib/corpus-file.ts';

/** Lookups over the corpus, built once per build. */
export interface CorpusIndex {
  corpus: Corpus;
  articles: { source: Source; article: Article }[];
  article: Map<string, { source: Source; article: Article }>;
  item: Map<string, { item: Item; article: Article }>;
  theme: Map<string, Theme>;
  /** Links leaving / reaching an item. */
  outgoing: Map<string, Link[]>;
  incoming: Map<string, Link[]>;
  /** The gap an item is part of, if any. */
  gap: Map<string, Gap>;
  /** Shared passages by the articles at either end. */
  shared: Map<string, SharedPassage[]>;
  /** Each article's own problems × countermeasures. */
  articleMatrix: Map<string, ArticleMatrix>;
}

let cached: CorpusIndex | undefined;

/** A component's article by slug, with the corpus index it came from (the route only passes slugs that exist). */
export function articleOf(slug: string): { index: CorpusIndex; article: Article } {
  const index = corpusIndex();
  return { index, article: index.article.get(slug)!.article };
}

/** An item cited by id, with its article; `citedIn` names the page kind for the build's message when the id is unknown. */
export function citedItem(id: string, citedIn: string): { item: Item; article: Article } {
  const entry = corpusIndex().item.get(id);
  if (!entry) throw new Error(`${citedIn}引用了不存在的条目 ${id}`);
  return entry;
}

/** The corpus the build wrote, with lookups (built again only when `npm run dev` rewrites the corpus). */
export function corpusIndex(): CorpusIndex {
  const corpus = builtCorpus();
  if (cached?.corpus === corpus) return cached;
  const articles = corpus.sources.flatMap((source) => source.articles.map((article) => ({ source, article })));
  const item = new Map(
    articles.flatMap(({ article }) => article.items.map((i) => [i.id, { item: i, article }] as const)),
  );
  // Grouped once: per-page lookups must not scan the whole collection (that grows with the square of it).
  const group = (key: 'from' | 'to') => {
    const map = groupBy(corpus.links, (l) => [l[key]]);
    for (const list of map.values()) list.sort((a, b) => b.score - a.score);
    return map;
  };
  const index: CorpusIndex = {
    corpus,
    articles,
    article: new Map(articles.map((a) => [a.article.slug, a])),
    item,
    theme: new Map(corpus.themes.map((t) => [t.id, t])),
    outgoing: group('from'),
    incoming: group('to'),
    gap: new Map(corpus.gaps.map((g) => [g.item, g])),
    articleMatrix: new Map(corpus.articleMatrices.map((m) => [m.article, m])),
    shared: groupBy(corpus.sharedPassages, (p) =>
      p.a.article === p.b.article ? [p.a.article] : [p.a.article, p.b.article],
    ),
  };
  cached = index;
  return index;
}

/** Values listed under each of their keys, in their original order. */
function groupBy<T>(values: readonly T[], keys: (value: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const v of values) {
    for (const k of keys(v)) {
      const list = map.get(k);
      if (list) list.push(v);
      else map.set(k, [v]);
    }
  }
  return map;
}

/** The corpus model as the build wrote it. */
export function loadCorpus(): Corpus {
  return corpusIndex().corpus;
}

/** An article's one-line description (its abstract's opening, else what the page holds), for `<meta name="description">`. */
export function articleDescription(article: Article): string {
  const abstract = article.metadata.abstract?.value;
  return abstract?.trim() ? excerpt(abstract, 100) : `${articleTitle(article)}：问题、原因与对策`;
}

/** An article's title as shown: its own, else the listing's, else its slug. */
export function articleTitle(article: Article): string {
  return article.metadata.title?.value ?? article.listingTitle ?? article.slug;
}

/**
 * A short name telling articles with near-identical titles apart: `篇七（王伟等，2019）` — the source's piece label
 * (or the title, when the source numbers no pieces), then the first author and the year when known.
 */
export function articleLabel(article: Article): string {
  const m = article.metadata;
  const authors = m.authors?.value ?? [];
  const who = authors.length > 1 ? `${authors[0]}等` : authors[0];
  const about = [who, m.year?.value].filter((v) => v !== undefined && v !== '').join('，');
  return `${article.label ?? articleTitle(article)}${about ? `（${about}）` : ''}`;
}

/** The link to an article page, or to an item on it. */
export function articleUrl(slug: string, itemId?: string): string {
  return sitePath(`/articles/${slug}/${itemId ? `#${itemId}` : ''}`);
}

/** Where in the built site a source's original file is (from its root; the build copies it there). */
export function originalPath(source: Pick<Source, 'slug' | 'path'>): string {
  const ending = /\.[^./]+$/.exec(source.path)?.[0].toLowerCase() ?? '';
  return `/data/sources/${source.slug}${ending}`;
}

/** The link to a source's original file. */
export function originalUrl(source: Pick<Source, 'slug' | 'path'>): string {
  return sitePath(originalPath(source));
}

/** The link to a theme's page. */
export function themeUrl(id: string): string {
  return sitePath(`/themes/${id}/`);
}
