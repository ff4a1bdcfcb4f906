import type { Codebook } from './codebook.ts';
import { findSharedPassages } from './duplicates.ts';
import { tfidfKeywords } from './keywords.ts';
import { findGaps, linkArticle } from './links.ts';
import { articleMatrix, themeFrequency, themeMatrix } from './matrix.ts';
import { applyItemOverrides, applyLinkOverrides, type OverrideProblem, type Overrides } from './overrides.ts';
import type { Rules } from './rules.ts';
import { simplifiedView } from './script.ts';
import { isContentWord } from './segment.ts';
import { indexThemeTerms } from './tag-match.ts';
import { tagArticleItems, titleSpanOf } from './tag.ts';
import { tokenize, tokenKinds, wordsOfKind, type Token } from './tokens.ts';
import type { Article, Corpus, Item, Link, Source, Span } from './types.ts';

export interface CorpusOptions {
  codebook: Codebook;
  overrides: Overrides;
  rules: Pick<Rules, 'links'>;
  /** Segments text into tokens (nodejieba with the domain dictionary); joined, they give the text back. */
  cut: (text: string) => string[];
  /** Function words and generic filler: never content. */
  stopwords: ReadonlySet<string>;
  /** Genre words (制度, 保障…): left out of keywords, kept for linking. */
  genreWords: ReadonlySet<string>;
  keywordCount?: number;
}

const NOWHERE: Span = { start: 0, end: 0 };
/** Token kinds: content words that are not stopwords (links), and of those the ones that are not genre words (keywords). */
const FOR_LINKS = 1;
const FOR_KEYWORDS = 2;

/**
 * The policy analysis over all articles: tag items with themes, apply
 * people's overrides, link problems to countermeasures and causes to
 * problems, find gaps, build the matrices, keywords and shared passages.
 * Each article is segmented once; its items, titles and body take slices of
 * its tokens. Returns the corpus and any override that names something unknown.
 */
export function analyzeCorpus(
  sources: Source[],
  failures: Corpus['failures'],
  options: CorpusOptions,
): { corpus: Corpus; problems: OverrideProblem[] } {
  const articles: Article[] = sources.flatMap((s) => s.articles);
  const traditional = new Set(sources.filter((s) => s.traditional).flatMap((s) => s.articles.map((a) => a.slug)));
  const views = new Map(articles.map((a) => [a.slug, traditional.has(a.slug) ? simplifiedView(a.text) : a.text]));
  const terms = indexThemeTerms(options.codebook.themes);
  for (const a of articles) a.items = tagArticleItems(a, views.get(a.slug)!, options.codebook, terms);

  const items = new Map<string, Item>(articles.flatMap((a) => a.items.map((i) => [i.id, i])));
  const problems = applyItemOverrides(items, options.codebook.themes, options.overrides);

  // Which words count for links and for keywords, decided once per distinct word.
  const kindOfWord = new Map<string, number>();
  const kindOf = (w: string) => {
    let kind = kindOfWord.get(w);
    if (kind === undefined) {
      const link = isContentWord(w) && !options.stopwords.has(w);
      kind = (link ? FOR_LINKS : 0) | (link && !options.genreWords.has(w) ? FOR_KEYWORDS : 0);
      kindOfWord.set(w, kind);
    }
    return kind;
  };
  const tokens = new Map<string, { list: Token[]; kinds: Uint8Array }>(
    articles.map((a) => {
      const list = tokenize(views.get(a.slug)!, options.cut);
      return [a.slug, { list, kinds: tokenKinds(list, kindOf) }];
    }),
  );
  const words = (a: Article, span: Span, kind: number) => {
    const t = tokens.get(a.slug)!;
    return wordsOfKind(t.list, t.kinds, span, kind);
  };

  const themeNames = new Map(options.codebook.themes.map((t) => [t.id, t.name]));
  const automatic = articles.flatMap((a) =>
    linkArticle(a.items, {
      wordsOf: (item) => ({ title: words(a, titleSpanOf(item, a.text) ?? NOWHERE, FOR_LINKS), text: words(a, item.span, FOR_LINKS) }),
      themeNames,
      ...options.rules.links,
    }),
  );
  const overridden = applyLinkOverrides(automatic, items, options.overrides);
  const links = overridden.links;
  problems.push(...overridden.problems);

  const linksOf = groupLinks(articles, links);
  const topN = options.keywordCount ?? 12;
  const tagged = (theme: string) =>
    articles.flatMap((a) => a.items.filter((i) => i.themes.some((t) => t.theme === theme)).flatMap((i) => words(a, i.span, FOR_KEYWORDS)));

  const corpus: Corpus = {
    schemaVersion: 1,
    sources,
    failures,
    themes: options.codebook.themes,
    links,
    gaps: articles.flatMap((a) => findGaps(a.items, linksOf.get(a.slug) ?? [])),
    matrix: themeMatrix(items, links, options.codebook.themes),
    articleMatrices: articles.map((a) => articleMatrix(a, linksOf.get(a.slug) ?? [])),
    themeFrequency: themeFrequency(articles, options.codebook.themes),
    keywords: {
      articles: tfidfKeywords(new Map(articles.map((a) => [a.slug, words(a, a.body, FOR_KEYWORDS)])), topN),
      themes: tfidfKeywords(new Map(options.codebook.themes.map((t) => [t.id, tagged(t.id)])), topN),
    },
    sharedPassages: findSharedPassages(articles.map((a) => ({ slug: a.slug, text: a.text, view: views.get(a.slug)!, body: a.body }))),
  };
  return { corpus, problems };
}

/** Links by the article they belong to (both ends of a link are in one article). */
function groupLinks(articles: readonly Article[], links: readonly Link[]): Map<string, Link[]> {
  const articleOf = new Map(articles.flatMap((a) => a.items.map((i) => [i.id, a.slug] as const)));
  const out = new Map<string, Link[]>();
  for (const l of links) {
    const slug = articleOf.get(l.from);
    if (slug === undefined) continue;
    if (!out.has(slug)) out.set(slug, []);
    out.get(slug)!.push(l);
  }
  return out;
}
