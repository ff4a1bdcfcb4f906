import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeadingMarkers, findInlineMarkers, findMarkers, HEADING_FAMILIES, mayStartWithHeadingMarker } from '../src/analyzer/markers.ts';
import { simpleFindMarkers } from './reference/markers-simple.ts';

// Marker characters, boundaries before them, spaces, and text around them.
const piece = fc.constantFrom(
  '一', '二', '三', '十', '十二', '1', '2', '12', '123', '、', '，', ',', '.', '．', '：', ':', '（', '）', '(', ')', '〔', '〕',
  '①', '⑳', '是', '要', '第', '首先', '其次', '再次', '最后', '问题', '措施', '整改措施', '原因', '对策', '建议',
  '\n', ' ', '\t', '\u3000', '。', '；', '”', '」', '】', ']', '社区', '党建', '“', '《', 'a', '\n\u3000问题一：', '\n\t对策:',
);
const text = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));

describe('findMarkers', () => {
  it('finds what the patterns with a boundary lookbehind first find', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findMarkers(t)).toEqual(simpleFindMarkers(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a heading marker at the start only where its first character allows one', () => {
    fc.assert(
      fc.property(text, (t) => {
        const atStart = findMarkers(t).some((m) => m.start === 0 && HEADING_FAMILIES.has(m.family));
        if (atStart) expect(mayStartWithHeadingMarker(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same heading markers searching for those families alone', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findHeadingMarkers(t)).toEqual(findMarkers(t).filter((m) => HEADING_FAMILIES.has(m.family)));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the same inline markers searching for that family alone', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findInlineMarkers(t)).toEqual(findMarkers(t).filter((m) => m.family === 'inline'));
      }),
      { numRuns: 5000 },
    );
  });
});
