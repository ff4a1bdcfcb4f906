import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findHeadingMarkers,
  findInlineMarkers,
  headingMarkersFrom,
  HEADING_FAMILIES,
  MARKER_UNITS,
  mayStartWithHeadingMarker,
} from '../../../src/analyzer/source/outline/markers.ts';
import { findMarkers, simpleFindMarkers } from '../../reference/markers-simple.ts';

// Marker characters, boundaries before them, spaces, and text around them.
const piece = fc.constantFrom(
  '一',
  '二',
  '三',
  '十',
  '十二',
  '1',
  '2',
  '12',
  '123',
  '、',
  '，',
  ',',
  '.',
  '．',
  '：',
  ':',
  '（',
  '）',
  '(',
  ')',
  '〔',
  '〕',
  '①',
  '⑳',
  '是',
  '要',
  '第',
  '首先',
  '其次',
  '其',
  '再次',
  '最后',
  '问题',
  '措施',
  '整改措施',
  '原因',
  '对策',
  '建议',
  '\n',
  ' ',
  '\t',
  '\u3000',
  '。',
  '；',
  '”',
  '」',
  '】',
  ']',
  '社区',
  '党建',
  '“',
  '《',
  'a',
  '\n\u3000问题一：',
  '\n\t对策:',
  '**',
  '＊',
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

  it('finds the heading markers after a character no marker holds as searching the whole text does (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const all = findHeadingMarkers(t);
        // Every character of a heading marker's match (its indentation too) can be in one.
        for (const m of all) {
          let s = m.start;
          while (s > 0 && /[ \t\u3000]/.test(t[s - 1])) s--;
          for (let i = s; i < m.end; i++) expect(MARKER_UNITS[t.charCodeAt(i)]).toBe(1);
        }
        for (let at = 0; at <= t.length; at++)
          expect(headingMarkersFrom(t, at)).toEqual(all.filter((m) => m.start >= at));
        for (let from = 1; from <= t.length; from++) {
          if (MARKER_UNITS[t.charCodeAt(from - 1)] === 1) continue;
          expect(
            findHeadingMarkers(t.slice(from - 1), 1).map((m) => [m.start + from - 1, m.end + from - 1, m.text]),
          ).toEqual(all.filter((m) => m.start >= from).map((m) => [m.start, m.end, m.text]));
        }
      }),
      { numRuns: 2000 },
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
