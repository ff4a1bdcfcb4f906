import type { Item, Link } from '../../types.ts';

/** A quoted phrase in a title: `“刻舟求剑”`. */
const QUOTED = /[“"]([^“”"\n]{2,12})[”"]/g;

/** The quoted phrases of an article's titles, and how many items of one role quote each. */
export interface Quotes {
  /** Item id → the distinct phrases its title quotes. */
  of: ReadonlyMap<string, readonly string[]>;
  /** Phrase → how many of the `from` items quote it: a phrase several quote pairs nothing. */
  owners: ReadonlyMap<string, number>;
}

/** Item id → the distinct phrases its title quotes. */
export function quotesOf(items: readonly Item[]): Map<string, string[]> {
  return new Map(items.map((i) => [i.id, quotedPhrases(i.title)]));
}

/** The distinct phrases a title quotes. Most titles quote nothing: they are not searched. */
function quotedPhrases(title: string): string[] {
  if (!title.includes('“') && !title.includes('"')) return [];
  return [...new Set([...title.matchAll(QUOTED)].map((m) => m[1]))];
}

/** How many of `items` quote each phrase. */
export function countOwners(
  items: readonly Item[],
  quotes: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const owners = new Map<string, number>();
  for (const i of items) for (const q of quotes.get(i.id)!) owners.set(q, (owners.get(q) ?? 0) + 1);
  return owners;
}

/**
 * The explicit link from `a` to `b`, if the text makes one: `a` lists `b`
 * among its pairs (a `整改措施` under its `问题N`, bullets under a `破解策略:` in it), or `b`'s title quotes a
 * phrase only `a`'s title quotes among its role.
 */
export function explicitLink(a: Item, b: Item, quotes: Quotes): Link | null {
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
  const quoted = quotes.of.get(a.id)!;
  // Most titles quote nothing: no array per pair then.
  const echoed =
    quoted.length === 0 ? quoted : quoted.filter((q) => quotes.owners.get(q) === 1 && quotes.of.get(b.id)!.includes(q));
  if (echoed.length > 0) {
    return { from: a.id, to: b.id, kind: 'explicit', score: 1, evidence: echoed.map((q) => `“${q}”`), source: 'auto' };
  }
  return null;
}
