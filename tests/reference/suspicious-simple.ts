// The suspicious-text search as first written (each pattern run as a global search): the oracle for tests/analyzer/source/suspicious.test.ts.
import type { Diagnostic } from '../../src/analyzer/types.ts';

/** Characters that rarely belong in clean modern Chinese prose and usually mean an OCR or extraction error. */
const PATTERNS: { re: RegExp; what: string }[] = [
  // `X` is the genre's placeholder for withheld names and numbers (`XX社区`), not an error.
  { re: /\p{Script=Han}[A-WYZa-wyz]\p{Script=Han}/gu, what: '汉字之间夹着一个拉丁字母' },
  { re: /[『』]/g, what: '可疑符号' },
  { re: /(?<=\p{Script=Han})[0-9](?=[二作])/gu, what: '数字夹在汉字中' },
];

/**
 * Spots in cleaned text that still look like OCR errors, so a person can add
 * a correction. `lineOf` turns a text offset into a source line number.
 */
export function simpleFindSuspicious(text: string, lineOf: (offset: number) => number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { re, what } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const context = text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6).replace(/\s+/g, ' ');
      out.push({
        code: 'text.suspicious',
        line: lineOf(m.index),
        message: `疑似识别错误（${what}）：“${context}”。如确有错，请在 content/corrections.yaml 中为该文件添加一条校正。`,
      });
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
