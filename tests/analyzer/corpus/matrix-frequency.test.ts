import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeFrequency } from '../../../src/analyzer/corpus/matrix.ts';
import type { Article, Theme } from '../../../src/analyzer/types.ts';
import { simpleThemeFrequency } from '../../reference/matrix-simple.ts';

const themeId = fc.constantFrom('funding', 'members', 'service', 'unknown');
const item = fc.record({
  role: fc.constantFrom('problem', 'cause', 'countermeasure'),
  themes: fc
    .array(themeId, { maxLength: 3 })
    .map((ids) => ids.map((theme) => ({ theme, score: 1, evidence: [], source: 'auto' }))),
});
const articles = fc
  .array(fc.array(item, { maxLength: 6 }), { maxLength: 5 })
  .map((list) => list.map((items) => ({ items }) as unknown as Article));
// Duplicate theme ids in the codebook count like distinct themes.
const themes = fc
  .array(fc.constantFrom('funding', 'members', 'service', 'other'), { maxLength: 5 })
  .map((ids) => ids.map((id) => ({ id }) as Theme));

describe('themeFrequency in one pass over the items', () => {
  it('counts what one pass per theme counts', () => {
    fc.assert(
      fc.property(articles, themes, (a, t) => {
        expect(themeFrequency(a, t)).toEqual(simpleThemeFrequency(a, t));
      }),
      { numRuns: 1000 },
    );
  });
});
