import type { Codebook } from './codebook.ts';
import { findSharedPassages } from './duplicates.ts';
import { countTerms, tfidfKeywords, tfidfKeywordsOfCounts } from './keywords.ts';
import { findGaps, linkArticle } from './links.ts';
import { articleMatrix, themeFrequency, themeMatrix } from './matrix.ts';
import { applyItemOverrides, applyLinkOverrides, type OverrideProblem, type Overrides } from './overrides.ts';
import type { Rules } from './rules.ts';
import { simplifiedView } from './script.ts';
import { isContentWord } from './segment.ts';
import { indexThemeTerms } from './tag-match.ts';
import { tagArticleItems, titleSpanOf } from './tag.ts';
import { tokenize, tokenKinds, wordsOfKind } from './tokens.ts';
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
    if (w.length === 1) return 0; // one character: never a content word
    let kind = kindOfWord.get(w);
    if (kind === undefined) {
      const link = isContentWord(w) && !options.stopwords.has(w);
      kind = (link ? FOR_LINKS : 0) | (link && !options.genreWords.has(w) ? FOR_KEYWORDS : 0);
      kindOfWord.set(w, kind);
    }
    return kind;
  };
  // Article by article (its tokens are dropped once done): links, and the words for keywords.
  const themeNames = new Map(options.codebook.themes.map((t) => [t.id, t.name]));
  const automatic: Link[] = [];
  const bodyWords = new Map<string, string[]>();
  const themeCounts = new Map(options.codebook.themes.map((t) => [t.id, new Map<string, number>()]));
  for (const a of articles) {
    const tokens = tokenize(views.get(a.slug)!, options.cut);
    const kinds = tokenKinds(tokens, kindOf);
    const words = (span: Span, kind: number) => wordsOfKind(tokens, kinds, span, kind);
    automatic.push(
      ...linkArticle(a.items, {
        wordsOf: (item) => ({ title: words(titleSpanOf(item, a.text) ?? NOWHERE, FOR_LINKS), text: words(item.span, FOR_LINKS) }),
        themeNames,
        ...options.rules.links,
      }),
    );
    bodyWords.set(a.slug, words(a.body, FOR_KEYWORDS));
    for (const item of a.items) {
      if (item.themes.length === 0) continue;
      const itemWords = words(item.span, FOR_KEYWORDS);
      for (const id of new Set(item.themes.map((t) => t.theme))) {
        const counts = themeCounts.get(id);
        if (counts) countTerms(itemWords, counts);
      }
    }
  }
  const overridden = applyLinkOverrides(automatic, items, options.overrides);
  const links = overridden.links;
  problems.push(...overridden.problems);

  const linksOf = groupLinks(articles, links);
  const topN = options.keywordCount ?? 12;

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
      articles: tfidfKeywords(bodyWords, topN),
      themes: tfidfKeywordsOfCounts(new Map(options.codebook.themes.map((t) => [t.id, themeCounts.get(t.id)!])), topN),
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
