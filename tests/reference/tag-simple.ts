// Tagging one item at a time, each term searched with indexOf as first written: the oracle for
// tests/analyzer/corpus/tag.test.ts and tag-match.test.ts (the analysis finds all terms in one pass).
import type { Codebook, CodebookSettings } from '../../src/analyzer/config/codebook.ts';
import { type TagTarget, scoreFound, strongest } from '../../src/analyzer/corpus/tag/index.ts';
import { type Occurrence, settleCandidates } from '../../src/analyzer/corpus/tag/match.ts';
import type { Span, Theme, ThemeTag } from '../../src/analyzer/types.ts';

/** Every start offset of `needle` in `haystack` within `[from, to)` (the whole needle inside). */
export function occurrences(haystack: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (
    let i = haystack.indexOf(needle, from);
    i !== -1 && i + needle.length <= to;
    i = haystack.indexOf(needle, i + 1)
  ) {
    out.push(i);
  }
  return out;
}

/** What `findThemeTerms` gives for one theme, each term and exclude phrase found with `occurrences`. */
export function findTerms(theme: Pick<Theme, 'terms' | 'exclude'>, view: string, span: Span): Occurrence[] {
  const longest = Math.max(0, ...theme.exclude.map((p) => p.length));
  const excluded: Span[] = theme.exclude.flatMap((phrase) =>
    occurrences(view, phrase, Math.max(0, span.start - longest), Math.min(view.length, span.end + longest)).map(
      (at) => ({ start: at, end: at + phrase.length }),
    ),
  );
  const candidates = theme.terms.flatMap((t, order) =>
    occurrences(view, t.term, span.start, span.end)
      .filter((at) => !excluded.some((x) => x.start <= at && at + t.term.length <= x.end))
      .map((at) => ({ term: t.term, weight: t.weight, at, order })),
  );
  return settleCandidates(candidates);
}

/** One theme's score for an item, or null when no term occurs. */
export function scoreTheme(theme: Theme, target: TagTarget, view: string, settings: CodebookSettings): ThemeTag | null {
  const found = findTerms(theme, view, target.span);
  return found.length === 0 ? null : scoreFound(theme, found, target, settings);
}

/**
 * The themes of one item, strongest first (ties by theme id), each with its
 * score and evidence: what `tagArticleItems` gives the item. `view` is the
 * article's simplified view (same offsets as its `text`). A theme is kept
 * when its score reaches `settings.minScore` and `settings.minShare` of the
 * strongest theme's score; at most `settings.maxThemes`.
 */
export function tagItem(target: TagTarget, view: string, codebook: Pick<Codebook, 'settings' | 'themes'>): ThemeTag[] {
  const { settings } = codebook;
  const tags: ThemeTag[] = [];
  for (const theme of codebook.themes) {
    const tag = scoreTheme(theme, target, view, settings);
    if (tag && tag.score >= settings.minScore) tags.push(tag);
  }
  return strongest(tags, settings);
}
