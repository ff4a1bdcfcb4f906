/**
 * Tagging items with codebook themes. `tagArticleItems(article, view,
 * codebook)` gives each item the themes it is about, strongest first, each
 * with its score and the term occurrences that show it (offsets into the
 * article's text, found in its simplified `view`, so simplified terms match
 * traditional sources too). A theme is kept when its score reaches
 * `minScore` and `minShare` of the strongest theme's, at most `maxThemes`.
 * Pure and deterministic; the codebook (content/codebook.yaml) holds all
 * the language data, and `match.ts` finds its terms.
 */
import type { Codebook, CodebookSettings } from '../../config/codebook.ts';
import { findIndexedPatterns, findThemeTerms, indexThemeTerms, type Occurrence, type ThemeTermIndex } from './match.ts';
import { sortSmall } from '../../text/sort-small.ts';
import { titleSpanOf } from '../../text/spans.ts';
import type { Article, Item, Span, TermHit, Theme, ThemeTag } from '../../types.ts';

/**
 * The article's items with their `themes` set from the codebook (new item
 * objects; the article is not changed). `view` is the article's simplified
 * view; for a simplified source it is the article's `text`. The view is
 * searched once for all terms of all themes; pass `terms` (from
 * `indexThemeTerms(codebook.themes)`) to prepare the codebook once for many
 * articles.
 */
export function tagArticleItems(
  article: Pick<Article, 'text' | 'items'>,
  view: string,
  codebook: Pick<Codebook, 'settings' | 'themes'>,
  terms: ThemeTermIndex = indexThemeTerms(codebook.themes),
): Item[] {
  if (terms.themes !== codebook.themes) throw new Error('tagArticleItems: the term index is of another codebook');
  const matches = findIndexedPatterns(terms, view);
  const { settings } = codebook;
  return article.items.map((item) => {
    const target: TagTarget = { span: item.span, titleSpan: titleSpanOf(item, article.text) };
    const tags: ThemeTag[] = [];
    const found = findThemeTerms(terms, matches, view, item.span);
    // In codebook order.
    for (const t of [...found.keys()].sort((a, b) => a - b)) {
      const tag = scoreFound(codebook.themes[t], found.get(t)!, target, settings);
      if (tag.score >= settings.minScore) tags.push(tag);
    }
    return { ...item, themes: strongest(tags, settings) };
  });
}

/** Where an item is: its clean-text span and the span of its title (title hits count more). */
export interface TagTarget {
  span: Span;
  /** Clean-text span of the title; when absent no hit counts as a title hit. */
  titleSpan?: Span;
}

/** The tags that pass `minShare` of the strongest, strongest first (ties by theme id), at most `maxThemes`. */
export function strongest(tags: ThemeTag[], settings: CodebookSettings): ThemeTag[] {
  sortSmall(tags, (a, b) => b.score - a.score || (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));
  const floor = (tags[0]?.score ?? 0) * settings.minShare;
  return tags.filter((t) => t.score >= floor).slice(0, settings.maxThemes);
}

/**
 * One theme's score for an item from its counted occurrences (at least
 * one): for each term, `weight × Σ` over at most `countCap` occurrences
 * (title occurrences first), a title occurrence counting `titleFactor`, any
 * other 1. Plain loops: it runs for every theme found in every item.
 */
export function scoreFound(
  theme: Theme,
  found: readonly Occurrence[],
  target: TagTarget,
  settings: CodebookSettings,
): ThemeTag {
  const byTerm = new Map<string, Occurrence[]>();
  for (const o of found) {
    const list = byTerm.get(o.term);
    if (list) list.push(o);
    else byTerm.set(o.term, [o]);
  }
  const title = target.titleSpan;
  const scored: { hit: TermHit; points: number }[] = [];
  for (const [term, list] of byTerm) {
    const at: number[] = [];
    let titled = 0;
    for (const o of list) {
      at.push(o.at);
      if (title !== undefined && o.at >= title.start && o.at + term.length <= title.end) titled++;
    }
    const countedTitle = Math.min(titled, settings.countCap);
    const countedBody = Math.min(list.length - titled, settings.countCap - countedTitle);
    const weight = list[0].weight;
    const hit: TermHit = { term, weight, at, inTitle: titled > 0 };
    scored.push({ hit, points: weight * (countedTitle * settings.titleFactor + countedBody) });
  }
  sortSmall(scored, (a, b) => b.points - a.points || a.hit.at[0] - b.hit.at[0]);
  let sum = 0;
  const evidence: TermHit[] = [];
  for (const s of scored) {
    sum += s.points;
    evidence.push(s.hit);
  }
  return { theme: theme.id, score: round(sum), evidence, source: 'auto' };
}

/** Scores are sums of weights; keep them free of floating-point noise. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
