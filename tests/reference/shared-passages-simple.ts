// Shared passages as first written (a Map from each shingle's text to its postings, every seed extended a
// character at a time, runs settled by subtracting pieces): the reference for tests/analyzer/corpus/shared-passages.test.ts.
import type { SharedPassageInput, SharedPassageOptions } from '../../src/analyzer/corpus/shared-passages/index.ts';
import { foldCodePoint } from '../../src/analyzer/corpus/shared-passages/normalize.ts';
import { isHanCodePoint } from '../../src/analyzer/text/chars.ts';
import type { SharedPassage, Span } from '../../src/analyzer/types.ts';

export interface Norm {
  chars: number[];
  starts: number[];
  ends: number[];
  /** Han characters before each position (one more entry than `chars`). */
  han: number[];
}

interface Run {
  partner: number;
  start: number;
  end: number;
  diag: number;
}

function whole(value: number | undefined, fallback: number, least: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  if (value === Infinity) return Infinity;
  return Math.max(least, Math.floor(value));
}

/** `view[span]` (clamped) normalized a code point at a time. */
export function simpleNormalize(view: string, span: Span): Norm {
  const from = Math.max(0, Math.min(view.length, span.start));
  const to = Math.max(from, Math.min(view.length, span.end));
  const norm: Norm = { chars: [], starts: [], ends: [], han: [0] };
  let i = from;
  for (const ch of view.slice(from, to)) {
    const folded = foldCodePoint(ch.codePointAt(0)!);
    if (folded >= 0) {
      norm.chars.push(folded);
      norm.starts.push(i);
      norm.ends.push(i + ch.length);
      norm.han.push(norm.han[norm.han.length - 1] + (isHanCodePoint(folded) ? 1 : 0));
    }
    i += ch.length;
  }
  return norm;
}

function subtract(pieces: [number, number][], cutStart: number, cutEnd: number): [number, number][] {
  if (cutEnd <= cutStart) return pieces;
  return pieces.flatMap(([s, e]): [number, number][] => {
    if (cutEnd <= s || cutStart >= e) return [[s, e]];
    return [
      [s, Math.min(e, cutStart)],
      [Math.max(s, cutEnd), e],
    ].filter(([a, b]) => a < b) as [number, number][];
  });
}

/** Longest runs first; each keeps what earlier kept runs (and, with its partner, their partner text) leave, if long, seeded. */
function settle(runs: Run[], norm: Norm, minLength: number, seeded: (start: number, end: number) => boolean): Run[] {
  const sorted = [...runs].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || x.partner - y.partner || x.diag - y.diag,
  );
  const kept: Run[] = [];
  for (const run of sorted) {
    let pieces: [number, number][] = [[run.start, run.end]];
    for (const k of kept) {
      pieces = subtract(pieces, k.start, k.end);
      if (k.partner === run.partner) pieces = subtract(pieces, k.start + k.diag - run.diag, k.end + k.diag - run.diag);
    }
    for (const [s, e] of pieces) {
      if (norm.han[e] - norm.han[s] >= minLength && seeded(s, e)) kept.push({ ...run, start: s, end: e });
    }
  }
  return kept;
}

export function simpleSharedPassages(
  articles: readonly SharedPassageInput[],
  options: SharedPassageOptions = {},
): SharedPassage[] {
  const minLength = whole(options.minLength, 16, 1);
  const k = whole(options.shingle, 8, 1);
  const maxPostings = whole(options.maxPostings, 50, 2);
  const norms = articles.map((a) => simpleNormalize(a.view.length === a.text.length ? a.view : a.text, a.body));
  const shingleAt = (norm: Norm, p: number) => norm.chars.slice(p, p + k).join(',');
  const index = new Map<string, [number, number][]>();
  norms.forEach((norm, art) => {
    for (let p = 0; p + k <= norm.chars.length; p++) {
      const key = shingleAt(norm, p);
      index.set(key, [...(index.get(key) ?? []), [art, p]]);
    }
  });

  const found: SharedPassage[] = [];
  norms.forEach((norm, cur) => {
    const x = norm.chars;
    const covered = new Map<string, number>();
    const runs: Run[] = [];
    const isSeed = (p: number) => index.get(shingleAt(norm, p))!.length <= maxPostings;
    for (let p = 0; p + k <= x.length; p++) {
      if (!isSeed(p)) continue;
      for (const [partner, q] of index.get(shingleAt(norm, p))!) {
        if (partner >= cur) continue;
        const diag = q - p;
        if (p < (covered.get(`${partner},${diag}`) ?? -1)) continue;
        const y = norms[partner].chars;
        let end = p;
        while (end < x.length && end + diag < y.length && x[end] === y[end + diag]) end++;
        let start = p;
        while (start > 0 && start + diag > 0 && x[start - 1] === y[start - 1 + diag]) start--;
        covered.set(`${partner},${diag}`, Math.max(end, p + 1));
        if (end - start >= k && norm.han[end] - norm.han[start] >= minLength) runs.push({ partner, start, end, diag });
      }
    }
    const seeded = (start: number, end: number) => {
      for (let p = start; p + k <= end; p++) if (isSeed(p)) return true;
      return false;
    };
    const kept = runs.length === 1 ? runs : settle(runs, norm, minLength, seeded);
    for (const run of [...kept].sort((r, s) => r.start - s.start)) {
      const na = norms[run.partner];
      const spanA = { start: na.starts[run.start + run.diag], end: na.ends[run.end - 1 + run.diag] };
      found.push({
        a: { article: articles[run.partner].slug, span: spanA },
        b: { article: articles[cur].slug, span: { start: norm.starts[run.start], end: norm.ends[run.end - 1] } },
        text: articles[run.partner].text.slice(spanA.start, spanA.end),
      });
    }
  });
  return found;
}
