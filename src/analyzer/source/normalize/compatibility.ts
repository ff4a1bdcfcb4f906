import type { Replacement } from '../ledger.ts';
import { COMPATIBILITY_IDEOGRAPHS, unifiedIdeograph } from '../../text/compatibility.ts';

/**
 * Radical and compatibility code points copied out of PDFs (`⼯` for 工),
 * each replaced by the ideograph it stands for, so search and matching see
 * the character a reader sees.
 */
export function findCompatibilityIdeographs(text: string): Replacement[] {
  const out: Replacement[] = [];
  for (const m of text.matchAll(COMPATIBILITY_IDEOGRAPHS)) {
    const unified = unifiedIdeograph(m[0]);
    if (unified)
      out.push({ start: m.index, end: m.index + 1, text: unified, rule: 'artifact.compatibility-ideograph' });
  }
  return out;
}
