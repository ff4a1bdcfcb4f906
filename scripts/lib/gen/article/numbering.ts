/** The outline numbering styles of the sample (`一、` `（一）` `1.` `①` `一是`), as the writer renders them. */
import { chineseNumeral } from '../text.ts';

export type Numbering = {
  family: 'cn-numeral' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'role-line';
  render: (n: number) => string;
  name: string;
};

export const SECTION_STYLES: Numbering[] = [
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)}、`, name: '一、' },
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)},`, name: '一,' },
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)}，`, name: '一，' },
  { family: 'cn-numeral', render: (n) => `${chineseNumeral(n)}.`, name: '一.' },
];
/** Role sections opened by their heading alone on a line, with no number (`存在的问题` ⏎ `1、…`). */
export const ROLE_LINE: Numbering = { family: 'role-line', render: () => '', name: 'role-line' };
export const ITEM_STYLES: Numbering[] = [
  { family: 'cn-paren', render: (n) => `（${chineseNumeral(n)}）`, name: '（一）' },
  { family: 'cn-paren', render: (n) => `(${chineseNumeral(n)})`, name: '(一)' },
  { family: 'arabic', render: (n) => `${n}.`, name: '1.' },
  { family: 'arabic', render: (n) => `${n}、`, name: '1、' },
  { family: 'arabic', render: (n) => `${n}．`, name: '1．' },
  { family: 'cn-paren', render: (n) => `〔${chineseNumeral(n)}〕`, name: '〔一〕' },
];
export const SUB_STYLES: Numbering[] = [
  { family: 'arabic', render: (n) => `${n}、`, name: '1、' },
  { family: 'arabic', render: (n) => `${n}.`, name: '1.' },
  { family: 'arabic-paren', render: (n) => `(${n})`, name: '(1)' },
  { family: 'arabic-paren', render: (n) => `（${n}）`, name: '（1）' },
  { family: 'circled', render: (n) => String.fromCharCode(0x2460 + n - 1), name: '①' },
];

/** Markers of points inside an item's text; `last` tells the final point. */
export interface InlineStyle {
  render: (n: number, last: boolean) => string;
  name: string;
}

export const INLINE_STYLES: InlineStyle[] = [
  { render: (n) => `${chineseNumeral(n)}是`, name: '一是' },
  { render: (n) => `${chineseNumeral(n)}要`, name: '一要' },
  { render: (n) => `第${chineseNumeral(n)},`, name: '第一,' },
  // `最后` only closes a run of at least two (首先, 其次, 最后).
  { render: (n, last) => (n === 1 ? '首先,' : last && n >= 3 ? '最后,' : n === 2 ? '其次,' : '再次,'), name: '首先' },
];
