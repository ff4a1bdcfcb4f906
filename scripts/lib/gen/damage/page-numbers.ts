/** Printed page numbers glued into sentences in a consecutive run (`…的66事`, `…67` at a line end), and split footers. */
import type { Rng } from '../prng.ts';
import { gluedNumbers, isHan } from '../text.ts';
import { isProtected, type Damaging } from './inserts.ts';
import { breakSpots, MIN_REST, segmentsOk } from './wraps.ts';

/** A consecutive run, in text order, that no number of the text itself could join; returns the numbers. */
export function addPageNumbers(d: Damaging): number[] {
  const { list, inserts, rng, rules, closer } = d;
  const pageNumbers: number[] = [];
  if (!rng.chance(d.options.pageNumbers)) return pageNumbers;
  const natural = gluedNumbers(list.map((b) => b.text).join('\n'), rules.numberUnits);
  const spots: { block: number; at: number; eol: boolean }[] = [];
  list.forEach((b, i) => {
    if (b.numberAtEnd && isHan(b.text[b.text.length - 1])) spots.push({ block: i, at: b.text.length, eol: true });
    if (b.kind !== 'body' || b.safeFrom === undefined) return;
    const breaks = new Set(inserts[i].map((x) => x.at));
    for (let at = b.safeFrom; at < b.text.length; at++) {
      if (breaks.has(at)) {
        if (isHan(b.text[at - 1]) && b.text[at - 1] !== closer) spots.push({ block: i, at, eol: true });
      } else if (
        numberFits(b.text, at, closer, rules.numberUnits) &&
        !breaks.has(at + 1) &&
        !breaks.has(at - 1) &&
        !isProtected(b, at)
      ) {
        spots.push({ block: i, at, eol: false });
      }
    }
  });
  const k = Math.max(2, longestRun(natural) + 1, rng.int(2, 4));
  if (spots.length < k * 3) return pageNumbers;
  const chosen = pickSpread(rng, spots, k).sort((a, b) => a.block - b.block || a.at - b.at);
  const apart = chosen.every((s, n) => n === 0 || s.block !== chosen[n - 1].block || s.at - chosen[n - 1].at >= 2);
  const start = firstFree(rng, natural, k);
  if (start === undefined || !apart) return pageNumbers;
  chosen.forEach((s, n) => {
    inserts[s.block].push({ at: s.at, kind: 'number', value: start + n });
    pageNumbers.push(start + n);
  });
  d.format.push('furniture:page-numbers');
  if (chosen.some((s) => s.eol)) d.format.push('furniture:page-number-at-line-end');
  return pageNumbers;
}

/**
 * A running footer split over two lines at a hard wrap: a lone dash (often
 * OCR'd as `一`), then the page number glued to the next line. Returns how many (0 or 1).
 */
export function addPageFooter(d: Damaging): number {
  const { list, inserts, rng, closer } = d;
  if (!rng.chance(d.options.pageFooter)) return 0;
  const candidates = list.flatMap((b, i) => {
    if (b.kind !== 'body' || b.safeFrom === undefined) return [];
    const taken = inserts[i].map((x) => x.at);
    return breakSpots(b, closer, d.quoteGlyph)
      .filter((at) => isHan(b.text[at - 1]) && isHan(b.text[at]))
      .filter(
        (at) =>
          taken.every((t) => Math.abs(t - at) > MIN_REST) &&
          segmentsOk(
            b.text,
            [...taken, at].sort((x, y) => x - y),
          ),
      )
      .map((at) => ({ block: i, at }));
  });
  if (!candidates.length) return 0;
  const spot = rng.pick(candidates);
  inserts[spot.block].push({ at: spot.at, kind: 'footer', value: rng.int(1, 300) });
  d.format.push('furniture:page-footer');
  return 1;
}

/** Whether a page number glued in at `at` would be read as one (between Han characters, no unit after it). */
function numberFits(text: string, at: number, closer: string, units: readonly string[]): boolean {
  if (!isHan(text[at - 1]) || !isHan(text[at]) || text[at - 1] === closer || text[at] === closer) return false;
  return !units.some((u) => text.startsWith(u, at));
}

function longestRun(values: readonly number[]): number {
  let best = 0;
  for (let i = 0; i < values.length; i++) {
    let last = values[i];
    let run = 1;
    for (let j = i + 1; j < values.length; j++)
      if (values[j] === last + 1) {
        last = values[j];
        run++;
      }
    best = Math.max(best, run);
  }
  return best;
}

/** A first page number whose run (and its neighbours) no number of the text takes. */
function firstFree(rng: Rng, natural: readonly number[], k: number): number | undefined {
  for (let tries = 0; tries < 50; tries++) {
    const start = rng.int(2, 400);
    if (!natural.some((v) => v >= start - 1 && v <= start + k)) return start;
  }
  return undefined;
}

/** `k` spots spread over the article (one per stretch), as pages are; a page break at a line end now and then. */
function pickSpread<T extends { eol: boolean }>(rng: Rng, spots: readonly T[], k: number): T[] {
  const out: T[] = [];
  const size = spots.length / k;
  for (let n = 0; n < k; n++) {
    const lo = Math.floor(n * size);
    const hi = Math.max(lo, Math.floor((n + 1) * size) - 1);
    const stretch = spots.slice(lo, hi + 1);
    const ends = stretch.filter((s) => s.eol);
    out.push(ends.length && rng.chance(0.4) ? rng.pick(ends) : rng.pick(stretch));
  }
  return out;
}
