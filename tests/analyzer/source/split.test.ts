import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPieces } from '../../../src/analyzer/source/split.ts';
import { simpleSplitPieces } from '../../reference/split-simple.ts';

// Marker lines and lines that only look like them: indentation, line breaks of all kinds, 篇 inside a line.
const piece = fc.constantFrom(
  '篇一:',
  '篇二：',
  '篇十二:',
  '篇3:',
  '篇',
  '一',
  ':',
  '：',
  ' ',
  '\t',
  '\u3000',
  '\u00a0',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '城市社区党建',
  '全篇',
  '8篇',
  '标题',
);

describe('splitPieces', () => {
  it('finds the marker lines the pattern finds searched for over the whole text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')),
        (view) => {
          expect(splitPieces(view)).toEqual(simpleSplitPieces(view));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
