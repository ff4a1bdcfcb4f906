/**
 * The study pack of a theme (专题学习材料, /themes/<id>/study/): its items problem → cause → countermeasure
 * across articles, each article numbered in order of first citation. Pure: everything comes from the corpus model.
 */
import type { Article, Corpus, Item, ItemRole, Theme } from '../analyzer/types.ts';

export const STUDY_ROLES: ItemRole[] = ['problem', 'cause', 'countermeasure'];

export interface StudyEntry {
  item: Item;
  article: Article;
  /** Citation number of the item's article: its place in `cited`, from 1. */
  n: number;
}

export interface StudyPack {
  theme: Theme;
  sections: { role: ItemRole; entries: StudyEntry[] }[];
  /** Article slugs in order of first citation (problems first, then causes, then countermeasures). */
  cited: string[];
}

export function studyPack(corpus: Corpus, themeId: string): StudyPack {
  const theme = corpus.themes.find((t) => t.id === themeId);
  if (!theme) throw new Error(`没有议题 ${themeId}`);
  const tagged = corpus.sources.flatMap((source) => source.articles).flatMap((article) =>
    article.items.filter((item) => item.themes.some((t) => t.theme === themeId)).map((item) => ({ item, article })),
  );
  const cited: string[] = [];
  const sections = STUDY_ROLES.map((role) => ({
    role,
    entries: tagged
      .filter((e) => e.item.role === role)
      .map(({ item, article }) => {
        if (!cited.includes(article.slug)) cited.push(article.slug);
        return { item, article, n: cited.indexOf(article.slug) + 1 };
      }),
  }));
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
