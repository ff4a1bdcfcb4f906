import { sortSmall } from '../../text/sort-small.ts';
import type { Gap, Item, Link } from '../../types.ts';

export interface LinkOptions {
  /** Content words of an item's title and of its whole text (segmented, stopwords removed), as numbers into `vocabulary`. */
  wordsOf: (item: Item) => { title: ArrayLike<number>; text: ArrayLike<number> };
  /** The words `wordsOf` numbers (from `linkVocabulary`, one per analysis). */
  vocabulary: LinkVocabulary;
  /** Theme id → name, for evidence a reader understands. */
  themeNames: ReadonlyMap<string, string>;
  /** Weakest score kept as a link (0..1). */
  minScore: number;
  /** Share of the score that comes from shared words (the rest from shared themes). */
  lexicalShare: number;
  /** Cosine similarity at which shared words count fully. */
  lexicalFull: number;
}

/** Pairs a link can join: what answers or explains what. */
const PAIRS = [
  { from: 'problem', to: 'countermeasure' },
  { from: 'cause', to: 'problem' },
] as const;

/** A quoted phrase in a title: `“刻舟求剑”`. */
const QUOTED = /[“"]([^“”"\n]{2,12})[”"]/g;

/**
 * Links within one article: which countermeasure answers which problem, and
 * which cause explains which problem. Explicit when the text pairs them (a
 * `整改措施` under its `问题N`, or a countermeasure quoting the problem's own
 * phrase); otherwise scored from the domain words they share (TF-IDF over the
 * article's items) and the codebook themes they share. Never by position.
 */
export function linkArticle(items: readonly Item[], options: LinkOptions): Link[] {
  const vectors = tfidf(items, options);
  const quotes = new Map(items.map((i) => [i.id, quotedPhrases(i.title)]));
  const links: Link[] = [];
  for (const pair of PAIRS) {
    const froms = indicesOf(items, pair.from);
    const tos = indicesOf(items, pair.to);
    const phraseOwners = countOwners(
      froms.map((k) => items[k]),
      quotes,
    );
    const similarity = similarities(options.vocabulary, vectors, froms, tos);
    for (let f = 0; f < froms.length; f++) {
      for (let t = 0; t < tos.length; t++) {
        const link = scorePair(items, froms[f], tos[t], similarity[f * tos.length + t], {
          vectors,
          quotes,
          phraseOwners,
          options,
        });
        if (link) links.push(link);
      }
    }
  }
  return links;
}

interface PairContext {
  vectors: Vector[];
  quotes: Map<string, string[]>;
  phraseOwners: Map<string, number>;
  options: LinkOptions;
}

/** Indices of the items of one role, in order (vectors are by index). */
function indicesOf(items: readonly Item[], role: Item['role']): number[] {
  const out: number[] = [];
  for (let k = 0; k < items.length; k++) if (items[k].role === role) out.push(k);
  return out;
}

/** The link from `items[ia]` to `items[ib]`, if any, given their cosine similarity. */
function scorePair(items: readonly Item[], ia: number, ib: number, similarity: number, ctx: PairContext): Link | null {
  const a = items[ia];
  const b = items[ib];
  if (a.pairedWith.includes(b.id)) {
    return {
      from: a.id,
      to: b.id,
      kind: 'explicit',
      score: 1,
      evidence: ['文中成对给出（问题之下的整改措施）'],
      source: 'auto',
    };
  }
  const quoted = ctx.quotes.get(a.id)!;
  // Most titles quote nothing: no array per pair then.
  const echoed =
    quoted.length === 0
      ? quoted
      : quoted.filter((q) => ctx.phraseOwners.get(q) === 1 && ctx.quotes.get(b.id)!.includes(q));
  if (echoed.length > 0) {
    return { from: a.id, to: b.id, kind: 'explicit', score: 1, evidence: echoed.map((q) => `“${q}”`), source: 'auto' };
  }
  const lexical = Math.min(1, similarity / ctx.options.lexicalFull);
  const themes = sharedThemes(a, b);
  const thematic = themes.length / Math.max(1, Math.min(a.themes.length, b.themes.length));
  const share = ctx.options.lexicalShare;
  const score = round(share * lexical + (1 - share) * thematic);
  if (score < ctx.options.minScore) return null;
  const kind = share * lexical >= (1 - share) * thematic ? 'lexical' : 'thematic';
  const evidence = [
    ...sharedWords(ctx.options.vocabulary, ctx.vectors[ia], ctx.vectors[ib]).slice(0, 6),
    ...themes.map((t) => `议题：${ctx.options.themeNames.get(t) ?? t}`),
  ];
  return { from: a.id, to: b.id, kind, score, evidence, source: 'auto' };
}

/**
 * Problems no countermeasure answers, countermeasures that answer no stated
 * problem, and causes that explain no problem: the gaps a reader should see.
 */
export function findGaps(items: readonly Item[], links: readonly Link[]): Gap[] {
  const gaps: Gap[] = [];
  const strongest = (id: string, side: 'from' | 'to', role: string) => {
    const mine = links.filter(
      (l) => l[side] === id && items.find((i) => i.id === (side === 'from' ? l.to : l.from))?.role === role,
    );
    return mine.sort((x, y) => y.score - x.score)[0];
  };
  for (const item of items) {
    if (item.role === 'problem' && !strongest(item.id, 'from', 'countermeasure')) {
      gaps.push({ item: item.id, kind: 'unanswered-problem' });
    }
    if (item.role === 'countermeasure' && !strongest(item.id, 'to', 'problem')) {
      gaps.push({ item: item.id, kind: 'unmatched-countermeasure' });
    }
    if (item.role === 'cause' && !strongest(item.id, 'from', 'problem')) {
      gaps.push({ item: item.id, kind: 'unlinked-cause' });
    }
  }
  return gaps;
}

/** How a reader should take a link's score: 强 / 中 / 弱. */
export function linkStrength(score: number): 'strong' | 'medium' | 'weak' {
  return score >= 0.6 ? 'strong' : score >= 0.3 ? 'medium' : 'weak';
}

/** The distinct phrases a title quotes. Most titles quote nothing: they are not searched. */
function quotedPhrases(title: string): string[] {
  if (!title.includes('“') && !title.includes('"')) return [];
  return [...new Set([...title.matchAll(QUOTED)].map((m) => m[1]))];
}

/** How many items of one role quote each phrase: a phrase every item quotes pairs nothing. */
function countOwners(items: readonly Item[], quotes: Map<string, string[]>): Map<string, number> {
  const owners = new Map<string, number>();
  for (const i of items) for (const q of quotes.get(i.id)!) owners.set(q, (owners.get(q) ?? 0) + 1);
  return owners;
}

/**
 * The words links read, numbered by the caller (word `n` is `words[n]`; the
 * list may grow between articles), and what links learn about them: each
 * word's features, and scratch arrays by feature number. One per analysis,
 * so that the words of every item of every article are numbers, not strings
 * to hash again, and vectors index arrays. Word `n` is feature `2n`; the
 * two-character parts of words are numbered apart, part `m` being feature
 * `2m + 1`, by their two code units (no string made or hashed per part).
 */
export interface LinkVocabulary {
  words: readonly string[];
  /** Per word number: its feature numbers, once asked for. */
  featuresOfWord: (Int32Array | undefined)[];
  /** Part numbers by the part's code units (`first << 16 | second`). */
  partNumbers: Map<number, number>;
  /** Per feature: its count in the item being counted (0 between items). */
  count: Int32Array;
  /** Per feature: how many items of the article counted last use it, valid when `dfStamp` holds that article's stamp. */
  df: Int32Array;
  dfStamp: Int32Array;
  /** Per feature: the weight of the vector last spread out, valid when `owner` holds that spread's stamp. */
  spread: Float64Array;
  owner: Int32Array;
  /** Articles counted, and vectors spread out (the stamps). */
  articles: number;
  spreads: number;
}

/** A vocabulary for `linkArticle` over the caller's numbered `words` (read as they grow). */
export function linkVocabulary(words: readonly string[]): LinkVocabulary {
  const size = 1024;
  return {
    words,
    featuresOfWord: [],
    partNumbers: new Map(),
    count: new Int32Array(size),
    df: new Int32Array(size),
    dfStamp: new Int32Array(size),
    spread: new Float64Array(size),
    owner: new Int32Array(size),
    articles: 0,
    spreads: 0,
  };
}

/**
 * Feature numbers of word `n`: the word, and its two-character parts when it
 * is longer, so that `干部队伍建设` still meets `队伍` (the domain dictionary
 * keeps compounds whole, which would otherwise hide what they share).
 * Computed once per word of the vocabulary.
 */
function featuresOf(vocabulary: LinkVocabulary, n: number): Int32Array {
  let out = vocabulary.featuresOfWord[n];
  if (out === undefined) {
    const word = vocabulary.words[n];
    const parts = word.length > 2 ? word.length - 1 : 0;
    out = new Int32Array(1 + parts);
    out[0] = 2 * n;
    let largest = out[0];
    for (let i = 0; i < parts; i++) {
      const units = (word.charCodeAt(i) << 16) | word.charCodeAt(i + 1);
      let m = vocabulary.partNumbers.get(units);
      if (m === undefined) vocabulary.partNumbers.set(units, (m = vocabulary.partNumbers.size));
      out[i + 1] = 2 * m + 1;
      largest = Math.max(largest, out[i + 1]);
    }
    if (vocabulary.count.length <= largest) grow(vocabulary, 2 ** Math.ceil(Math.log2(largest + 1)));
    vocabulary.featuresOfWord[n] = out;
  }
  return out;
}

/** Whether feature `id` is a word, not a part of one (parts are kept out of evidence). */
const isWord = (id: number) => (id & 1) === 0;

/** Per-feature arrays grown to `size` slots, their contents kept. */
function grow(v: LinkVocabulary, size: number): void {
  const larger = <T extends Int32Array | Float64Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(size);
    out.set(a);
    return out;
  };
  v.count = larger(v.count);
  v.df = larger(v.df);
  v.dfStamp = larger(v.dfStamp);
  v.spread = larger(v.spread);
  v.owner = larger(v.owner);
}

/**
 * An item's TF-IDF vector: its features (numbers) in order of first
 * occurrence, their weights, and its norm. Plain arrays: an article makes
 * one per item, and small typed arrays cost more to make than they save.
 */
interface Vector {
  ids: readonly number[];
  weights: readonly number[];
  norm: number;
}

/**
 * TF-IDF vectors of the items (in item order), the article's items being the
 * documents; title words count twice. Counting indexes arrays by feature
 * number instead of hashing strings; the weights are summed in the order the
 * features first occur (title, title again, text), as a map filled in that
 * order would hold them.
 */
function tfidf(items: readonly Item[], options: LinkOptions): Vector[] {
  const v = options.vocabulary;
  if (v.articles === 0x7fffffff) {
    v.dfStamp.fill(0);
    v.articles = 0;
  }
  const stamp = ++v.articles;
  const tfs: { ids: number[]; counts: number[] }[] = [];
  for (const item of items) {
    const ids: number[] = [];
    const add = (words: ArrayLike<number>) => {
      for (let w = 0; w < words.length; w++) {
        const numbers = featuresOf(v, words[w]);
        const count = v.count;
        for (let k = 0; k < numbers.length; k++) if (count[numbers[k]]++ === 0) ids.push(numbers[k]);
      }
    };
    const words = options.wordsOf(item);
    add(words.title);
    add(words.title);
    add(words.text);
    const { count, df, dfStamp } = v;
    tfs.push({ ids, counts: ids.map((n) => count[n]) });
    for (const n of ids) {
      if (dfStamp[n] !== stamp) {
        dfStamp[n] = stamp;
        df[n] = 0;
      }
      df[n]++;
      count[n] = 0;
    }
  }
  const n = items.length;
  const df = v.df;
  return tfs.map((tf): Vector => {
    const weights: number[] = [];
    let squares = 0;
    for (let k = 0; k < tf.ids.length; k++) {
      const x = (1 + Math.log(tf.counts[k])) * Math.log((n + 1) / df[tf.ids[k]]);
      weights.push(x);
      squares += x * x;
    }
    return { ids: tf.ids, weights, norm: Math.sqrt(squares) };
  });
}

/**
 * Cosine similarity of each of `froms` with each of `tos`
 * (`[f * tos.length + t]`), each `to` spread out once for all `froms`. The
 * shared words are ranked apart (`sharedWords`), only for the pairs that
 * become links: most pairs score too low.
 */
function similarities(
  v: LinkVocabulary,
  vectors: readonly Vector[],
  froms: readonly number[],
  tos: readonly number[],
): Float64Array {
  const out = new Float64Array(froms.length * tos.length);
  for (let t = 0; t < tos.length; t++) {
    const b = vectors[tos[t]];
    const stamp = spreadOut(v, b);
    const { spread, owner } = v;
    for (let f = 0; f < froms.length; f++) {
      const a = vectors[froms[f]];
      let dot = 0;
      for (let k = 0; k < a.ids.length; k++) {
        const id = a.ids[k];
        if (owner[id] !== stamp) continue;
        dot += a.weights[k] * spread[id];
      }
      const denominator = a.norm * b.norm;
      out[f * tos.length + t] = denominator === 0 ? 0 : dot / denominator;
    }
  }
  return out;
}

/** The words (not parts of words) `a` and `b` share, those contributing most to their cosine first. */
function sharedWords(v: LinkVocabulary, a: Vector, b: Vector): string[] {
  const stamp = spreadOut(v, b);
  const { spread, owner } = v;
  const contributions: [string, number][] = [];
  for (let k = 0; k < a.ids.length; k++) {
    const id = a.ids[k];
    if (owner[id] !== stamp || !isWord(id)) continue;
    contributions.push([v.words[id >> 1], a.weights[k] * spread[id]]);
  }
  sortSmall(contributions, (p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return contributions.map(([w]) => w);
}

/** Write `b`'s weights into the scratch slots of its features, stamped; returns the stamp. */
function spreadOut(v: LinkVocabulary, b: Vector): number {
  if (v.spreads === 0x7fffffff) {
    v.owner.fill(0);
    v.spreads = 0;
  }
  const stamp = ++v.spreads;
  const { spread, owner } = v;
  for (let k = 0; k < b.ids.length; k++) {
    spread[b.ids[k]] = b.weights[k];
    owner[b.ids[k]] = stamp;
  }
  return stamp;
}

/** `b`'s themes that `a` has too, in `b`'s order (items have a few themes: no set per pair). */
function sharedThemes(a: Item, b: Item): string[] {
  const out: string[] = [];
  for (const t of b.themes) if (a.themes.some((x) => x.theme === t.theme)) out.push(t.theme);
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
