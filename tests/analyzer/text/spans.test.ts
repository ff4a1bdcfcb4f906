import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankFrom } from '../../../src/analyzer/text/spans.ts';

describe('blankFrom', () => {
  it('agrees with trimming the rest of the text', () => {
    const unit = fc.constantFrom(' ', '\n', '\t', '\u3000', '\u00a0', '\ufeff', '\u200b', '注', 'a', '。');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat({ max: 32 }), (units, at) => {
        const text = units.join('');
        expect(blankFrom(text, at)).toBe(text.slice(at).trim() === '');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a page cut after its last number', () => {
    expect(blankFrom('一、问题\n3、注\n\n', 8)).toBe(true);
    expect(blankFrom('一、问题\n3、注\n\n4、', 8)).toBe(false);
  });
});
