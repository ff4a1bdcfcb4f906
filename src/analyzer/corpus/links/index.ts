import type { Item, Link } from '../../types.ts';
import type { Vector } from '../vectors.ts';
import { countOwners, explicitLink, type Quotes, quotesOf } from './explicit.ts';
import { itemVectors, sharedWords, similarities, type WordsOf } from './lexical.ts';
import type { LinkVocabulary } from './vocabulary.ts';

export { findGaps } from './gaps.ts';
export { linkStrength } from './strength.ts';
export { type LinkVocabulary, linkVocabulary } from './vocabulary.ts';

/**
 * Links within one article: which countermeasure answers which problem,
 * which cause explains which problem, and which countermeasure answers which
 * cause (texts often remedy the causes they name rather than the problems). A pair is linked, in this order:
 * - explicitly (score 1) when the text pairs them (a `整改措施` under its
 *   `问题N`), or both titles quote a phrase no other item of the first's role quotes;
 * - otherwise by score: `lexicalShare` of it from the words they share
 *   (cosine of TF-IDF vectors over the article's items, full at
 *   `lexicalFull`), the rest from the codebook themes they share; kept when
 *   the score, rounded to 3 decimals, reaches `minScore`.
 * Never by position. Links come pair kind by pair kind, then in item order.
 */
export function linkArticle(items: readonly Item[], options: LinkOptions): Link[] {
  const vectors = itemVectors(items, options.vocabulary, options.wordsOf);
  const quoted = quotesOf(items);
  const links: Link[] = [];
  for (const pair of PAIRS) {
    const froms = indicesOf(items, pair.from);
    const tos = indicesOf(items, pair.to);
    const owners = countOwners(
      froms.map((k) => items[k]),
      quoted,
    );
    const quotes: Quotes = { of: quoted, owners };
    const similarity = similarities(options.vocabulary, vectors, froms, tos);
    for (let f = 0; f < froms.length; f++) {
      for (let t = 0; t < tos.length; t++) {
        const a = items[froms[f]];
        const b = items[tos[t]];
        const link =
          explicitLink(a, b, quotes) ??
          scoredLink(a, b, similarity[f * tos.length + t], vectors[froms[f]], vectors[tos[t]], options);
        if (link) links.push(link);
      }
    }
  }
  return links;
}

export interface LinkOptions {
  /** Content words of an item's title and of its whole text (segmented, stopwords removed), as numbers into `vocabulary`. */
  wordsOf: WordsOf;
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

/** Pairs a link can join: what answers or explains what (a new pair goes last: links keep their order). */
const PAIRS = [
  { from: 'problem', to: 'countermeasure' },
  { from: 'cause', to: 'problem' },
  { from: 'cause', to: 'countermeasure' },
] as const;

/** Indices of the items of one role, in order (vectors are by index). */
function indicesOf(items: readonly Item[], role: Item['role']): number[] {
  const out: number[] = [];
  for (let k = 0; k < items.length; k++) if (items[k].role === role) out.push(k);
  return out;
}

/** The lexical or thematic link from `a` to `b` (vectors `va`, `vb`, cosine `similarity`), if it scores enough. */
function scoredLink(a: Item, b: Item, similarity: number, va: Vector, vb: Vector, options: LinkOptions): Link | null {
  const lexical = Math.min(1, similarity / options.lexicalFull);
  const themes = sharedThemes(a, b);
  const thematic = themes.length / Math.max(1, Math.min(a.themes.length, b.themes.length));
  const share = options.lexicalShare;
  const score = round(share * lexical + (1 - share) * thematic);
  if (score < options.minScore) return null;
  const kind = share * lexical >= (1 - share) * thematic ? 'lexical' : 'thematic';
  const evidence = [
    ...sharedWords(options.vocabulary, va, vb).slice(0, 6),
    ...themes.map((t) => `议题：${options.themeNames.get(t) ?? t}`),
  ];
  return { from: a.id, to: b.id, kind, score, evidence, source: 'auto' };
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
