/**
 * Kangxi radicals (U+2F00–U+2FDF), CJK radical supplements (U+2E80–U+2EFF)
 * and compatibility ideographs (U+F900–U+FAFF) that PDF text layers yield
 * for ordinary characters: a CJK font draws 工 and the radical ⼯ with one
 * glyph, and the PDF's character map names the radical. Each is mapped to
 * the unified ideograph a reader sees, of the same length.
 */

/** Supplement radicals are simplified forms Unicode gives no decomposition for; ⼾'s decomposition is the traditional 戶. */
const SIMPLIFIED: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⼾': '户',
};

/** Code points that may stand for a unified ideograph (global, for scanning). */
export const COMPATIBILITY_IDEOGRAPHS = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g;

/** The unified ideograph `ch` stands for, or undefined when it is one already or none. */
export function unifiedIdeograph(ch: string): string | undefined {
  const mapped = SIMPLIFIED[ch] ?? ch.normalize('NFKC');
  return mapped !== ch && mapped.length === ch.length && /\p{Script=Han}/u.test(mapped) ? mapped : undefined;
}

/** `text` with each such code point read as its ideograph (same length: offsets hold). */
export function foldCompatibility(text: string): string {
  return text.replace(COMPATIBILITY_IDEOGRAPHS, (ch) => unifiedIdeograph(ch) ?? ch);
}
