import { linkStrength } from '../analyzer/index.ts';

/** The page that explains link kinds, strengths and scores (src/pages/guide/links.astro), from the site's root. */
export const LINKS_GUIDE = '/guide/links/';

/**
 * The score ranges of each strength, read from the analyzer's own `linkStrength` (so the page never states other
 * thresholds than the ones used): `[{ strength: 'strong', from: 0.6, to: 1 }, …]`, strongest first.
 */
export function strengthRanges(): { strength: ReturnType<typeof linkStrength>; from: number; to: number }[] {
  const ranges: { strength: ReturnType<typeof linkStrength>; from: number; to: number }[] = [];
  for (let n = 100; n >= 0; n--) {
    const score = n / 100;
    const strength = linkStrength(score);
    const last = ranges.at(-1);
    if (last?.strength === strength) last.from = score;
    else ranges.push({ strength, from: score, to: score });
  }
  return ranges;
}
