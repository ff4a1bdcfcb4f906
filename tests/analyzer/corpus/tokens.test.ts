import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glueTermsInPlace, type TermGlue, termGlue } from '../../../src/analyzer/corpus/segment/glue.ts';
import {
  entryNumbersIn,
  entryTable,
  linesAround,
  tokenize,
  type Tokens,
} from '../../../src/analyzer/corpus/segment/tokens.ts';
import type { Span } from '../../../src/analyzer/types.ts';

/** `tokens`, consecutive pieces of one text, with user terms glued (in place). */
function glueTerms(tokens: string[], glue: TermGlue): string[] {
  tokens.length = glueTermsInPlace(tokens.join(''), tokens, glue);
  return tokens;
}

/** Words of the tokens lying wholly inside `span` that `keep` accepts, in order. */
function wordsIn(tokens: Tokens, span: Span, keep: (word: string) => boolean): string[] {
  return tokens.words.filter(
    (w, i) => tokens.starts[i] >= span.start && tokens.starts[i] + w.length <= span.end && keep(w),
  );
}

/** Gluing as first written: try every run up to the longest term's length. */
function simpleGlue(tokens: string[], terms: ReadonlySet<string>, longest: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let take = 1;
    let joined = tokens[i];
    for (let j = i + 1; j < tokens.length && joined.length < longest; j++) {
      joined += tokens[j];
      if (terms.has(joined)) take = j - i + 1;
    }
    out.push(tokens.slice(i, i + take).join(''));
    i += take;
  }
  return out;
}

const char = fc.constantFrom('三', '会', '一', '课', '费', '随', '事', '转', 'a');
const str = (min: number, max: number) => fc.array(char, { minLength: min, maxLength: max }).map((cs) => cs.join(''));

describe('glueTerms', () => {
  it('glues as trying every run does', () => {
    fc.assert(
      fc.property(fc.array(str(1, 6), { maxLength: 8 }), fc.array(str(0, 3), { maxLength: 40 }), (termList, tokens) => {
        const terms = new Set(termList);
        const longest = Math.max(0, ...termList.map((t) => t.length));
        expect(glueTerms([...tokens], termGlue(termList))).toEqual(simpleGlue(tokens, terms, longest));
      }),
      { numRuns: 1000 },
    );
  });

  it('glues terms overlapping each other and runs of empty tokens as trying every run does', () => {
    const termList = ['三会', '三会一课', '会一', '一课', '课'];
    const tokens = ['', '三', '', '会', '一', '', '课', '', '', '三', '会一', '课', ''];
    expect(glueTerms([...tokens], termGlue(termList))).toEqual(simpleGlue(tokens, new Set(termList), 4));
  });

  it('takes the longest term a run spells', () => {
    expect(glueTerms(['三', '会', '一', '课', '好'], termGlue(['三会', '三会一课']))).toEqual(['三会一课', '好']);
  });
});

/** Entries as first written: `entryOf` asked for every token. */
const simpleEntries = (tokens: Tokens, entryOf: (w: string) => number) => Int32Array.from(tokens.words, entryOf);

describe('entryTable', () => {
  const texts = fc.array(
    fc.array(fc.constantFrom('三', '会', '一', '课', '\n', '𠀀'), { maxLength: 30 }).map((cs) => cs.join('')),
    { maxLength: 6 },
  );
  /** Cuts into pieces of one to three code units, by a seed (a surrogate pair may be split, as it is in a lone-surrogate text). */
  const pieces = (text: string, seed: number) => {
    const out: string[] = [];
    for (let at = 0, k = seed; at < text.length; k++) {
      const n = 1 + (k % 3);
      out.push(text.slice(at, at + n));
      at += n;
    }
    return out;
  };

  it('gives each token what asking `entryOf` for every token gives, asking once per distinct word, in order of first sight', () => {
    fc.assert(
      fc.property(texts, fc.nat(5), (list, seed) => {
        const asked: string[] = [];
        const seen = new Map<string, number>();
        // Numbers words by first sight, as the analysis does: the order of first asking matters.
        const entryOf = (w: string) => {
          asked.push(w);
          if (!seen.has(w)) seen.set(w, seen.size);
          return seen.get(w)!;
        };
        const reference = new Map<string, number>();
        const numberOf = (w: string) => {
          if (!reference.has(w)) reference.set(w, reference.size);
          return reference.get(w)!;
        };
        const entriesOf = entryTable(entryOf);
        for (const text of list) {
          const tokens = tokenize(text, (t) => pieces(t, seed));
          expect(entriesOf(text, tokens)).toEqual(simpleEntries(tokens, numberOf));
        }
        expect(asked).toEqual([...reference.keys()]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every word apart as its table grows', () => {
    // 3,000 distinct words of three characters: far more trie edges than the table starts with.
    const words = Array.from({ length: 3000 }, (_, n) =>
      String.fromCharCode(0x4e00 + (n % 50), 0x4e00 + ((n / 50) | 0), 0x4e00 + n),
    );
    const text = words.join('') + words.join('');
    const tokens = tokenize(text, () => [...words, ...words]);
    const numbers = new Map(words.map((w, n) => [w, n]));
    expect(entryTable((w) => numbers.get(w)!)(text, tokens)).toEqual(simpleEntries(tokens, (w) => numbers.get(w)!));
  });

  it('reads the words off the text the tokens were cut from, within a part of it too', () => {
    const text = '甲乙\n三会一课\n丙';
    const region = linesAround(text, { start: 4, end: 6 });
    const tokens = tokenize(text, (t) => t.match(/.{1,2}/gsu) ?? [], region);
    expect(entryTable((w) => w.length * 10)(text, tokens)).toEqual(Int32Array.from([20, 20]));
  });
});

describe('entryNumbersIn', () => {
  it('picks what wordsIn picks with the same test', () => {
    const cut = (text: string) => text.match(/.{1,2}/gsu) ?? [];
    fc.assert(
      fc.property(str(0, 40), fc.nat(45), fc.nat(45), fc.constantFrom(1, 2, 3), (text, s, e, mask) => {
        const tokens = tokenize(text, cut);
        const kindOf = (w: string) => (w.includes('会') ? 1 : 0) | (w.length === 2 ? 2 : 0);
        const span = { start: Math.min(s, e), end: Math.max(s, e) };
        const keep = (w: string) => (kindOf(w) & mask) === mask;
        const entries = entryTable((w) => kindOf(w) + 4 * w.length)(text, tokens);
        expect(entryNumbersIn(tokens, entries, span, mask, [])).toEqual(
          wordsIn(tokens, span, keep).map((w) => w.length),
        );
      }),
    );
  });
});

describe('the segmenter’s shortcut for Latin letters and digits', () => {
  it('rests on U+3000–U+9FFF holding no Latin letter and no decimal digit', () => {
    const latinOrDigit = /[\p{Script=Latin}\p{Nd}]/u;
    for (let code = 0x3000; code <= 0x9fff; code++) expect(latinOrDigit.test(String.fromCharCode(code))).toBe(false);
  });
});

describe('tokenize within the lines around a span', () => {
  /** A cut that never cuts across a line break, as nodejieba: pieces of two characters within each line. */
  const lineCut = (text: string) => text.split(/(\n)/).flatMap((part) => part.match(/.{1,2}/gsu) ?? []);
  const lines = fc.array(fc.constantFrom('三', '会', '一', '课', '\n'), { maxLength: 40 }).map((cs) => cs.join(''));

  it('gives the tokens inside the span that cutting the whole text gives', () => {
    fc.assert(
      fc.property(lines, fc.nat(45), fc.nat(45), (text, s, e) => {
        const span = { start: Math.min(s, e, text.length), end: Math.min(Math.max(s, e), text.length) };
        const region = linesAround(text, span);
        const all = (w: string) => w !== '';
        expect(wordsIn(tokenize(text, lineCut, region), span, all)).toEqual(
          wordsIn(tokenize(text, lineCut), span, all),
        );
        expect(region.start).toBeLessThanOrEqual(span.start);
        expect(region.end).toBeGreaterThanOrEqual(span.end);
      }),
      { numRuns: 500 },
    );
  });

  it('widens a span to whole lines, and no further', () => {
    expect(linesAround('甲\n乙丙\n丁', { start: 3, end: 3 })).toEqual({ start: 2, end: 4 });
    expect(linesAround('甲\n乙丙\n丁', { start: 2, end: 4 })).toEqual({ start: 2, end: 4 });
    expect(linesAround('\n乙', { start: 0, end: 1 })).toEqual({ start: 0, end: 2 });
    expect(linesAround('甲乙', { start: 1, end: 1 })).toEqual({ start: 0, end: 2 });
  });
});
