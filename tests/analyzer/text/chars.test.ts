import { describe, expect, it } from 'vitest';
import { HAN, isHanCodePoint } from '../../../src/analyzer/text/chars.ts';

describe('isHanCodePoint', () => {
  it('tells code points as HAN does, shortcuts included (and again from its cache)', () => {
    // Every code point of the BMP, every 13th beyond.
    const differ: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 13) {
        if (isHanCodePoint(cp) !== HAN.test(String.fromCodePoint(cp))) differ.push(cp);
      }
    }
    expect(differ).toEqual([]);
  });

  it('counts characters outside the common block as Han', () => {
    expect(['〇', '々', '㐀', '𠀀', '⺀'].map((c) => isHanCodePoint(c.codePointAt(0)!))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['a', '，', 'あ', '한'].map((c) => isHanCodePoint(c.codePointAt(0)!))).toEqual([false, false, false, false]);
  });
});
