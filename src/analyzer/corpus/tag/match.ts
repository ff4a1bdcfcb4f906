/**
 * Finding a theme's terms in a stretch of text: substring matching on the
 * simplified view, minus occurrences inside an exclude phrase, with the
 * longer term winning where two terms of the theme overlap.
 */
import { firstAtLeast } from '../../text/bisect.ts';
import {
  createPatternMatcher,
  findPatterns,
  type PatternMatcher,
  type PatternMatches,
} from '../../text/pattern-matcher.ts';
import { sortSmall } from '../../text/sort-small.ts';
import type { Span, Theme } from '../../types.ts';

/** One counted occurrence of a term. */
export interface Occurrence {
  term: string;
  weight: number;
  /** Clean-text offset (same in `view` and the article's `text`). */
  at: number;
}

/** A term occurrence before overlaps are settled; `order` is the term's place in its theme. */
export interface Candidate extends Occurrence {
  order: number;
}

/** The longer (then heavier, earlier) of overlapping candidates wins; sorted by offset. */
export function settleCandidates(candidates: Candidate[]): Occurrence[] {
  sortSmall(
    candidates,
    (a, b) => b.term.length - a.term.length || b.weight - a.weight || a.at - b.at || a.order - b.order,
  );
  const taken: Occurrence[] = [];
  for (const c of candidates) {
    const end = c.at + c.term.length;
    if (taken.some((t) => c.at < t.at + t.term.length && t.at < end)) continue;
    taken.push({ term: c.term, weight: c.weight, at: c.at });
  }
  return sortSmall(taken, (a, b) => a.at - b.at);
}

/** What a pattern of the codebook is to a theme: one of its terms, or one of its exclude phrases. */
interface Use {
  theme: number;
  /** The term's place in the theme's terms, or -1 for an exclude phrase. */
  order: number;
  weight: number;
}

/** The terms and exclude phrases of all themes, prepared to be found in one pass over a text. */
export interface ThemeTermIndex {
  themes: readonly Pick<Theme, 'terms' | 'exclude'>[];
  matcher: PatternMatcher;
  /** Uses of each pattern id. */
  uses: readonly Use[][];
  /** Longest exclude phrase of each theme (0 without any). */
  longestExclude: Int32Array;
  /** Longest exclude phrase of all themes. */
  longest: number;
}

/**
 * Prepare the themes' terms for `findThemeTerms`: every distinct term and
 * exclude phrase becomes one pattern, so an article's view is read once for
 * the whole codebook instead of once per term.
 */
export function indexThemeTerms(themes: readonly Pick<Theme, 'terms' | 'exclude'>[]): ThemeTermIndex {
  const ids = new Map<string, number>();
  const uses: Use[][] = [];
  const idOf = (pattern: string) => {
    let id = ids.get(pattern);
    if (id === undefined) {
      ids.set(pattern, (id = ids.size));
      uses.push([]);
    }
    return id;
  };
  const longestExclude = new Int32Array(themes.length);
  themes.forEach((theme, t) => {
    theme.terms.forEach((term, order) => uses[idOf(term.term)].push({ theme: t, order, weight: term.weight }));
    for (const phrase of theme.exclude) {
      uses[idOf(phrase)].push({ theme: t, order: -1, weight: 0 });
      longestExclude[t] = Math.max(longestExclude[t], phrase.length);
    }
  });
  return {
    themes,
    matcher: createPatternMatcher([...ids.keys()]),
    uses,
    longestExclude,
    longest: Math.max(0, ...longestExclude),
  };
}

/** Every occurrence of the index's patterns in an article's view (find once, then ask per item). */
export function findIndexedPatterns(index: ThemeTermIndex, view: string): PatternMatches {
  return findPatterns(index.matcher, view);
}

/**
 * For each theme (by its place in the index), the occurrences of its terms
 * inside `span` of `view` that count, sorted by offset: not inside an
 * occurrence of one of the theme's exclude phrases, and not overlapping a
 * longer counted occurrence (at equal length the heavier term wins, then the
 * earlier one: `社区干部建设` is 干部建设 when it weighs more). Themes without
 * one are left out. `matches` are `findIndexedPatterns(index, view)`.
 */
export function findThemeTerms(
  index: ThemeTermIndex,
  matches: PatternMatches,
  view: string,
  span: Span,
): Map<number, Occurrence[]> {
  const { patterns } = index.matcher;
  const candidates = new Map<number, Candidate[]>();
  const excluded = new Map<number, Span[]>();
  const from = Math.max(0, span.start - index.longest);
  const to = Math.min(view.length, span.end + index.longest);
  for (let m = firstAtLeast(matches.at, from, matches.count); m < matches.count && matches.at[m] < to; m++) {
    const at = matches.at[m];
    const pattern = patterns[matches.pattern[m]];
    const end = at + pattern.length;
    for (const use of index.uses[matches.pattern[m]]) {
      if (use.order === -1) {
        const reach = index.longestExclude[use.theme];
        if (at < Math.max(0, span.start - reach) || end > Math.min(view.length, span.end + reach)) continue;
        let list = excluded.get(use.theme);
        if (list === undefined) excluded.set(use.theme, (list = []));
        list.push({ start: at, end });
      } else if (at >= span.start && end <= span.end) {
        let list = candidates.get(use.theme);
        if (list === undefined) candidates.set(use.theme, (list = []));
        list.push({ term: pattern, weight: use.weight, at, order: use.order });
      }
    }
  }
  const out = new Map<number, Occurrence[]>();
  for (const [theme, list] of candidates) {
    const x = excluded.get(theme);
    const counted = x ? list.filter((c) => !x.some((e) => e.start <= c.at && c.at + c.term.length <= e.end)) : list;
    const taken = settleCandidates(counted);
    if (taken.length > 0) out.set(theme, taken);
  }
  return out;
}
