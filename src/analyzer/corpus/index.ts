import type { Codebook } from '../config/codebook.ts';
import { findSharedPassages } from './shared-passages/index.ts';
import { tfidfKeywords } from './keywords.ts';
import { findGaps, linkArticle, linkVocabulary } from './links/index.ts';
import { articleMatrix, themeFrequency, themeMatrix } from './matrix.ts';
import type { Overrides } from '../config/overrides.ts';
import { applyItemOverrides, applyLinkOverrides, type OverrideProblem } from './overrides.ts';
import type { Rules } from '../config/rules.ts';
import { isContentWord } from './segment/index.ts';
import { indexThemeTerms, type ThemeTermIndex } from './tag/match.ts';
import { tagArticleItems } from './tag/index.ts';
import { titleSpanOf } from '../text/spans.ts';
import { entryNumbersIn, entryTable } from './segment/tokens.ts';
import { articleView, cutInBatches } from './cut-in-batches.ts';
import type { Article, Corpus, Item, Link, Source, Span } from '../types.ts';

/**
 * The policy analysis over all articles of `sources`: tag items with
 * themes, apply people's overrides (an override naming an unknown item or
 * theme is returned in `problems`, never ignored), link problems to
 * countermeasures and causes to problems within each article, find gaps,
 * build the matrices, keywords and shared passages. The corpus holds new
 * source, article and item objects where the analysis changes them (other
 * parts are shared); `sources` are left as they were, so the same sources
 * (cached, or a dev server's) can be analyzed again. Each article is
 * segmented once; its items, titles and body take slices of its tokens.
 */
export function analyzeCorpus(
  sources: readonly Source[],
  failures: Corpus['failures'],
  options: CorpusOptions,
): { corpus: Corpus; problems: OverrideProblem[] } {
  const given = sources.flatMap((s) => s.articles);
  const views = new Map(sources.flatMap((s) => s.articles.map((a) => [a.slug, articleView(a, s.traditional)])));
  // First, while the heap holds least (see docs/performance.md).
  const sharedPassages = findSharedPassages(
    given.map((a) => ({ slug: a.slug, text: a.text, view: views.get(a.slug)!, body: a.body })),
  );
  const terms = options.themeTerms ?? indexThemeTerms(options.codebook.themes);
  const tagged = given.map((a) => tagArticleItems(a, views.get(a.slug)!, options.codebook, terms));

  const items = new Map<string, Item>(tagged.flatMap((list) => list.map((i) => [i.id, i])));
  const { changed, problems } = applyItemOverrides(items, options.codebook.themes, options.overrides);
  for (const [id, item] of changed) items.set(id, item);
  const corrected = changed.size === 0 ? tagged : tagged.map((list) => list.map((i) => changed.get(i.id) ?? i));
  const analyzed = withItems(sources, corrected);
  const articles = analyzed.flatMap((s) => s.articles);

  // Which words count for links and for keywords, decided once per distinct word (`entryTable` asks
  // once); link words (keyword words among them) are numbered (`vocabulary`) so that links and keywords
  // count ids. A word's entry is its kinds, plus its number times 4 when it is a link word.
  const vocabulary: string[] = [];
  const entriesOf = entryTable((w) => {
    if (w.length === 1) return 0; // one character: never a content word
    const link = isContentWord(w) && !options.stopwords.has(w);
    const keyword = link && !options.genreWords.has(w);
    if (link) vocabulary.push(w);
    return link ? FOR_LINKS + (keyword ? FOR_KEYWORDS : 0) + 4 * (vocabulary.length - 1) : 0;
  });
  // Article by article (its tokens are dropped once done): links, and the words for keywords.
  const themeNames = new Map(options.codebook.themes.map((t) => [t.id, t.name]));
  const linkWords = linkVocabulary(vocabulary);
  const automatic: Link[] = [];
  const bodyWords = new Map<string, number[][]>();
  const themeWords = new Map(options.codebook.themes.map((t) => [t.id, [] as number[][]]));
  const tokensOf = cutInBatches(articles, views, options.cut, options.cutBatch ?? 1 << 18);
  for (const a of articles) {
    const view = views.get(a.slug)!;
    const tokens = tokensOf(a);
    const entries = entriesOf(view, tokens);
    const words = (span: Span) => entryNumbersIn(tokens, entries, span, FOR_LINKS, []);
    const keywordIds = (span: Span, into: number[]) => entryNumbersIn(tokens, entries, span, FOR_KEYWORDS, into);
    automatic.push(
      ...linkArticle(a.items, {
        wordsOf: (item) => ({ title: words(titleSpanOf(item, a.text) ?? NOWHERE), text: words(item.span) }),
        vocabulary: linkWords,
        themeNames,
        ...options.rules.links,
      }),
    );
    bodyWords.set(a.slug, [keywordIds(a.body, [])]);
    for (const item of a.items) {
      if (item.themes.length === 0) continue;
      // The item's words are one part of each of its themes' documents, picked once and shared.
      let words: number[] | undefined;
      for (const id of new Set(item.themes.map((t) => t.theme))) {
        const parts = themeWords.get(id);
        if (parts) parts.push((words ??= keywordIds(item.span, [])));
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
    sources: analyzed,
    failures,
    themes: options.codebook.themes,
    links,
    gaps: articles.flatMap((a) => findGaps(a.items, linksOf.get(a.slug) ?? [])),
    matrix: themeMatrix(items, links, options.codebook.themes),
    articleMatrices: articles.map((a) => articleMatrix(a, linksOf.get(a.slug) ?? [])),
    themeFrequency: themeFrequency(articles, options.codebook.themes),
    keywords: {
      articles: tfidfKeywords(bodyWords, vocabulary, topN),
      themes: tfidfKeywords(
        new Map(options.codebook.themes.map((t) => [t.id, themeWords.get(t.id)!])),
        vocabulary,
        topN,
      ),
    },
    sharedPassages,
  };
  return { corpus, problems };
}

export interface CorpusOptions {
  codebook: Codebook;
  /** `indexThemeTerms(codebook.themes)`, when the caller keeps one for many analyses. */
  themeTerms?: ThemeTermIndex;
  overrides: Overrides;
  rules: Pick<Rules, 'links'>;
  /**
   * Segments text into tokens (nodejieba with the domain dictionary); joined, they give the text back.
   * A line break must be a boundary it never cuts across (only the body's lines are cut).
   */
  cut: (text: string) => string[];
  /** Function words and generic filler: never content. */
  stopwords: ReadonlySet<string>;
  /** Genre words (制度, 保障…): left out of keywords, kept for linking. */
  genreWords: ReadonlySet<string>;
  keywordCount?: number;
  /** Characters of bodies cut one after another before their articles are read (default 2^18; see `cutInBatches`). */
  cutBatch?: number;
}

const NOWHERE: Span = { start: 0, end: 0 };
/** Token kinds: content words that are not stopwords (links), and of those the ones that are not genre words (keywords). */
const FOR_LINKS = 1;
const FOR_KEYWORDS = 2;

/** New sources and articles, article `k` (counting across sources) holding `items[k]`. */
function withItems(sources: readonly Source[], items: readonly Item[][]): Source[] {
  let k = 0;
  return sources.map((s) => ({ ...s, articles: s.articles.map((a) => ({ ...a, items: items[k++] })) }));
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
