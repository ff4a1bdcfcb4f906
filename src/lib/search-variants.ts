import { type Corpus, simplifiedView } from '../analyzer/index.ts';

/** CJK Unified Ideographs and Extension A: the traditional characters a query may hold. */
const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/** Every character of the corpus's texts as searched: simplified views of traditional sources, themes. */
function searchedCharacters(corpus: Corpus): Set<string> {
  const chars = new Set<string>();
  const add = (text: string) => {
    for (const c of text) chars.add(c);
  };
  for (const source of corpus.sources)
    for (const a of source.articles) {
      add(source.traditional ? simplifiedView(a.text) : a.text);
      add(JSON.stringify(a.metadata));
    }
  add(JSON.stringify(corpus.themes));
  return chars;
}

/**
 * Traditional → simplified characters for the search page (src/client/search/variants.ts), by OpenCC's
 * conversion as the analyzer uses it, kept only where the simplified character occurs in the corpus (any other
 * could not be found anyway). Keys in code point order, so the file is the same for the same corpus.
 */
export function searchVariants(corpus: Corpus): Record<string, string> {
  const present = searchedCharacters(corpus);
  const table: Record<string, string> = {};
  for (const [from, to] of RANGES)
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      const s = simplifiedView(c);
      if (s !== c && present.has(s)) table[c] = s;
    }
  return table;
}
