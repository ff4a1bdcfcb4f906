/**
 * The study pack of a theme (专题学习材料, /themes/<id>/study/): its items problem → cause → countermeasure
 * across articles, each article numbered in order of first citation. Pure: everything comes from the corpus model.
 */
import type { Article, Corpus, Item, ItemRole, Theme } from '../analyzer/index.ts';
import { ROLE_ORDER, strongestOfRole, taggedItems } from './theme-items.ts';

export interface StudyEntry {
  item: Item;
  article: Article;
  /** Citation number of the item's article: its place in `cited`, from 1. */
  n: number;
}

export interface StudyPack {
  theme: Theme;
  /** Each role's entries in the pack, and how many items of that role the theme has. */
  sections: { role: ItemRole; entries: StudyEntry[]; total: number }[];
  /** Article slugs in order of first citation (problems first, then causes, then countermeasures). */
  cited: string[];
}

/** Items of each role a study pack prints: a pack is for one training session, not the whole collection. */
export const STUDY_ITEMS_PER_ROLE = 20;

/**
 * The pack of a theme: its items of each role (all of them, or the `limit` most strongly tagged when there
 * are more, see `strongestOfRole`), each with the citation number of its article.
 */
export function studyPack(corpus: Corpus, themeId: string, limit = STUDY_ITEMS_PER_ROLE): StudyPack {
  const theme = corpus.themes.find((t) => t.id === themeId);
  if (!theme) throw new Error(`没有议题 ${themeId}`);
  const tagged = taggedItems(
    corpus.sources.flatMap((source) => source.articles),
    themeId,
  );
  const cited: string[] = [];
  const number = new Map<string, number>();
  const sections = ROLE_ORDER.map((role) => {
    const { shown, total } = strongestOfRole(tagged, role, limit);
    const entries = shown.map(({ item, article }) => {
      if (!number.has(article.slug)) number.set(article.slug, cited.push(article.slug));
      return { item, article, n: number.get(article.slug)! };
    });
    return { role, entries, total };
  });
  return { theme, sections, cited };
}

/**
 * An item's text without its heading (numbering marker and title, shown separately), as paragraphs.
 * Falls back to the whole text when the title is not at its start.
 */
export function itemParagraphs(item: Item): string[] {
  const at = item.text.indexOf(item.title);
  const head = at >= 0 && at <= 12 ? at + item.title.length : 0;
  return item.text
    .slice(head)
    .replace(/^[\s。．.：:；;，,]+/, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
