/**
 * The damage scraped PDF text shows, added to a built article: hard-wrapped
 * lines (broken inside words, never inside a heading or its first sentence),
 * printed page numbers glued into sentences in a consecutive run (`…的66事`,
 * `…67` at a line end), a stray layout line (`LT`), and the `冶` glyph
 * written for every `”` in an article with several quoted phrases.
 */
import type { Rules } from '../../../src/analyzer/index.ts';
import type { Block } from './article.ts';
import type { Rng } from './prng.ts';
import { gluedNumbers, hasArtifactGlyph, isHan, quotePairs } from './text.ts';

export interface Damaged {
  /** The article's lines, in order (wrapped blocks give several lines). */
  lines: string[];
  pageNumbers: number[];
  /** Running footers split over two lines (`一` / `3进入…`) put in. */
  pageFooters: number;
  quoteGlyph: boolean;
  format: string[];
}

/** How often each kind of damage is added (per article, or per paragraph for wraps). */
export interface DamageOptions {
  wrap: number;
  pageNumbers: number;
  pageFooter: number;
  quoteGlyph: number;
  junk: number;
  /** `作者:某某软件公司` at the end of the article (only where no site trailer follows). */
  attribution: number;
  /** A publisher watermark glued to the article's last line. */
  watermark: number;
}

export const DEFAULT_DAMAGE: DamageOptions = {
  wrap: 0.35,
  pageNumbers: 0.25,
  pageFooter: 0.06,
  quoteGlyph: 0.12,
  junk: 0.06,
  attribution: 0.04,
  watermark: 0.04,
};

/** Text a wrapped line must not start with: it would read as a marker, a label, a field or a conclusion. */
const BAD_LINE_START =
  /^(?:[一二三四五六七八九十]|问题|原因|对策|建议|措施|整改|摘要|关键|中图|文献|文章|作者|收稿|基金|参考|综上|总之|总而|总的|篇)/;
/** A line the cleaner would take for author names (`张三`, `张三,李四`). */
const NAMES = /^(?:\p{Script=Han}{2,4}(?:[,，、\s]+\p{Script=Han}{2,4})+|\p{Script=Han}{2,3})$/u;
const MIN_FIRST = 14;
const MIN_REST = 10;

interface Insert {
  at: number;
  kind: 'break' | 'number' | 'footer';
  value?: number;
}

/**
 * Add damage to one article's blocks. `trailerFollows`: the site's trailer
 * lines come right after this article (an attribution would not end it).
 */
export function damage(
  blocks: readonly Block[],
  rng: Rng,
  rules: Rules,
  options: DamageOptions = DEFAULT_DAMAGE,
  trailerFollows = false,
): Damaged {
  const format: string[] = [];
  let list = blocks.map((b) => ({ ...b }));

  // Site and publisher marks at the very end of the article (篇五's watermark, 篇六's uploader line),
  // glued to its last line once the rest of the damage is done.
  const last = list[list.length - 1];
  let tail: { text: string; ownLine: boolean } | undefined;
  if (last && (last.kind === 'body' || last.kind === 'meta') && rng.chance(options.watermark)) {
    const code = `${rng.pick(['MEC', 'CNKI', 'WF'])}${rng.int(2005, 2023)}.${rng.int(10, 9999)}`;
    tail = { text: `${code}Copyright?博看网www.bookan.com.cn.AllRightsReserved.`, ownLine: false };
    format.push('furniture:watermark');
  } else if (last && last.kind === 'body' && !trailerFollows && rng.chance(options.attribution)) {
    const who = `作者:${rng.pick(['金鹏信息网格化软件公司', '星辰文档网', '党建资料文库', '红色先锋工作室', '基层党建服务平台'])}`;
    tail = { text: who, ownLine: rng.chance(0.5) };
    format.push('furniture:site-attribution');
  }

  // A stray line of layout debris after the title (篇六, where the title then repeats) or between paragraphs.
  if (rng.chance(options.junk)) {
    const junk: Block = { text: rng.pick(['LT', 'LT', 'TT', 'EL']), kind: 'junk' };
    const titleAt = list.findIndex((b) => b.kind === 'title');
    const bodies = list
      .map((b, i) => (b.kind === 'body' && list[i + 1]?.kind === 'body' ? i : -1))
      .filter((i) => i >= 0);
    if (titleAt !== -1 && (bodies.length === 0 || rng.chance(0.5))) {
      const again = rng.chance(0.5) && list[titleAt + 1]?.kind !== 'title' ? [{ ...list[titleAt] }] : [];
      list = [...list.slice(0, titleAt + 1), junk, ...again, ...list.slice(titleAt + 1)];
      format.push(again.length ? 'furniture:junk-line+title-again' : 'furniture:junk-line');
    } else if (bodies.length) {
      const at = rng.pick(bodies) + 1;
      list = [...list.slice(0, at), junk, ...list.slice(at)];
      format.push('furniture:junk-line');
    }
  }

  // `”` written as `冶` throughout an article with several quoted phrases.
  const glyph = rules.artifacts.glyphs.find((g) => g.standsFor === '”');
  let quoteGlyph = false;
  if (glyph && rng.chance(options.quoteGlyph)) {
    const pairs = list.reduce((n, b) => n + quotePairs(b.text, '”'), 0);
    const clean = list.every((b) => !hasArtifactGlyph(b.text, rules));
    const replaced = list.map((b) => ({ ...b, text: b.text.replaceAll('”', glyph.glyph) }));
    const kept = replaced.some((b) => glyphInKeptWord(b.text, glyph.glyph, glyph.keepIn));
    if (pairs > rules.artifacts.minPairs && clean && !kept) {
      list = replaced;
      quoteGlyph = true;
      format.push('artifact:冶');
    }
  }
  const closer = quoteGlyph ? glyph!.glyph : '”';

  // Hard wraps.
  const inserts: Insert[][] = list.map(() => []);
  list.forEach((b, i) => {
    if (b.kind !== 'body' || b.safeFrom === undefined || b.text.length < 40 || !rng.chance(options.wrap)) return;
    const spots = breakSpots(b, closer, quoteGlyph);
    const wanted = rng.int(1, 3);
    const chosen: number[] = [];
    for (const at of rng.shuffle(spots)) {
      if (chosen.length >= wanted) break;
      const all = [...chosen, at].sort((x, y) => x - y);
      if (segmentsOk(b.text, all)) chosen.push(at);
    }
    for (const at of chosen) inserts[i].push({ at, kind: 'break' });
  });
  if (inserts.some((x) => x.length)) format.push('layout:hard-wrap');

  // Page numbers: a consecutive run, in text order, that no number of the text itself could join.
  const pageNumbers: number[] = [];
  if (rng.chance(options.pageNumbers)) {
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
    if (spots.length >= k * 3) {
      const chosen = pickSpread(rng, spots, k).sort((a, b) => a.block - b.block || a.at - b.at);
      const apart = chosen.every((s, n) => n === 0 || s.block !== chosen[n - 1].block || s.at - chosen[n - 1].at >= 2);
      const start = firstFree(rng, natural, k);
      if (start !== undefined && apart) {
        chosen.forEach((s, n) => {
          inserts[s.block].push({ at: s.at, kind: 'number', value: start + n });
          pageNumbers.push(start + n);
        });
        format.push('furniture:page-numbers');
        if (chosen.some((s) => s.eol)) format.push('furniture:page-number-at-line-end');
      }
    }
  }

  // A running footer split over two lines at a hard wrap: a lone dash (often OCR'd as `一`), then the page number glued to the next line.
  let pageFooters = 0;
  if (rng.chance(options.pageFooter)) {
    const candidates = list.flatMap((b, i) => {
      if (b.kind !== 'body' || b.safeFrom === undefined) return [];
      const taken = inserts[i].map((x) => x.at);
      return breakSpots(b, closer, quoteGlyph)
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
    if (candidates.length) {
      const spot = rng.pick(candidates);
      inserts[spot.block].push({ at: spot.at, kind: 'footer', value: rng.int(1, 300) });
      pageFooters = 1;
      format.push('furniture:page-footer');
    }
  }

  const lines: string[] = [];
  list.forEach((b, i) => lines.push(...render(b.text, inserts[i], rng)));
  if (tail?.ownLine) lines.push(tail.text);
  else if (tail) lines[lines.length - 1] += tail.text;
  return { lines, pageNumbers, pageFooters, quoteGlyph, format };
}

/**
 * Offsets inside a block where a hard wrap can fall, as PDF extraction puts
 * them: inside words or next to a comma; not inside a protected heading, and
 * not inside quotes where the quote glyph must still pair up on one line.
 */
function breakSpots(block: Block, closer: string, keepQuotes: boolean): number[] {
  const text = block.text;
  const from = Math.max(block.safeFrom ?? text.length, MIN_FIRST);
  const out: number[] = [];
  let depth = 0;
  for (let at = 0; at < text.length - MIN_REST; at++) {
    const c = text[at];
    if (c === '“') depth++;
    else if ((c === closer || c === '”') && depth > 0) depth--;
    const next = at + 1;
    if (next < from || (keepQuotes && depth > 0) || isProtected(block, next)) continue;
    const before = text[next - 1];
    const after = text[next];
    if (!(isHan(before) || /[,，、]/.test(before)) || !(isHan(after) || /[,，、“]/.test(after))) continue;
    if (before === closer || after === closer) continue;
    if (BAD_LINE_START.test(text.slice(next))) continue;
    out.push(next);
  }
  return out;
}

/** Whether offset `at` falls inside (or at the end of) a protected range of the block. */
function isProtected(block: Block, at: number): boolean {
  return (block.protect ?? []).some(([s, e]) => at > s && at <= e);
}

/** Every piece of a wrapped paragraph long enough, and none a line of names. */
function segmentsOk(text: string, breaks: number[]): boolean {
  const cuts = [0, ...breaks, text.length];
  for (let i = 1; i < cuts.length; i++) {
    const seg = text.slice(cuts[i - 1], cuts[i]);
    if (seg.length < (i === 1 ? MIN_FIRST : MIN_REST) || NAMES.test(seg)) return false;
  }
  return true;
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

function render(text: string, inserts: readonly Insert[], rng: Rng): string[] {
  const sorted = [...inserts].sort((a, b) => a.at - b.at || (a.kind === 'number' ? -1 : 1));
  const lines: string[] = [];
  let line = '';
  let pos = 0;
  for (const ins of sorted) {
    line += text.slice(pos, ins.at);
    pos = ins.at;
    if (ins.kind === 'number') line += String(ins.value);
    else if (ins.kind === 'footer') {
      lines.push(line, rng.pick(['一', '—', '-']));
      line = String(ins.value);
    } else {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line + text.slice(pos));
  return lines;
}

/** Whether the glyph, once written for `”`, would sit inside a word the repair keeps (`陶冶`). */
function glyphInKeptWord(text: string, glyph: string, keepIn: readonly string[]): boolean {
  for (let i = text.indexOf(glyph); i !== -1; i = text.indexOf(glyph, i + 1)) {
    for (const word of keepIn) {
      for (let k = word.indexOf(glyph); k !== -1; k = word.indexOf(glyph, k + 1)) {
        if (text.startsWith(word, i - k)) return true;
      }
    }
  }
  return false;
}
