import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInEnd } from '../../../src/analyzer/source/outline/heading.ts';

/** The run-in search as first written: every final and opener tried at every position. */
function simpleRunInEnd(line: string, scanTo: number, finals: string[], openers: string[]): number {
  for (let p = 2; p <= scanTo; p++) {
    if (!finals.some((w) => line.slice(0, p).endsWith(w))) continue;
    if (openers.some((w) => line.slice(p).startsWith(w))) return p;
  }
  return -1;
}

const char = fc.constantFrom('不', '足', '目', '前', '问', '题', '，', 'a', '𠀋');
const str = (min: number, max: number) => fc.array(char, { minLength: min, maxLength: max }).map((cs) => cs.join(''));

describe('runInEnd', () => {
  it('finds where a heading final meets a body opener as trying every word does', () => {
    fc.assert(
      fc.property(
        str(0, 30),
        fc.array(str(0, 3), { maxLength: 5 }),
        fc.array(str(0, 3), { maxLength: 5 }),
        fc.nat(40),
        (line, finals, openers, n) => {
          const scanTo = Math.min(n, line.length);
          // Fresh arrays each time: the word tables are remembered per list.
          expect(runInEnd(line, scanTo, { headingFinals: [...finals], bodyOpeners: [...openers] })).toBe(
            simpleRunInEnd(line, scanTo, finals, openers),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('uses one list as both finals and openers', () => {
    const words = ['不足', '目前'];
    expect(runInEnd('能力不足目前如此', 8, { headingFinals: words, bodyOpeners: words })).toBe(4);
  });
});
