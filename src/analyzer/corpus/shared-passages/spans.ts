/** Kept runs reported as passages: spans in the articles' own texts. */
import type { SharedPassage, Span } from '../../types.ts';
import type { SharedPassageInput } from './index.ts';
import { charEnd, type NormalizedSpans } from './normalize.ts';
import type { RunList } from './runs.ts';

/** Adds the kept runs of article `cur` (in order of start) to `found`, `a` the partner and `b` article `cur`. */
export function reportKept(
  articles: readonly SharedPassageInput[],
  texts: readonly string[],
  normalized: NormalizedSpans,
  cur: number,
  kept: RunList,
  found: SharedPassage[],
): void {
  for (let r = 0; r < kept.count; r++) {
    const partner = kept.partner[r];
    const spanA = spanOf(
      articles,
      texts,
      normalized,
      partner,
      kept.start[r] + kept.diag[r],
      kept.end[r] + kept.diag[r],
    );
    found.push({
      a: { article: articles[partner].slug, span: spanA },
      b: { article: articles[cur].slug, span: spanOf(articles, texts, normalized, cur, kept.start[r], kept.end[r]) },
      text: articles[partner].text.slice(spanA.start, spanA.end),
    });
  }
}

/** The span in `texts[a]` of article `a`'s normalized characters `[from, to)`. */
function spanOf(
  articles: readonly SharedPassageInput[],
  texts: readonly string[],
  { starts, at }: NormalizedSpans,
  a: number,
  from: number,
  to: number,
): Span {
  return { start: starts[at[a] + from], end: charEnd(texts[a], starts[at[a] + to - 1], articles[a].body.end) };
}
