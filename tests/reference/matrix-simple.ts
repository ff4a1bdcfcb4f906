import type { Article, Theme, ThemeFrequency } from '../../src/analyzer/types.ts';

/** `themeFrequency` as first written (one pass over the articles per theme): the oracle for tests/analyzer/corpus/matrix-frequency.test.ts. */
export function simpleThemeFrequency(articles: readonly Article[], themes: readonly Theme[]): ThemeFrequency[] {
  return themes.map((theme) => {
    const row: ThemeFrequency = { theme: theme.id, articles: 0, problem: 0, cause: 0, countermeasure: 0 };
    for (const article of articles) {
      const tagged = article.items.filter((i) => i.themes.some((t) => t.theme === theme.id));
      if (tagged.length) row.articles++;
      for (const item of tagged) row[item.role]++;
    }
    return row;
  });
}
