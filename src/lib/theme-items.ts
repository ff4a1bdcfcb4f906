import type { Article, Item, ItemRole, ThemeTag } from '../analyzer/index.ts';
import { sitePath } from './site.ts';

/** The roles in the order pages list them: problems, then causes, then countermeasures. */
export const ROLE_ORDER: readonly ItemRole[] = ['problem', 'cause', 'countermeasure'];

/** Items of one role a theme page lists (its strongest); the rest are on the theme's role pages. */
export const THEME_PAGE_ITEMS = 30;
/** Items a page of a theme's role list holds. */
export const ROLE_PAGE_ITEMS = 100;

/** Page `n` (from 1) listing all of a theme's items of one role. */
export function themeRoleUrl(theme: string, role: ItemRole, n = 1): string {
  return sitePath(`/themes/${theme}/${role}/${n > 1 ? `${n}/` : ''}`);
}

/** An item tagged with a theme, with the tag. */
export interface TaggedItem {
  item: Item;
  article: Article;
  tag: ThemeTag;
}

/** Items of `articles` tagged with `theme`, in corpus order. */
export function taggedItems(articles: readonly Article[], theme: string): TaggedItem[] {
  return articles.flatMap((article) =>
    article.items.flatMap((item) => {
      const tag = item.themes.find((t) => t.theme === theme);
      return tag ? [{ item, article, tag }] : [];
    }),
  );
}

/**
 * The entries of one role to show where a page cannot list them all: at most
 * `limit`, those a person tagged first, then the highest tag scores (ties in
 * corpus order); returned in corpus order, so items of one article stay together.
 * A list no longer than `limit` comes back whole.
 */
export function strongestOfRole(
  entries: readonly TaggedItem[],
  role: ItemRole,
  limit: number,
): { shown: TaggedItem[]; total: number } {
  const ofRole = entries.filter((e) => e.item.role === role);
  if (ofRole.length <= limit) return { shown: ofRole, total: ofRole.length };
  const rank = (e: TaggedItem) => (e.tag.source === 'override' ? Infinity : e.tag.score);
  const keep = new Set(
    ofRole
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(b.e) - rank(a.e) || a.i - b.i)
      .slice(0, limit)
      .map(({ e }) => e),
  );
  return { shown: ofRole.filter((e) => keep.has(e)), total: ofRole.length };
}
