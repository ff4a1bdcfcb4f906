import type { Rules } from '../../../../src/analyzer/index.ts';
import type { Pool } from '../pool.ts';
import type { Rng } from '../prng.ts';
import { writeBackMatter } from './back-matter.ts';
import { EXCERPT_NOTICE, writeAbstractOnly, writeFrontMatter } from './front-matter.ts';
import { writeLabelled, writeNumbered } from './outline.ts';
import type { BuiltArticle } from './records.ts';
import { ArticleWriter } from './writer.ts';

/**
 * Builds one generated article: its lines as blocks, before any layout
 * damage, and what a careful reader finds in it (the oracle). Structure
 * only: the damage a scraped PDF shows (hard wraps, page numbers, glyph
 * artifacts, junk lines) is added by `../damage/`.
 */
export function buildArticle(rng: Rng, pool: Pool, rules: Rules, options: ArticleOptions): BuiltArticle {
  const w = new ArticleWriter(rng, pool, rules, options.hardForms ?? true, options.traditional ?? false);
  if (options.kind === 'abstract-only') writeAbstractOnly(w);
  else writeFull(w, options.kind);
  return { blocks: w.blocks, expected: w.expected() };
}

export interface ArticleOptions {
  kind: 'numbered' | 'labelled' | 'abstract-only';
  /**
   * Also write the hard forms (tagged `hard:…` in the oracle): a heading on its
   * own line ending in words that could open a body, a long heading line with
   * no full stop, an intro closed by a half-width stop, an 一是… list glued to
   * its heading, a run-in heading in traditional text. On by default.
   */
  hardForms?: boolean;
  /** The file will be converted to traditional characters. */
  traditional?: boolean;
}

export type { Block, BuiltArticle, ExpectedArticle, ExpectedItem, ExpectedMetadata } from './records.ts';

/** Front matter, intro, the body outline, back matter, now and then the site's excerpt notice. */
function writeFull(w: ArticleWriter, kind: 'numbered' | 'labelled'): void {
  writeFrontMatter(w);
  // An opening line without a sentence mark reads as a title line (known failure).
  const intros = w.pool.intros.filter((p) => w.hardForms || /[。！？]/.test(p));
  const chosen = w.rng.sample(intros, w.rng.chance(0.3) ? 2 : 1);
  if (!/[。！？]/.test(chosen[0])) w.format.push('hard:intro-without-full-stop');
  for (const p of chosen) w.para(p);
  if (kind === 'labelled') writeLabelled(w);
  else writeNumbered(w);
  writeBackMatter(w);
  if (w.rng.chance(0.05)) {
    w.push(EXCERPT_NOTICE, 'notice');
    w.format.push('furniture:excerpt-notice');
  }
}
