/**
 * Queries are searched in simplified characters (the index has every text in them too, record.ts). The table of
 * traditional → simplified characters is built with the site (src/pages/search/variants.json.ts, OpenCC's
 * conversion as the analyzer uses it) and holds only characters whose simplified form occurs in the corpus: a
 * few KB instead of OpenCC's 109 KB dictionary in the reader's browser.
 */

/** Where the search page loads the table from (from the site's root). */
export const VARIANTS_URL = '/search/variants.json';

/** A word in simplified characters, character by character from `table` (others kept). */
export function simplifyWith(table: Record<string, string>): (word: string) => string {
  return (word) =>
    Array.from(word)
      .map((c) => table[c] ?? c)
      .join('');
}
