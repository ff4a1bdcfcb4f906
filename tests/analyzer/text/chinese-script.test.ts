import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../src/analyzer/source/ledger.ts';
import {
  isTraditional,
  resetCaches,
  revised,
  simplifiedView,
  surelySimplified,
  traditionalShare,
  viewed,
  viewedPart,
} from '../../../src/analyzer/text/chinese-script/index.ts';
import { simpleSimplifiedView, simpleTraditionalShare } from '../../reference/chinese-script-simple.ts';

// Simplified and traditional characters, 著 (changed by the Taiwan dictionaries, common in simplified text too),
// a phrase whose conversion changes the length (二噁英 → 二𫫇英), a compatibility ideograph, an
// ideographic description character, a supplementary character, punctuation and Latin.
const pieces = fc.constantFrom(
  '社区',
  '党建',
  '工作',
  '组织',
  '的',
  '经费',
  '社區',
  '黨建',
  '組織',
  '經費',
  '們',
  '這',
  '為',
  '著',
  '显著',
  '二噁英',
  '噁',
  '英',
  '\uf900',
  '⿰',
  '𠀋',
  '，',
  '。',
  'a',
  '1',
  ' ',
);
const text = fc.array(pieces, { maxLength: 80 }).map((ps) => ps.join(''));
// Mostly simplified, so that the share lies near the threshold as often as far from it.
const mostlySimplified = fc
  .tuple(
    fc.array(fc.constantFrom('社区', '党建', '工作', '组织', '的', '经费', '，'), { maxLength: 120 }),
    fc.array(pieces, { maxLength: 6 }),
  )
  .map(([a, b]) => [...a, ...b].sort().join(''));

describe('isTraditional', () => {
  it('agrees with converting the text', () => {
    fc.assert(
      fc.property(fc.oneof(text, mostlySimplified), (t) => {
        expect(isTraditional(t)).toBe(traditionalShare(t) > 0.03);
        expect(traditionalShare(t)).toBe(simpleTraditionalShare(t));
      }),
      { numRuns: 500 },
    );
  });

  it('decides without converting only when the share is certainly small', () => {
    fc.assert(
      fc.property(fc.oneof(text, mostlySimplified), (t) => {
        if (surelySimplified(t)) expect(traditionalShare(t)).toBeLessThanOrEqual(0.03);
      }),
      { numRuns: 500 },
    );
  });

  it('knows plain simplified text without converting it, and traditional text as such', () => {
    expect(surelySimplified('城市社区党建工作存在的问题及对策，提高服务居民的水平。')).toBe(true);
    // 著 becomes 着 even in 显著: one in 40 Han characters is few enough to tell, one in 20 is not.
    expect(surelySimplified(`${'城市社区党建工作存在的问题及对策'.repeat(3)}显著提高`)).toBe(true);
    expect(surelySimplified(`${'城市社区党建工作存在的问题及对策'}显著提高`)).toBe(false);
    expect(isTraditional(`${'城市社区党建工作存在的问题及对策'}显著提高`)).toBe(true);
    expect(isTraditional('城市社區黨建工作存在的問題及對策')).toBe(true);
    // A length-changing conversion makes the whole text count as converted.
    const dioxin = `${'社区'.repeat(30)}二噁英`; // one changeable character in 63, but the length changes
    expect(traditionalShare(dioxin)).toBe(1);
    expect(surelySimplified(dioxin)).toBe(false);
    expect(isTraditional(dioxin)).toBe(true);
  });
});

describe('simplifiedView', () => {
  it('converts clause by clause exactly as converting the whole text', () => {
    // Long enough to be split; separators, phrases spanning them (隨著), length changes and description characters.
    const parts = fc.constantFrom(
      '隨著',
      '著',
      '，',
      '。',
      '\n',
      ' ',
      '「',
      '」',
      '：',
      '-',
      '·',
      '乾淨',
      '乾隆',
      '頭髮',
      '發展',
      '二噁英',
      '⿰',
      '𠀋',
      '社區',
      '黨建',
    );
    const long = fc.array(parts, { minLength: 20, maxLength: 120 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(fc.oneof(text, long), (t) => {
        expect(simplifiedView(t)).toBe(simpleSimplifiedView(t));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the length and gives the same view when asked again', () => {
    fc.assert(
      fc.property(text, (t) => {
        const view = simplifiedView(t);
        expect(view).toHaveLength(t.length);
        expect(simplifiedView(t)).toBe(view);
      }),
    );
    expect(simplifiedView('社區黨建')).toBe('社区党建');
  });
});

describe('revised and part views', () => {
  // Clauses of traditional text with separators, phrases whose characters convert otherwise alone (乾隆, 顯著, 著作, 瞭解),
  // length changes and description characters; edits that make and break such phrases.
  const parts = fc.constantFrom(
    '隨著',
    '著',
    '隨',
    '，',
    '。',
    '\n',
    ' ',
    '：',
    '乾淨',
    '乾隆',
    '顯著',
    '著作',
    '瞭解',
    '頭髮',
    '二噁英',
    '⿰',
    '𠀋',
    '社區',
    '黨建',
  );
  const anyLong = fc.array(parts, { minLength: 10, maxLength: 90 }).map((ps) => ps.join(''));
  // Most often without the length change and the description character, which make the view be made anew.
  const plain = fc.constantFrom(
    '隨著',
    '著',
    '隨',
    '，',
    '。',
    '\n',
    ' ',
    '：',
    '乾淨',
    '乾隆',
    '顯著',
    '著作',
    '瞭解',
    '頭髮',
    '𠀋',
    '社區',
    '黨建',
  );
  const long = fc.oneof(
    { arbitrary: anyLong, weight: 1 },
    { arbitrary: fc.array(plain, { minLength: 10, maxLength: 90 }).map((ps) => ps.join('')), weight: 4 },
  );
  const replacement = fc.record({
    start: fc.nat(200),
    len: fc.nat(4),
    text: fc.constantFrom('', '著', '，', '\n', '乾', '隆', '顯', '瞭', '解', '黨', '二噁', '⿰', ' '),
  });

  it('revise a view with a batch of edits into the view of the edited text (property)', () => {
    fc.assert(
      fc.property(long, fc.array(fc.array(replacement, { maxLength: 6 }), { maxLength: 4 }), (t, batches) => {
        const ledger = new Ledger(t);
        let current = viewed(t);
        for (const batch of batches) {
          const made = ledger.apply(
            batch.map((r) => ({
              start: r.start % (ledger.text.length + 1),
              end: (r.start % (ledger.text.length + 1)) + r.len,
              text: r.text,
              rule: 'r',
            })),
          );
          if (made.length === 0) continue;
          current = revised(current, ledger.text, made);
          expect(current.text).toBe(ledger.text);
          expect(current.view).toBe(simpleSimplifiedView(ledger.text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keep giving views when long texts of many lengths are each viewed twice (each kept once in the view cache)', () => {
    // 60 texts of 13,000 to 130,000 characters, each viewed whole and then as a part: several times the cache's
    // 4 million characters. A text counted once per viewing left its count behind when dropped, until the count
    // alone exceeded the cache and an empty cache was asked for its oldest view.
    resetCaches();
    const clause = '社區黨建工作隨著時代發展。';
    for (let k = 0; k < 60; k++) {
      const t = `第${k}篇。${clause.repeat(1_000 + ((k * 2_971) % 9_000))}`;
      const whole = viewed(t);
      expect(viewedPart(whole, 0, t.length).view).toBe(whole.view);
    }
    expect(simplifiedView('黨建。')).toBe('党建。');
  });

  it("slice the view of a part from the whole view only where that is the part's own view (property)", () => {
    fc.assert(
      fc.property(long, fc.nat(100), fc.nat(100), (t, a, b) => {
        const [start, end] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        const part = viewedPart(viewed(t), start, end);
        expect(part.text).toBe(t.slice(start, end));
        expect(part.view).toBe(simpleSimplifiedView(t.slice(start, end)));
      }),
      { numRuns: 1000 },
    );
  });

  it('give the same views and answers after the caches are emptied (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(long, text), { minLength: 1, maxLength: 4 }), (ts) => {
        const before = ts.map((t) => [simplifiedView(t), viewed(t).byClauses, isTraditional(t)]);
        resetCaches();
        expect(ts.map((t) => [simplifiedView(t), viewed(t).byClauses, isTraditional(t)])).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });
});
