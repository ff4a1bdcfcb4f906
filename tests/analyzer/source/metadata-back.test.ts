import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorLabels } from '../../../src/analyzer/source/metadata/back.ts';

/** The editor label pattern as the back-matter search ran it, globally from an offset. */
const EDITOR = /[(（]?\s*(?:责\s*任\s*编\s*辑|责\s*编)\s*[:：]?/g;

function globalMatches(view: string, from: number): [number, string][] {
  const out: [number, string][] = [];
  EDITOR.lastIndex = from;
  for (let m = EDITOR.exec(view); m; m = EDITOR.exec(view)) out.push([m.index, m[0]]);
  return out;
}

const piece = fc.constantFrom(
  '责',
  '任',
  '编',
  '辑',
  '责任',
  '责编',
  '责任编辑',
  ' ',
  '\n',
  '\t',
  '\u3000',
  '(',
  '（',
  ')',
  ':',
  '：',
  '胡越',
  '。',
);
const view = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

describe('editorLabels', () => {
  it('finds what the global editor pattern finds from the same offset', () => {
    fc.assert(
      fc.property(view, fc.nat(50), (v, n) => {
        const from = Math.min(n, v.length);
        expect([...editorLabels(v, from)].map((m) => [m.index, m[0]])).toEqual(globalMatches(v, from));
      }),
      { numRuns: 3000 },
    );
  });
});
