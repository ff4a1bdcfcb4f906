import type { Replacement } from '../ledger.ts';
import type { Rules } from '../../config/rules.ts';

/**
 * Repair glyphs that a journal's PDF font maps to the wrong character (`冶` for
 * ”, `摇` for a space). Enabled only in a text where the glyph demonstrably
 * closes quotations (`“刻舟求剑冶`) at least `minPairs` times, so the real
 * characters (`地动山摇`) in other articles are never touched.
 */
export function findArtifacts(view: string, artifacts: Rules['artifacts']): Replacement[] {
  const quoteCloser = artifacts.glyphs.find((g) => /[”"’」』]/.test(g.standsFor));
  if (!quoteCloser) return [];
  // Most texts lack the glyph, and then have no pair: the pairs' pattern need not run over them.
  const pairs = view.includes(quoteCloser.glyph)
    ? (view.match(new RegExp(`“[^“”\\n${quoteCloser.glyph}]{1,40}${quoteCloser.glyph}`, 'g'))?.length ?? 0)
    : 0;
  if (pairs < artifacts.minPairs) return [];

  const out: Replacement[] = [];
  for (const g of artifacts.glyphs) {
    for (let i = view.indexOf(g.glyph); i !== -1; i = view.indexOf(g.glyph, i + 1)) {
      if (g.keepIn.some((word) => inWord(view, i, word, g.glyph))) continue;
      out.push({ start: i, end: i + 1, text: g.standsFor, rule: `artifact.${g.glyph}` });
    }
  }
  return out;
}

function inWord(view: string, at: number, word: string, glyph: string): boolean {
  for (let k = word.indexOf(glyph); k !== -1; k = word.indexOf(glyph, k + 1)) {
    if (view.startsWith(word, at - k)) return true;
  }
  return false;
}
