/**
 * The term gluing of `segment.ts` as it was before it read candidate terms
 * off the text (a prefix set and a string grown token by token). Kept as an
 * oracle for the property test in `tests/tokens.test.ts`.
 */

/** Glues runs of tokens that spell one of `terms` (longest first); a copy. */
export function glueTermsSimple(tokens: readonly string[], termList: Iterable<string>): string[] {
  const terms = new Set(termList);
  const prefixes = new Set<string>();
  for (const word of terms) for (let n = 0; n <= word.length; n++) prefixes.add(word.slice(0, n));
  const longest = Math.max(0, ...Array.from(terms, (word) => word.length));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let take = 1;
    let joined = tokens[i];
    for (let j = i + 1; j < tokens.length && joined.length < longest && prefixes.has(joined); j++) {
      joined += tokens[j];
      if (terms.has(joined)) take = j - i + 1;
    }
    out.push(take === 1 ? tokens[i] : tokens.slice(i, i + take).join(''));
    i += take;
  }
  return out;
}
