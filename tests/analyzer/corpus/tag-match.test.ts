import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../../src/analyzer/config/codebook.ts';
import { findIndexedPatterns, findThemeTerms, indexThemeTerms } from '../../../src/analyzer/corpus/tag/match.ts';
import { tagArticleItems } from '../../../src/analyzer/corpus/tag/index.ts';
import { titleSpanOf } from '../../../src/analyzer/text/spans.ts';
import type { Item, Theme } from '../../../src/analyzer/types.ts';
import { findTerms, tagItem } from '../../reference/tag-simple.ts';

const char = fc.constantFrom('社', '区', '党', '组', '织', '经', '费');
const word = (min: number, max: number) => fc.array(char, { minLength: min, maxLength: max }).map((cs) => cs.join(''));

/** Themes over a tiny alphabet: terms that overlap, repeat across themes, and exclude phrases holding them. */
const themes = fc.array(
  fc
    .record({
      terms: fc.uniqueArray(fc.record({ term: word(1, 3), weight: fc.constantFrom(1, 2, 3) }), {
        minLength: 1,
        maxLength: 5,
        selector: (t) => t.term,
      }),
      extra: fc.array(fc.tuple(word(0, 2), word(0, 2)), { maxLength: 2 }),
    })
    .map(({ terms, extra }) => ({
      terms,
      exclude: extra.map(([before, after], i) => before + terms[i % terms.length].term + after),
    })),
  { minLength: 1, maxLength: 5 },
);

const spanIn = (text: string) =>
  fc
    .tuple(fc.integer({ min: -2, max: text.length + 2 }), fc.integer({ min: -2, max: text.length + 2 }))
    .map(([s, e]) => ({
      start: Math.min(s, e),
      end: Math.max(s, e),
    }));

describe('findThemeTerms', () => {
  it('gives, for every theme, what findTerms gives', () => {
    fc.assert(
      fc.property(
        themes,
        word(0, 50).chain((text) => fc.tuple(fc.constant(text), spanIn(text))),
        (ts, [view, span]) => {
          const index = indexThemeTerms(ts);
          const matches = findIndexedPatterns(index, view);
          const got = findThemeTerms(index, matches, view, span);
          ts.forEach((theme, t) => {
            const expected = findTerms(theme, view, span);
            expect(got.get(t) ?? []).toEqual(expected);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('tagArticleItems', () => {
  it('tags each item as tagItem does', () => {
    fc.assert(
      fc.property(
        themes,
        word(0, 60),
        fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.nat(4)), { maxLength: 6 }),
        (ts, text, spans) => {
          const codebook: Pick<Codebook, 'settings' | 'themes'> = {
            settings: { minScore: 2, titleFactor: 3, maxThemes: 2, minShare: 0.2, countCap: 3 },
            themes: ts.map((t, i): Theme => ({ id: `t${i}`, name: `主题${i}`, definition: '定义', ...t })),
          };
          const items = spans.map(([s, e, title], i) => {
            const span = { start: Math.min(s, e, text.length), end: Math.min(Math.max(s, e), text.length) };
            return {
              id: `i${i}`,
              span,
              title: text.slice(span.start, span.start + title),
              themes: [],
            } as unknown as Item;
          });
          const tagged = tagArticleItems({ text, items }, text, codebook);
          tagged.forEach((item, i) => {
            const target = { span: items[i].span, titleSpan: titleSpanOf(items[i], text) };
            expect(item.themes).toEqual(tagItem(target, text, codebook));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
