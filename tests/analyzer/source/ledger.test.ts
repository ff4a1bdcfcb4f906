import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ledger, undo } from '../../../src/analyzer/source/ledger.ts';
import type { Edit } from '../../../src/analyzer/types.ts';
import { SimpleLedger } from '../../reference/ledger-simple.ts';

describe('Ledger', () => {
  it('records a replacement at its source offset, with before and after', () => {
    const l = new Ledger('“刻舟求剑冶的思维', 100);
    const [edit] = l.apply([{ start: 5, end: 6, text: '”', rule: 'artifact.冶' }]);
    expect(l.text).toBe('“刻舟求剑”的思维');
    expect(edit).toEqual({ rule: 'artifact.冶', start: 105, end: 106, at: 5, before: '冶', after: '”' });
  });

  it('maps offsets back through earlier removals', () => {
    const l = new Ledger('甲LT乙丙');
    l.apply([{ start: 1, end: 3, text: '', rule: 'furniture.layout-junk' }]);
    const [edit] = l.apply([{ start: 2, end: 3, text: '丁', rule: 'correction' }]);
    expect(l.text).toBe('甲乙丁');
    expect(edit.start).toBe(4);
    expect(l.sourceSpan(1, 2)).toEqual({ start: 3, end: 4 });
  });

  it('gives a replaced run the whole source range it came from', () => {
    const l = new Ledger('百『能');
    l.apply([{ start: 0, end: 3, text: '可能', rule: 'correction' }]);
    expect(l.sourceSpan(0, 1)).toEqual({ start: 0, end: 3 });
  });

  it('skips replacements outside the text', () => {
    const l = new Ledger('abc');
    expect(l.apply([{ start: 2, end: 4, text: 'X', rule: 'out' }])).toEqual([]);
  });

  it('skips no-op and overlapping replacements', () => {
    const l = new Ledger('abcdef');
    const made = l.apply([
      { start: 0, end: 2, text: 'ab', rule: 'noop' },
      { start: 1, end: 4, text: 'X', rule: 'first' },
      { start: 2, end: 5, text: 'Y', rule: 'overlaps' },
    ]);
    expect(made.map((e) => e.rule)).toEqual(['first']);
    expect(l.text).toBe('aXef');
  });

  it('undo restores the original after many batches', () => {
    const original = '一\n\n  3进入新经济和社会组织1二作,“总开关冶';
    const l = new Ledger(original);
    l.apply([{ start: 0, end: 6, text: '', rule: 'a' }]);
    const ocr = l.text.indexOf('1二作');
    const glyph = l.text.indexOf('冶');
    l.apply([
      { start: ocr, end: ocr + 3, text: '工作', rule: 'b' },
      { start: glyph, end: glyph + 1, text: '”', rule: 'c' },
    ]);
    expect(l.text).toBe('进入新经济和社会组织工作,“总开关”');
    expect(undo(l.text, l.edits)).toBe(original);
  });
});

describe('undo in batches', () => {
  /** Undo as first written: one edit at a time, from the last. */
  const simpleUndo = (text: string, edits: readonly Edit[]) => {
    let out = text;
    for (let i = edits.length - 1; i >= 0; i--) {
      const e = edits[i];
      out = out.slice(0, e.at) + e.before + out.slice(e.at + e.after.length);
    }
    return out;
  };
  const edit = fc.record({
    rule: fc.constant('r'),
    start: fc.constant(0),
    end: fc.constant(0),
    at: fc.integer({ min: -3, max: 30 }),
    before: fc.string({ maxLength: 4 }),
    after: fc.string({ maxLength: 4 }),
  });

  it('gives what undoing one edit at a time gives, for any edits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(edit, { maxLength: 12 }), (text, edits) => {
        expect(undo(text, edits)).toBe(simpleUndo(text, edits));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives what undoing one edit at a time gives, for ledger batches', () => {
    const replacement = fc.record({ start: fc.nat(20), len: fc.nat(3), text: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.array(fc.array(replacement, { maxLength: 5 }), { maxLength: 4 }),
        (text, batches) => {
          const l = new Ledger(text);
          for (const batch of batches)
            l.apply(batch.map((r) => ({ start: r.start, end: r.start + r.len, text: r.text, rule: 'r' })));
          expect(undo(l.text, l.edits)).toBe(simpleUndo(l.text, l.edits));
          expect(undo(l.text, l.edits)).toBe(text);
        },
      ),
    );
  });
});

describe('Ledger runs', () => {
  const replacement = fc.record({
    start: fc.integer({ min: -1, max: 22 }),
    len: fc.integer({ min: -1, max: 4 }),
    text: fc.string({ maxLength: 3 }),
  });
  const batches = fc.array(fc.array(replacement, { maxLength: 6 }), { maxLength: 5 });

  it('keeps the text, edits and source spans the per-character ledger keeps (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.nat(50), batches, (text, offset, bs) => {
        const l = new Ledger(text, offset);
        const simple = new SimpleLedger(text, offset);
        for (const batch of bs) {
          const rs = batch.map((r, i) => ({
            start: r.start,
            end: r.start + r.len,
            text: r.text,
            rule: `r${i}`,
            ...(i % 2 ? { note: 'n' } : {}),
          }));
          expect(l.apply(rs)).toEqual(simple.apply(rs));
          expect(l.text).toBe(simple.text);
          for (let start = 0; start <= l.text.length; start++) {
            for (let end = start; end <= l.text.length; end++)
              expect(l.sourceSpan(start, end)).toEqual(simple.sourceSpan(start, end));
          }
        }
        expect(l.edits).toEqual(simple.edits);
      }),
      { numRuns: 1000 },
    );
  });
});
