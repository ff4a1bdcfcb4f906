import type { Diagnostic, Span } from '../types.ts';

/** A Latin letter between Han characters (the pattern below), found from the letter. */
const LETTER_AMID_HAN = /[A-WYZa-wyz](?<=\p{Script=Han}[A-WYZa-wyz])(?=\p{Script=Han})/gu;
const HAN_LETTER_HAN = /\p{Script=Han}[A-WYZa-wyz]\p{Script=Han}/uy;

/**
 * The first match of `\p{Script=Han}[A-WYZa-wyz]\p{Script=Han}` starting at
 * or after `from`. Searched for as such, the pattern tried a Han character at
 * every position of the (mostly Han) text; here the search looks for the
 * letter, which is rare, and the match starts at the Han character before it
 * (two code units when that one is supplementary). The letter is looked for
 * from `from + 1`, so that character starts at or after `from` (a match
 * never ends inside a surrogate pair).
 */
function nextLetterAmidHan(text: string, from: number): Span | null {
  LETTER_AMID_HAN.lastIndex = from + 1;
  const letter = LETTER_AMID_HAN.exec(text);
  if (letter === null) return null;
  const j = letter.index;
  const low = text.charCodeAt(j - 1);
  HAN_LETTER_HAN.lastIndex =
    low >= 0xdc00 && low <= 0xdfff && j >= 2 && (text.charCodeAt(j - 2) & 0xfc00) === 0xd800 ? j - 2 : j - 1;
  return spanOf(HAN_LETTER_HAN.exec(text));
}

/** The next of `chars` from `from` (a match of the pattern of those characters, looked for by `indexOf`: quicker than a search with the pattern). */
const nextOf =
  (chars: string) =>
  (text: string, from: number): Span | null => {
    let at = -1;
    for (const ch of chars) {
      const i = text.indexOf(ch, from);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    return at === -1 ? null : { start: at, end: at + 1 };
  };

/** A global pattern's next match from `from`. */
const searchOf = (re: RegExp) => (text: string, from: number) => {
  re.lastIndex = from;
  return spanOf(re.exec(text));
};

function spanOf(m: RegExpExecArray | null): Span | null {
  return m === null ? null : { start: m.index, end: m.index + m[0].length };
}

/** Characters that rarely belong in clean modern Chinese prose and usually mean an OCR or extraction error. */
const PATTERNS: { next: (text: string, from: number) => Span | null; what: string }[] = [
  // `X` is the genre's placeholder for withheld names and numbers (`XX社区`), not an error.
  { next: nextLetterAmidHan, what: '汉字之间夹着一个拉丁字母' },
  { next: nextOf('『』'), what: '可疑符号' },
  { next: searchOf(/(?<=\p{Script=Han})[0-9](?=[二作])/gu), what: '数字夹在汉字中' },
];

/**
 * Spots in cleaned text that still look like OCR errors, so a person can add
 * a correction. `lineOf` turns a text offset into a source line number.
 */
export function findSuspicious(text: string, lineOf: (offset: number) => number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { next, what } of PATTERNS) {
    for (let m = next(text, 0); m; m = next(text, m.end)) {
      const context = text.slice(Math.max(0, m.start - 6), m.end + 6).replace(/\s+/g, ' ');
      out.push({
        code: 'text.suspicious',
        line: lineOf(m.start),
        message: `疑似识别错误（${what}）：“${context}”。如确有错，请在 content/corrections.yaml 中为该文件添加一条校正。`,
      });
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
