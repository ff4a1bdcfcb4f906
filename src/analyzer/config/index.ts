/**
 * The files people edit in `content/`, one schema each (zod, with Chinese
 * field descriptions that the data-file errors quote). Scripts read the
 * files and validate them here; the analyzer takes the validated values.
 *
 * | file                              | schema / parser     |
 * | --------------------------------- | ------------------- |
 * | content/rules.yaml                | rulesSchema         |
 * | content/furniture.yaml            | furnitureSchema     |
 * | content/codebook.yaml             | codebookSchema      |
 * | content/overrides.yaml            | overridesSchema     |
 * | content/dict/party-terms.txt      | parseTermList       |
 * | content/dict/stopwords.txt, genre-words.txt | parseWordList |
 */
export { type Rules, rulesSchema } from './rules.ts';
export { type Furniture, furnitureSchema, type LineRuleData } from './furniture.ts';
export { type Codebook, type CodebookSettings, codebookSchema, SLUG } from './codebook.ts';
export { type Overrides, overridesSchema } from './overrides.ts';
export { parseTermList, parseWordList, type Term } from './word-lists.ts';
