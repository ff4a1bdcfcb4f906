import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast } from '../../../src/analyzer/text/bisect.ts';
import { createPatternMatcher, findPatterns } from '../../../src/analyzer/text/pattern-matcher.ts';
import { occurrences } from '../../reference/tag-simple.ts';

/** Occurrences the simple way: `indexOf` per pattern, then sorted by offset and pattern id. */
function simple(patterns: readonly string[], text: string): [number, number][] {
  return patterns
    .flatMap((p, id) => occurrences(text, p, 0, text.length).map((at) => [at, id] as [number, number]))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function found(patterns: readonly string[], text: string): [number, number][] {
  const m = findPatterns(createPatternMatcher(patterns), text);
  return Array.from({ length: m.count }, (_, i) => [m.at[i], m.pattern[i]] as [number, number]);
}

// A small alphabet (with a surrogate pair) so that patterns occur, overlap and share first characters.
const char = fc.constantFrom('社', '区', '党', '建', '组', '织', 'a', '𠀋', '，');
const str = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(''));

describe('findPatterns', () => {
  it('finds what indexOf finds for each pattern, overlapping occurrences included', () => {
    fc.assert(
      fc.property(fc.array(str(4), { maxLength: 12 }), str(60), (patterns, text) => {
        expect(found(patterns, text)).toEqual(simple(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds overlapping and nested occurrences, duplicates under each id', () => {
    expect(found(['党组', '组织', '党组织', '党组'], '党组织党组')).toEqual([
      [0, 0],
      [0, 2],
      [0, 3],
      [1, 1],
      [3, 0],
      [3, 3],
    ]);
  });

  it('never matches an empty pattern, and finds nothing in an empty text', () => {
    expect(found(['', '社区'], '社区')).toEqual([[0, 1]]);
    expect(found(['社区'], '')).toEqual([]);
    expect(found([], '社区')).toEqual([]);
  });

  it('grows past its first capacity', () => {
    const text = '社'.repeat(500);
    expect(found(['社', '社社'], text)).toHaveLength(999);
  });
});

describe('firstAtLeast over the matches', () => {
  it('is the first match at or after an offset', () => {
    fc.assert(
      fc.property(
        fc.array(str(3), { maxLength: 6 }),
        str(40),
        fc.integer({ min: -3, max: 45 }),
        (patterns, text, offset) => {
          const m = findPatterns(createPatternMatcher(patterns), text);
          const i = firstAtLeast(m.at, offset, m.count);
          const expected = Array.from(m.at.subarray(0, m.count)).findIndex((at) => at >= offset);
          expect(i).toBe(expected === -1 ? m.count : expected);
        },
      ),
    );
  });
});
