import type { Replacement } from '../ledger.ts';

/** Tone-marked vowels: pinyin's tell (a Latin word in parentheses has none). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const LETTERS = `a-zA-Z${TONED}ńňǹ`;
const HAS_TONE = new RegExp(`[${TONED}]`);

/** A parenthesised syllable right after a Han character: `區(qū)`, `黨（dǎng）`. */
const PAIR = new RegExp(`(?<=\\p{Script=Han})[(（]([${LETTERS}]{1,7})[)）]`, 'gu');
/** A syllable cut off with its line (`問(w` at a truncated line's end). */
const CUT = new RegExp(`(?<=\\p{Script=Han})[(（][a-z${TONED}]{1,6}(?=[ \\t]*(?:\\n|$))`, 'gu');

/**
 * Pinyin a converter of traditional-script pages put after characters
 * (`社區(qū)黨組織建設(shè)`). Repaired only in a text where at least `minPairs`
 * tone-marked syllables follow Han characters, and then only parenthesised
 * syllables with a tone mark (and ones cut off at a line's end): `(一)`,
 * `(2020)`, `(试行)` and Latin words stay.
 */
export function findPinyin(view: string, minPairs: number): Replacement[] {
  // Most texts hold no tone-marked vowel at all, and then no pair either.
  if (!HAS_TONE.test(view)) return [];
  const out: Replacement[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(view); m; m = PAIR.exec(view)) {
    if (HAS_TONE.test(m[1]))
      out.push({ start: m.index, end: m.index + m[0].length, text: '', rule: 'artifact.pinyin' });
  }
  if (out.length < minPairs) return [];
  CUT.lastIndex = 0;
  for (let m = CUT.exec(view); m; m = CUT.exec(view)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: '', rule: 'artifact.pinyin' });
  }
  return out;
}
