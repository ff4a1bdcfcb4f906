/** Whether a text is written in traditional characters (繁体), converting it only when the dictionaries cannot tell. */
import { changeSetTable } from './caches.ts';
import { toSimplified } from './convert.ts';
import { dangerousAt, UNIT_CHANGING, UNIT_DANGEROUS, UNIT_HAN } from './opencc.ts';

/** Characters sampled to decide whether a text is traditional. */
const SAMPLE = 20000;
/** Share of changed Han characters above which a text is traditional. */
const THRESHOLD = 0.03;

/**
 * Whether a text is traditional: more than 3 % of the Han characters of its
 * first 20,000 characters change under conversion (`traditionalShare`).
 */
export function isTraditional(text: string): boolean {
  if (surelySimplified(text)) return false;
  return traditionalShare(text) > THRESHOLD;
}

/**
 * Share of Han characters of the sample that change under conversion, 1 when
 * the conversion changes its length. Simplified text scores ~0, traditional well above 0.05.
 */
export function traditionalShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  const converted = toSimplified(sample);
  if (converted.length !== sample.length) return 1;
  const han = hanCount(sample);
  return han === 0 ? 0 : changedHan(sample, converted) / han;
}

/** Han characters (U+3400–U+9FFF) of a text. */
function hanCount(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  return han;
}

/** Han characters of `text` that `converted` (as long) changes; apart from the division, for V8 (see docs/performance.md). */
function changedHan(text: string, converted: string): number {
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff && converted[i] !== text[i]) changed++;
  }
  return changed;
}

/**
 * Whether `traditionalShare(text)` is certainly at most `THRESHOLD`, without converting: with no
 * `dangerous` character the length stays, and only the changeable Han characters can change.
 */
export function surelySimplified(text: string): boolean {
  const sets = changeSetTable();
  if (sets === null) return false;
  const { units } = sets;
  const end = Math.min(text.length, SAMPLE);
  let han = 0;
  let changeable = 0;
  for (let i = 0; i < end; i++) {
    const bits = units[text.charCodeAt(i)];
    han += bits & UNIT_HAN;
    changeable += (bits & UNIT_CHANGING) >> 1;
    if (bits >= UNIT_DANGEROUS && dangerousAt(text, i, end, sets)) return false;
  }
  return han === 0 || changeable / han <= THRESHOLD;
}
