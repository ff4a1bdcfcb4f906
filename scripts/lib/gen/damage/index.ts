import type { Rules } from '../../../../src/analyzer/index.ts';
import type { Block } from '../article/index.ts';
import type { Rng } from '../prng.ts';
import { endMark, withJunkLine } from './furniture.ts';
import { flattenedBody } from './flatten.ts';
import { withQuoteGlyph } from './glyph.ts';
import { renderLines, type Damaging } from './inserts.ts';
import { addPageFooter, addPageNumbers } from './page-numbers.ts';
import { addHardWraps } from './wraps.ts';

/**
 * Adds the damage scraped PDF text shows to one built article's blocks and
 * returns its lines: a watermark or uploader line at the end, a stray layout
 * line, `冶` for every `”`, hard wraps, page numbers glued into sentences
 * and a running footer split over two lines, and now and then the body run
 * together on one line (`flattenedBody`); each is drawn from `rng` in that
 * order. `trailerFollows`: the site's trailer lines come right after this
 * article (an uploader line would not end it).
 */
export function damage(
  blocks: readonly Block[],
  rng: Rng,
  rules: Rules,
  options: DamageOptions = DEFAULT_DAMAGE,
  trailerFollows = false,
): Damaged {
  const format: string[] = [];
  const copy = blocks.map((b) => ({ ...b }));
  const tail = endMark(copy, rng, options, trailerFollows, format);
  const junked = withJunkLine(copy, rng, options, format);
  const { list, quoteGlyph, closer } = withQuoteGlyph(junked, rng, rules, options, format);
  const d: Damaging = { list, inserts: list.map(() => []), closer, quoteGlyph, rng, rules, options, format };
  addHardWraps(d);
  const pageNumbers = addPageNumbers(d);
  const pageFooters = addPageFooter(d);

  const perBlock = list.map((b, i) => renderLines(b.text, d.inserts[i], rng));
  // Drawn last, so that the other damage of an article is what it was before this kind existed.
  const flat = rng.chance(options.flatten) ? flattenedBody(list, d.inserts, perBlock) : undefined;
  if (flat) {
    format.push('layout:flattened');
    if (flat.unwrapped) format.splice(format.indexOf('layout:hard-wrap') >>> 0, 1);
  }
  const lines = flat?.lines ?? perBlock.flat();
  if (tail?.ownLine) lines.push(tail.text);
  else if (tail) lines[lines.length - 1] += tail.text;
  return { lines, pageNumbers, pageFooters, quoteGlyph, format };
}

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
  /** The body's paragraphs run together on one line, spaces between them (where every break stays readable). */
  flatten: number;
}

export const DEFAULT_DAMAGE: DamageOptions = {
  wrap: 0.35,
  pageNumbers: 0.25,
  pageFooter: 0.06,
  quoteGlyph: 0.12,
  junk: 0.06,
  attribution: 0.04,
  watermark: 0.04,
  flatten: 0.3,
};
