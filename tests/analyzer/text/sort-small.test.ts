import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../../src/analyzer/text/sort-small.ts';

describe('sortSmall', () => {
  it('orders as the built-in stable sort does, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 4 }), id: fc.nat() }), { maxLength: 40 }),
        (items) => {
          const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const mine = sortSmall([...items], compare);
          expect(mine).toEqual([...items].sort(compare));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sorts in place and returns the same array', () => {
    const list = [3, 1, 2];
    expect(sortSmall(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});
