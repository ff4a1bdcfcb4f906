import type { Replacement } from '../ledger.ts';
import type { Correction } from '../../types.ts';

/**
 * Apply corrections people wrote down (matched on the text as written in the file) for OCR misreadings (`杜区`→社区). Every
 * occurrence is corrected; a correction that matches nothing is reported, since
 * it usually means the source changed under it.
 */
export function findCorrections(
  text: string,
  corrections: readonly Correction[],
): { replacements: Replacement[]; unused: Correction[] } {
  const replacements: Replacement[] = [];
  const unused: Correction[] = [];
  for (const c of corrections) {
    let hits = 0;
    for (let i = text.indexOf(c.find); i !== -1; i = text.indexOf(c.find, i + c.find.length)) {
      const r: Replacement = { start: i, end: i + c.find.length, text: c.replace, rule: 'correction' };
      if (c.note) r.note = c.note;
      replacements.push(r);
      hits++;
    }
    if (hits === 0) unused.push(c);
  }
  return { replacements, unused };
}
