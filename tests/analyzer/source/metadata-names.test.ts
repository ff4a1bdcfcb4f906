import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSpacedName, isName } from '../../../src/analyzer/source/metadata/names.ts';
import { CJK } from '../../../src/analyzer/text/chars.ts';

/** `findSpacedName` as first written: its search running on to the end of the view. */
function simpleFindSpacedName(view: string, from: number, to: number): { start: number; end: number } | null {
  const re = new RegExp(`[${CJK}](?:[ \\u3000]{1,3}[${CJK}]){1,3}`, 'g');
  const cjk = new RegExp(`[${CJK}]`);
  re.lastIndex = from;
  for (let m = re.exec(view); m && m.index < to; m = re.exec(view)) {
    const s = m.index;
    const e = s + m[0].length;
    if (/[ \u3000]/.test(view[s - 1] ?? '') && cjk.test(view[s - 2] ?? '')) continue;
    if (/[ \u3000]/.test(view[e] ?? '') && cjk.test(view[e + 1] ?? '')) continue;
    const chars = m[0].replace(/\s+/g, '');
    if (chars.length === 2 && !/[ \u3000]{2}|\u3000/.test(m[0])) continue;
    if (isName(chars)) return { start: s, end: e };
  }
  return null;
}

const piece = fc.constantFrom(
  '毕',
  '伟',
  '强',
  '王',
  '李',
  '文',
  '静',
  '社',
  '区',
  ' ',
  '  ',
  '   ',
  '\u3000',
  '\n',
  'a',
  '，',
);
const view = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));

describe('findSpacedName', () => {
  it('finds what the search running on to the end of the view finds', () => {
    fc.assert(
      fc.property(view, fc.integer({ min: -3, max: 70 }), fc.integer({ min: -3, max: 70 }), (v, from, to) => {
        const f = Math.max(0, from);
        expect(findSpacedName(v, f, to)).toEqual(simpleFindSpacedName(v, f, to));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isName', () => {
  it('takes two or three characters after a single surname, three or four after a compound one', () => {
    expect(['王伟', '熊晓燕', '欧阳明', '欧阳明华'].map(isName)).toEqual([true, true, true, true]);
    // A site's column (`纪念文集`) or a title's tail (`查找清单`) opening with a surname's character is no name.
    expect(['纪念文集', '查找清单', '欧阳'].map(isName)).toEqual([false, false, false]);
  });
});
