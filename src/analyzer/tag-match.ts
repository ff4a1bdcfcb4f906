/**
 * Finding a theme's terms in a stretch of text: substring matching on the
 * simplified view, minus occurrences inside an exclude phrase, with the
 * longer term winning where two terms of the theme overlap.
 */
import type { Span, Theme } from './types.ts';

/** One counted occurrence of a term. */
export interface Occurrence {
  term: string;
  weight: number;
  /** Clean-text offset (same in `view` and the article's `text`). */
  at: number;
}

/** Every start offset of `needle` in `haystack` within `[from, to)` (the whole needle inside). */
export function occurrences(haystack: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = haystack.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/**
 * The occurrences of `theme`'s terms inside `span` of `view` that count:
 * not inside an occurrence of one of the theme's exclude phrases, and not
 * overlapping a longer counted occurrence (at equal length the heavier term
 * wins, then the earlier one: `社区干部建设` is 干部建设 when it weighs more).
 * Sorted by offset.
 */
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
  candidates.sort((a, b) => b.term.length - a.term.length || b.weight - a.weight || a.at - b.at || a.order - b.order);
  const taken: Occurrence[] = [];
  for (const c of candidates) {
    const end = c.at + c.term.length;
    if (taken.some((t) => c.at < t.at + t.term.length && t.at < end)) continue;
    taken.push({ term: c.term, weight: c.weight, at: c.at });
  }
  return taken.sort((a, b) => a.at - b.at);
}
