import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRunEnds } from '../../../src/analyzer/corpus/shared-passages/run-ends.ts';
import { mod, shingleKeys } from '../../../src/analyzer/corpus/shared-passages/shingle-keys.ts';
import { buildShingleIndex, type ShingleIndex } from '../../../src/analyzer/corpus/shared-passages/shingles.ts';

/** The rolling hash as first written, with the floating-point remainder. */
function simpleKeys(chars: Int32Array, k: number): number[] {
  const [P1, P2, B1, B2] = [67108859, 67108837, 1048583, 2097169];
  const keys: number[] = [];
  for (let p = 0; p + k <= chars.length; p++) {
    let h1 = 0;
    let h2 = 0;
    for (let i = p; i < p + k; i++) {
      h1 = (h1 * B1 + chars[i]) % P1;
      h2 = (h2 * B2 + chars[i]) % P2;
    }
    keys.push(h1 * 67108864 + h2);
  }
  return keys;
}

/** The index as a Map of pushed postings, the simple way. */
function simpleIndex(keys: readonly Float64Array[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  keys.forEach((ks, art) =>
    ks.forEach((key, p) => {
      const list = index.get(key);
      if (list === undefined) index.set(key, [art, p]);
      else list.push(art, p);
    }),
  );
  return index;
}

const codePoints = fc.array(fc.oneof(fc.integer({ min: 0x4e00, max: 0x4e08 }), fc.integer({ min: 0, max: 0x10ffff })), {
  maxLength: 60,
});

describe('mod', () => {
  it('is the non-negative remainder of negative integers too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 48), max: 2 ** 48 }), fc.constantFrom(67108859, 67108837, 7, 1), (x, m) => {
        expect(mod(x, m)).toBe(((x % m) + m) % m);
      }),
    );
  });

  it('equals % on the integers the rolling hash makes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.constantFrom(67108859, 67108837, 7, 1), (x, m) => {
        expect(mod(x, m)).toBe(x % m);
      }),
    );
    expect(mod(2 ** 47 - 1, 67108859)).toBe((2 ** 47 - 1) % 67108859);
  });
});

describe('shingleKeys', () => {
  it('gives the keys of hashing each shingle on its own', () => {
    fc.assert(
      fc.property(codePoints, fc.integer({ min: 1, max: 10 }), (cps, k) => {
        const chars = Int32Array.from(cps);
        expect([...shingleKeys(chars, k)]).toEqual(simpleKeys(chars, k));
      }),
    );
  });

  it('writes into a buffer long enough, and makes its own otherwise', () => {
    const chars = Int32Array.from([0x4e00, 0x4e01, 0x4e02, 0x4e03]);
    const buffer = new Float64Array(5);
    const keys = shingleKeys(chars, 2, buffer);
    expect(keys.buffer).toBe(buffer.buffer);
    expect([...keys]).toEqual(simpleKeys(chars, 2));
    expect([...shingleKeys(chars, 2, new Float64Array(2))]).toEqual(simpleKeys(chars, 2));
  });

  it('has no shingles in a text shorter than one', () => {
    expect(shingleKeys(Int32Array.from([1, 2]), 3)).toHaveLength(0);
  });
});

describe('buildShingleIndex', () => {
  /** The postings the index lists for the shingle at `p` of article `art`, as (article, position) pairs, flat. */
  function postingsAt(index: ShingleIndex, art: number, p: number): number[] | undefined {
    const first = index.firsts[art][p];
    if (first < 0) return undefined;
    const postings: number[] = [];
    for (
      let i = first;
      i < index.postings.length && index.firsts[index.postings[i]][index.postings[i + 1]] === first;
      i += 2
    ) {
      postings.push(index.postings[i], index.postings[i + 1]);
    }
    return postings;
  }

  it('holds the same postings, in the same order, as a Map filled by pushing, for the shingles with few enough', () => {
    // Few distinct characters, so that shingles repeat within and across articles.
    const article = fc.array(fc.integer({ min: 0x4e00, max: 0x4e03 }), { maxLength: 80 });
    fc.assert(
      fc.property(
        fc.array(article, { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        (texts, k, maxPostings) => {
          const chars = texts.map((t) => Int32Array.from(t));
          const keys = chars.map((c) => shingleKeys(c, k));
          const index = buildShingleIndex(chars, k, maxPostings);
          const simple = simpleIndex(keys);
          expect(index.size).toBe(simple.size);
          keys.forEach((ks, art) =>
            ks.forEach((key, p) => {
              const postings = simple.get(key)!;
              expect(postingsAt(index, art, p)).toEqual(postings.length / 2 > maxPostings ? undefined : postings);
              if (postings.length / 2 > maxPostings) return;
              // It continues the shingle before it when its postings are that one's, each one position on.
              const previous = p > 0 ? simple.get(ks[p - 1])! : [];
              const shifted = previous.map((x, i) => (i % 2 ? x + 1 : x));
              expect(index.continues[index.firsts[art][p] >> 1]).toBe(String(shifted) === String(postings) ? 1 : 0);
            }),
          );
        },
      ),
    );
  });

  it('grows past its first capacity', () => {
    // Distinct shingles of two characters, more than the table makes room for at first (2^16).
    const n = 2 ** 16 + 100;
    const chars = [Int32Array.from({ length: n + 1 }, (_, i) => 0x4e00 + i)];
    const index = buildShingleIndex(chars, 2, 1);
    expect(index.size).toBe(n);
    expect(index.firsts[0]).toEqual(Int32Array.from({ length: n }, (_, i) => 2 * i));
    expect(index.postings).toEqual(Int32Array.from({ length: 2 * n }, (_, i) => (i % 2 ? i >> 1 : 0)));
    expect(index.continues).toEqual(new Uint8Array(n).fill(1).fill(0, 0, 1));
  });

  it('keeps no postings of the shingles with more than maxPostings', () => {
    // Shingles 12 (3 times), 21 (twice), 23.
    const chars = [Int32Array.from([1, 2, 1, 2, 1, 2, 3])];
    const index = buildShingleIndex(chars, 2, 2);
    expect([...index.firsts[0]]).toEqual([-1, 0, -1, 0, -1, 4]);
    expect([...index.postings]).toEqual([0, 1, 0, 3, 0, 5]);
  });

  it('indexes nothing for no articles or empty ones', () => {
    expect(buildShingleIndex([], 8, 50).size).toBe(0);
    expect(buildShingleIndex([new Int32Array(0)], 8, 50).firsts).toEqual([new Int32Array(0)]);
  });
});

describe('createRunEnds', () => {
  it('reads the runs a Map of the last run per (article, diagonal) holds, cleared between articles', () => {
    // Few articles and diagonals too, so that ends are read back after their article's recent one changed.
    const b = fc.oneof(fc.nat(100), fc.nat(2));
    const diag = fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2, max: 2 }));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), b, diag, back: fc.nat(30), length: fc.nat(30) }),
      fc.record({ kind: fc.constant('read' as const), b, diag }),
      fc.record({ kind: fc.constant('step' as const), by: fc.nat(8) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const ends = createRunEnds();
        const simple = new Map<string, { start: number; end: number }>();
        // The search's position: it only grows within an article.
        let p = 0;
        const check = (b: number, diag: number) => {
          const run = simple.get(`${b},${diag}`);
          const end = run?.end ?? -1;
          expect(ends.endAfter(b, diag, p)).toBe(end > p ? end : -1);
          if (end > p) expect(ends.startOf(b, diag)).toBe(run!.start);
        };
        for (const o of ops) {
          if (o.kind === 'set') {
            ends.set(o.b, o.diag, p - o.back, p + o.length, p);
            simple.set(`${o.b},${o.diag}`, { start: p - o.back, end: p + o.length });
          } else if (o.kind === 'read') check(o.b, o.diag);
          else if (o.kind === 'step') p += o.by;
          else {
            ends.clear();
            simple.clear();
            p = 0;
          }
        }
        for (const key of simple.keys()) {
          const [b, diag] = key.split(',').map(Number);
          check(b, diag);
        }
      }),
    );
  });
});
