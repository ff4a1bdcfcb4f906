/** Hard-wrapped lines, broken inside words as PDF extraction breaks them, never inside a heading or its first sentence. */
import type { Block } from '../article/index.ts';
import { isHan } from '../text.ts';
import { isProtected, type Damaging } from './inserts.ts';

/** Text a wrapped line must not start with: it would read as a marker, a label, a field or a conclusion. */
const BAD_LINE_START =
  /^(?:[一二三四五六七八九十]|问题|原因|对策|建议|措施|整改|摘要|关键|中图|文献|文章|作者|收稿|基金|参考|综上|总之|总而|总的|篇)/;
/** A line the cleaner would take for author names (`张三`, `张三,李四`). */
const NAMES = /^(?:\p{Script=Han}{2,4}(?:[,，、\s]+\p{Script=Han}{2,4})+|\p{Script=Han}{2,3})$/u;
const MIN_FIRST = 14;
/** The shortest piece after a wrap. */
export const MIN_REST = 10;

/** One to three wraps in some of the long body paragraphs. */
export function addHardWraps(d: Damaging): void {
  const { rng, closer } = d;
  d.list.forEach((b, i) => {
    if (b.kind !== 'body' || b.safeFrom === undefined || b.text.length < 40 || !rng.chance(d.options.wrap)) return;
    const spots = breakSpots(b, closer, d.quoteGlyph);
    const wanted = rng.int(1, 3);
    const chosen: number[] = [];
    for (const at of rng.shuffle(spots)) {
      if (chosen.length >= wanted) break;
      const all = [...chosen, at].sort((x, y) => x - y);
      if (segmentsOk(b.text, all)) chosen.push(at);
    }
    for (const at of chosen) d.inserts[i].push({ at, kind: 'break' });
  });
  if (d.inserts.some((x) => x.length)) d.format.push('layout:hard-wrap');
}

/**
 * Offsets inside a block where a hard wrap can fall, as PDF extraction puts
 * them: inside words or next to a comma; not inside a protected heading, and
 * not inside quotes where the quote glyph must still pair up on one line.
 */
export function breakSpots(block: Block, closer: string, keepQuotes: boolean): number[] {
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

/** Every piece of a wrapped paragraph long enough, and none a line of names. */
export function segmentsOk(text: string, breaks: number[]): boolean {
  const cuts = [0, ...breaks, text.length];
  for (let i = 1; i < cuts.length; i++) {
    const seg = text.slice(cuts[i - 1], cuts[i]);
    if (seg.length < (i === 1 ? MIN_FIRST : MIN_REST) || NAMES.test(seg)) return false;
  }
  return true;
}
