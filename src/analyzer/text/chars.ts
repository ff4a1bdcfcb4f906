/** A Han character (of the Han script: CJK ideographs of every block, radicals, 〆, 〇 and the like). */
export const HAN = /\p{Script=Han}/u;

/** Whether each code point from U+2E80 on, outside the common block, is Han, once asked. */
const hanCache = new Map<number, boolean>();

/**
 * Whether code point `cp` is a Han character (as `HAN` tells). The common
 * block U+4E00–U+9FFF is answered without a look-up, nothing below U+2E80
 * is Han, and the rest is tested once and remembered.
 */
export function isHanCodePoint(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  let han = hanCache.get(cp);
  if (han === undefined) {
    han = HAN.test(String.fromCodePoint(cp));
    hanCache.set(cp, han);
  }
  return han;
}

/**
 * Regex character-class body for the CJK ideograph blocks (Extension A, the
 * unified block, compatibility ideographs): narrower than `HAN`, which also
 * takes radicals, 〇 and the supplementary planes. The metadata readers use it.
 */
export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** One character of `CJK`. */
export const CJK_RE = new RegExp(`[${CJK}]`);

/** Whether the character is a CJK ideograph (of `CJK`). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

/** Letters and digits of any script: what words are made of, not marks or white space. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_CHARS = new RegExp(WORD_CHAR.source, 'gu');

/** How many word characters (`WORD_CHAR`) `text` holds. */
export function wordChars(text: string): number {
  return text.match(WORD_CHARS)?.length ?? 0;
}

/** The characters that open a bulleted point (`• …`, `- …`), as a regex character class. */
export const BULLET_CLASS = '[-•●▲◆■▪]';
