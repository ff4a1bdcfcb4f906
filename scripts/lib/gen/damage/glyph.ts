/** The `冶` glyph written for every `”` in an article with several quoted phrases (a PDF font artifact). */
import type { Rules } from '../../../../src/analyzer/index.ts';
import type { Block } from '../article/index.ts';
import type { Rng } from '../prng.ts';
import { hasArtifactGlyph, quotePairs } from '../text.ts';
import type { DamageOptions } from './index.ts';

/** The blocks, with `”` replaced when chosen and safe; `closer` is what closes a quote afterwards. */
export function withQuoteGlyph(
  list: Block[],
  rng: Rng,
  rules: Rules,
  options: DamageOptions,
  format: string[],
): { list: Block[]; quoteGlyph: boolean; closer: string } {
  const glyph = rules.artifacts.glyphs.find((g) => g.standsFor === '”');
  if (glyph && rng.chance(options.quoteGlyph)) {
    const pairs = list.reduce((n, b) => n + quotePairs(b.text, '”'), 0);
    const clean = list.every((b) => !hasArtifactGlyph(b.text, rules));
    const replaced = list.map((b) => ({ ...b, text: b.text.replaceAll('”', glyph.glyph) }));
    const kept = replaced.some((b) => glyphInKeptWord(b.text, glyph.glyph, glyph.keepIn));
    if (pairs > rules.artifacts.minPairs && clean && !kept) {
      format.push('artifact:冶');
      return { list: replaced, quoteGlyph: true, closer: glyph.glyph };
    }
  }
  return { list, quoteGlyph: false, closer: '”' };
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
