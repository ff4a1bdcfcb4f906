/** Search results as the page shows them: a record's data loaded, its kind and label. */
import { uiSearch, type UiSearchKey } from '../../lib/ui-search.ts';
import { recordText } from './index-text.ts';
import type { PagefindResult } from './pagefind.ts';

/** What a record is: an item of an article, an article, or a theme (from its URL, see search-index.ts). */
export type HitKind = 'item' | 'article' | 'theme';

/** One search result, with what the page shows and what ranking needs. */
export interface Hit {
  url: string;
  title: string;
  /** The record's text as indexed, separators removed (`recordText` of Pagefind's `data().content`). */
  content: string;
  kind: HitKind;
  /** problem / cause / countermeasure for items. */
  role?: string;
  /** What the page writes next to the title: the role of an item, 文章 or 议题. */
  label: string;
  meta: Record<string, string>;
  /** Pagefind's score (summed over the words of a multi-word query). */
  score: number;
}

/** `/articles/a/#a-problem-1` → item, `/themes/t/` → theme, other record URLs → article. */
export function kindOfUrl(url: string): HitKind {
  if (url.includes('#')) return 'item';
  return /\/themes\//.test(url) ? 'theme' : 'article';
}

/** Loads the data of `results` (one fragment each) as hits, in the order given. */
export async function loadHits(results: PagefindResult[]): Promise<Hit[]> {
  return Promise.all(
    results.map(async (r): Promise<Hit> => {
      const d = await r.data();
      const kind = kindOfUrl(d.url);
      const role = d.filters?.role?.[0];
      const label = kind === 'item' ? (role && roleLabel(role)) || '' : uiSearch[`search.kind.${kind}`];
      return {
        url: d.url,
        title: d.meta.title || d.url,
        content: recordText(d.content),
        kind,
        role,
        label,
        meta: d.meta,
        score: r.score,
      };
    }),
  );
}

function roleLabel(role: string): string | undefined {
  const key = `search.role.${role}`;
  return key in uiSearch ? uiSearch[key as UiSearchKey] : undefined;
}
