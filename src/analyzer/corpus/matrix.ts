import type { Article, ArticleMatrix, Item, Link, Theme, ThemeFrequency, ThemeMatrix } from '../types.ts';

/** Row or column of items no theme fits. */
export const UNCLASSIFIED = 'unclassified';

const themesOf = (item: Item) => (item.themes.length ? item.themes.map((t) => t.theme) : [UNCLASSIFIED]);

/**
 * The corpus-level cross-reference: problem themes × countermeasure themes,
 * each cell listing the links between them (by index into `links`).
 */
export function themeMatrix(
  items: ReadonlyMap<string, Item>,
  links: readonly Link[],
  themes: readonly Theme[],
): ThemeMatrix {
  const order = [...themes.map((t) => t.id), UNCLASSIFIED];
  type Cell = { row: string; column: string; links: number[] };
  // Cells in the order they are first met, found by row then column (no key string per link and theme pair).
  const cells: Cell[] = [];
  const byRow = new Map<string, Map<string, Cell>>();
  links.forEach((link, index) => {
    const from = items.get(link.from);
    const to = items.get(link.to);
    if (from?.role !== 'problem' || to?.role !== 'countermeasure') return;
    for (const row of themesOf(from)) {
      let columns = byRow.get(row);
      if (columns === undefined) byRow.set(row, (columns = new Map()));
      for (const column of themesOf(to)) {
        let cell = columns.get(column);
        if (cell === undefined) {
          columns.set(column, (cell = { row, column, links: [] }));
          cells.push(cell);
        }
        cell.links.push(index);
      }
    }
  });
  const used = (axis: 'row' | 'column') =>
    order.filter((id) => cells.some((c) => c[axis] === id) || id !== UNCLASSIFIED);
  const rank = new Map(order.map((id, i) => [id, i]));
  return {
    rows: used('row'),
    columns: used('column'),
    cells: cells.sort((a, b) => rank.get(a.row)! - rank.get(b.row)! || rank.get(a.column)! - rank.get(b.column)!),
  };
}

/** One article's problems × countermeasures with link scores. */
export function articleMatrix(article: Article, links: readonly Link[]): ArticleMatrix {
  const problems = article.items.filter((i) => i.role === 'problem').map((i) => i.id);
  const countermeasures = article.items.filter((i) => i.role === 'countermeasure').map((i) => i.id);
  // Scores by from, then to (the last link of a pair wins); no key string per cell.
  const score = new Map<string, Map<string, number>>();
  for (const l of links) {
    let to = score.get(l.from);
    if (to === undefined) score.set(l.from, (to = new Map()));
    to.set(l.to, l.score);
  }
  return {
    article: article.slug,
    problems,
    countermeasures,
    scores: problems.map((p) => {
      const to = score.get(p);
      return countermeasures.map((c) => to?.get(c) ?? 0);
    }),
  };
}

/** How many articles and items raise each theme, as problem, cause and countermeasure. */
export function themeFrequency(articles: readonly Article[], themes: readonly Theme[]): ThemeFrequency[] {
  const rows = themes.map(
    (theme): ThemeFrequency => ({ theme: theme.id, articles: 0, problem: 0, cause: 0, countermeasure: 0 }),
  );
  // One pass over the items (not one per theme): each row still counts its items in article and item order.
  const rowsOf = new Map<string, ThemeFrequency[]>();
  rows.forEach((row) => rowsOf.set(row.theme, [...(rowsOf.get(row.theme) ?? []), row]));
  const seen = new Set<ThemeFrequency>();
  for (const article of articles) {
    seen.clear();
    for (const item of article.items) {
      const ids = item.themes.length === 1 ? [item.themes[0].theme] : new Set(item.themes.map((t) => t.theme));
      for (const id of ids) {
        for (const row of rowsOf.get(id) ?? []) {
          if (!seen.has(row)) {
            seen.add(row);
            row.articles++;
          }
          row[item.role]++;
        }
      }
    }
  }
  return rows;
}
