import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSuspicious } from '../../../src/analyzer/source/suspicious.ts';
import { simpleFindSuspicious } from '../../reference/suspicious-simple.ts';

// Han characters (one supplementary), letters (X is allowed), digits before 二/作, odd brackets, lone surrogates.
const piece = fc.constantFrom(
  '社',
  '区',
  '𠀋',
  'a',
  'Z',
  'X',
  'x',
  'ab',
  '1',
  '二',
  '作',
  '『',
  '』',
  ' ',
  '\n',
  '，',
  '\ud840',
  '\udc0b',
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

describe('findSuspicious', () => {
  it('reports what the patterns run as global searches report (property)', () => {
    const lineOf = (offset: number) => offset;
    fc.assert(
      fc.property(text, (t) => {
        expect(findSuspicious(t, lineOf)).toEqual(simpleFindSuspicious(t, lineOf));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a letter glued between Han characters, once per pair', () => {
    expect(findSuspicious('社a区b社', (o) => o).map((d) => d.line)).toEqual([0]);
    expect(findSuspicious('𠀋a区 XX社区', (o) => o).map((d) => d.line)).toEqual([0]);
  });
});
