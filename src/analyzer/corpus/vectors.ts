/**
 * TF-IDF over numbered terms, for links (items of an article) and keywords
 * (articles, or the items of each theme): term counts per document, document
 * frequencies, and weighted vectors. Each caller names its IDF formula.
 */

/**
 * How rare a term is, from the `n` documents of the collection and the `df`
 * of them that hold it. Each caller keeps the formula it was written with
 * (their outputs depend on it to the last bit):
 * - `ln((n+1)/df)`, links: a word every item of the article uses weighs
 *   almost nothing (ln(1 + 1/n)), so items sharing only such words stay apart;
 * - `ln(1+n/df)`, keywords: a word every document uses still weighs ln 2.
 * Named, not passed as a function: a call per weight costs links ~8 %
 * (docs/performance.md).
 */
export type IdfFormula = 'ln((n+1)/df)' | 'ln(1+n/df)';

/** The IDF of a term that `df` of the collection's `n` documents hold, by `formula`. */
export function idf(formula: IdfFormula, n: number, df: number): number {
  return formula === 'ln((n+1)/df)' ? Math.log((n + 1) / df) : Math.log(1 + n / df);
}

/** The TF-IDF weight of a term a document holds `count` times: sublinear in the count. */
export function tfidfWeight(count: number, idf: number): number {
  return (1 + Math.log(count)) * idf;
}

/**
 * Scratch arrays by term number, reused from one collection to the next:
 * nothing is cleared between collections (document frequencies are stamped).
 */
export interface TermCounter {
  /** Per term: its count in the document being counted (0 between documents). */
  count: Int32Array;
  /** Per term: how many documents of the current collection hold it, valid where `dfStamp` holds `collections`. */
  df: Int32Array;
  dfStamp: Int32Array;
  /** Collections started (the stamp). */
  collections: number;
}

/** One document counted: its distinct terms in order of first occurrence, and how often each occurs. */
export interface TermCounts {
  terms: number[];
  counts: number[];
}

/** A document's TF-IDF vector: its terms as counted, their weights, and its Euclidean norm. */
export interface Vector {
  terms: readonly number[];
  weights: readonly number[];
  norm: number;
}

/** A counter for terms numbered below `size` (see `growCounter` for more). */
export function termCounter(size: number): TermCounter {
  return { count: new Int32Array(size), df: new Int32Array(size), dfStamp: new Int32Array(size), collections: 0 };
}

/** The counter's arrays grown to `size` slots, their contents kept. */
export function growCounter(c: TermCounter, size: number): void {
  c.count = grown(c.count, size);
  c.df = grown(c.df, size);
  c.dfStamp = grown(c.dfStamp, size);
}

/** `a` copied into a new typed array of `size` slots. */
export function grown<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

/** Start a collection of documents: every document frequency reads 0 again. */
export function startCollection(c: TermCounter): void {
  if (c.collections === 0x7fffffff) {
    c.dfStamp.fill(0);
    c.collections = 0;
  }
  c.collections++;
}

/** Count `terms` into the current document; those it meets first are pushed onto `seen`. */
export function tally(c: TermCounter, terms: ArrayLike<number>, seen: number[]): void {
  const count = c.count;
  for (let k = 0; k < terms.length; k++) if (count[terms[k]]++ === 0) seen.push(terms[k]);
}

/** End the current document, its distinct terms `terms` (counted into `count`): their counts; their document frequencies raised. */
export function endDocument(c: TermCounter, terms: number[]): TermCounts {
  const { count, df, dfStamp, collections: stamp } = c;
  const counts = terms.map((n) => count[n]);
  for (const n of terms) {
    if (dfStamp[n] !== stamp) {
      dfStamp[n] = stamp;
      df[n] = 0;
    }
    df[n]++;
    count[n] = 0;
  }
  return { terms, counts };
}

/**
 * TF-IDF vectors of the current collection's `documents` (in their order):
 * `tfidfWeight` of each term, squares summed into the norm in term order.
 */
export function tfidfVectors(c: TermCounter, documents: readonly TermCounts[], formula: IdfFormula): Vector[] {
  const n = documents.length;
  const df = c.df;
  const out: Vector[] = [];
  for (let d = 0; d < n; d++) {
    const { terms, counts } = documents[d];
    const weights: number[] = [];
    let squares = 0;
    for (let k = 0; k < terms.length; k++) {
      const x = tfidfWeight(counts[k], idf(formula, n, df[terms[k]]));
      weights.push(x);
      squares += x * x;
    }
    out.push({ terms, weights, norm: Math.sqrt(squares) });
  }
  return out;
}
