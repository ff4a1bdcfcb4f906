// The links as first written (Map-based TF-IDF and cosine), kept as the reference for tests/analyzer/corpus/links-vectors.test.ts.
import type { Item, Link } from '../../src/analyzer/types.ts';

interface LinkOptions {
  /** Content words of an item's title and of its whole text (segmented, stopwords removed). */
  wordsOf: (item: Item) => { title: string[]; text: string[] };
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
  { from: 'cause', to: 'countermeasure' },
] as const;

/** A quoted phrase in a title: `“刻舟求剑”`. */
const QUOTED = /[“"]([^“”"\n]{2,12})[”"]/g;

/**
 * Links within one article: which countermeasure answers which problem,
 * which cause explains which problem, which countermeasure answers which cause. Explicit when the text pairs them (a
 * `整改措施` under its `问题N`, or a countermeasure quoting the problem's own
 * phrase); otherwise scored from the domain words they share (TF-IDF over the
 * article's items) and the codebook themes they share. Never by position.
 */
export function simpleLinkArticle(items: readonly Item[], options: LinkOptions): Link[] {
  const vectors = tfidf(items, options.wordsOf);
  const quotes = new Map(items.map((i) => [i.id, quotedPhrases(i.title)]));
  const links: Link[] = [];
  for (const pair of PAIRS) {
    const froms = items.filter((i) => i.role === pair.from);
    const tos = items.filter((i) => i.role === pair.to);
    const phraseOwners = countOwners(froms, quotes);
    for (const a of froms) {
      for (const b of tos) {
        const link = scorePair(a, b, { vectors, quotes, phraseOwners, options });
        if (link) links.push(link);
      }
    }
  }
  return links;
}

interface PairContext {
  vectors: Map<string, Map<string, number>>;
  quotes: Map<string, string[]>;
  phraseOwners: Map<string, number>;
  options: LinkOptions;
}

function scorePair(a: Item, b: Item, ctx: PairContext): Link | null {
  if (a.pairedWith.includes(b.id)) {
    return {
      from: a.id,
      to: b.id,
      kind: 'explicit',
      score: 1,
      evidence: ['文中成对给出'],
      source: 'auto',
    };
  }
  const echoed = ctx.quotes
    .get(a.id)!
    .filter((q) => ctx.phraseOwners.get(q) === 1 && ctx.quotes.get(b.id)!.includes(q));
  if (echoed.length > 0) {
    return { from: a.id, to: b.id, kind: 'explicit', score: 1, evidence: echoed.map((q) => `“${q}”`), source: 'auto' };
  }
  const { score: similarity, shared } = cosine(ctx.vectors.get(a.id)!, ctx.vectors.get(b.id)!);
  const lexical = Math.min(1, similarity / ctx.options.lexicalFull);
  const themes = sharedThemes(a, b);
  const thematic = themes.length / Math.max(1, Math.min(a.themes.length, b.themes.length));
  const share = ctx.options.lexicalShare;
  const score = round(share * lexical + (1 - share) * thematic);
  if (score < ctx.options.minScore) return null;
  const kind = share * lexical >= (1 - share) * thematic ? 'lexical' : 'thematic';
  const evidence = [
    ...shared.filter((w) => !w.startsWith(PART)).slice(0, 6),
    ...themes.map((t) => `议题：${ctx.options.themeNames.get(t) ?? t}`),
  ];
  return { from: a.id, to: b.id, kind, score, evidence, source: 'auto' };
}

function quotedPhrases(title: string): string[] {
  return [...new Set([...title.matchAll(QUOTED)].map((m) => m[1]))];
}

/** How many items of one role quote each phrase: a phrase every item quotes pairs nothing. */
function countOwners(items: readonly Item[], quotes: Map<string, string[]>): Map<string, number> {
  const owners = new Map<string, number>();
  for (const i of items) for (const q of quotes.get(i.id)!) owners.set(q, (owners.get(q) ?? 0) + 1);
  return owners;
}

/** Marks a feature that is a part of a word, not a word (kept out of evidence). */
const PART = '·';

/**
 * Features of a text: its words, and the two-character parts of longer words,
 * so that `干部队伍建设` still meets `队伍` (the domain dictionary keeps
 * compounds whole, which would otherwise hide what they share).
 */
function features(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    if (w.length > 2) for (let i = 0; i + 2 <= w.length; i++) out.push(PART + w.slice(i, i + 2));
  }
  return out;
}

/** TF-IDF vectors of the items, the article's items being the documents; title words count twice. */
function tfidf(items: readonly Item[], wordsOf: LinkOptions['wordsOf']): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const item of items) {
    const tf = new Map<string, number>();
    const words = wordsOf(item);
    const title = features(words.title);
    for (const w of [...title, ...title, ...features(words.text)]) tf.set(w, (tf.get(w) ?? 0) + 1);
    counts.set(item.id, tf);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = items.length;
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, tf] of counts) {
    const v = new Map<string, number>();
    for (const [w, c] of tf) v.set(w, (1 + Math.log(c)) * Math.log((n + 1) / df.get(w)!));
    vectors.set(id, v);
  }
  return vectors;
}

/** Cosine similarity, with the shared words that contribute most. */
function cosine(a: Map<string, number>, b: Map<string, number>): { score: number; shared: string[] } {
  let dot = 0;
  const contributions: [string, number][] = [];
  for (const [w, x] of a) {
    const y = b.get(w);
    if (y === undefined) continue;
    dot += x * y;
    contributions.push([w, x * y]);
  }
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const denominator = norm(a) * norm(b);
  contributions.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { score: denominator === 0 ? 0 : dot / denominator, shared: contributions.map(([w]) => w) };
}

function sharedThemes(a: Item, b: Item): string[] {
  const mine = new Set(a.themes.map((t) => t.theme));
  return b.themes.map((t) => t.theme).filter((t) => mine.has(t));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
