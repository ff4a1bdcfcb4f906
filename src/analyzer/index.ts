/**
 * The analyzer's public contract. Pure: bytes and data in, the corpus model
 * out; no file is read or written here (that is `scripts/`).
 *
 * - `analyzeFile`: the front door for a file of any format: `extract` (Word,
 *   PDF, web page) then `analyzeSource`.
 * - `analyzeSource`: one source file → its articles, each cleaned with an
 *   audit trail, split into metadata and outline, its items found (`source/`).
 * - `analyzeCorpus`: all articles → the corpus: themes, links, gaps,
 *   matrices, keywords, shared passages (`corpus/`).
 * - The schemas of the files people edit in `content/` (`config/`).
 * - The corpus model's types (`types.ts`).
 */
export {
  analyzeSource,
  verifyNothingLost,
  type AnalyzeOptions,
  type AnalyzeResult,
  type SourceInput,
} from './source/index.ts';
export { analyzeFile } from './source/file.ts';
export { ABSTRACT_NODE } from './source/outline/inline-lists.ts';
export {
  extract,
  type Extracted,
  fileEnding,
  formatOf,
  REFUSED_FORMATS,
  SOURCE_FORMATS,
} from './source/extract/index.ts';
export { analyzeCorpus, type CorpusOptions } from './corpus/index.ts';
export { textsToCut } from './corpus/cut-in-batches.ts';
export * from './config/index.ts';
export { createSegmenter, type Segmenter } from './corpus/segment/index.ts';
export { indexThemeTerms, type ThemeTermIndex } from './corpus/tag/match.ts';
export { closest, type OverrideProblem } from './corpus/overrides.ts';
export { linkStrength } from './corpus/links/index.ts';
export { csvCell, csvText, itemsCsv, linksCsv, matrixCsv, neutralise } from './corpus/csv.ts';
export { UNCLASSIFIED } from './corpus/matrix.ts';
export { LINK_KIND_NAMES, ROLE_NAMES } from './names.ts';
export { decode, decodeSource } from './source/decode.ts';
export { undo } from './source/ledger.ts';
export { HAN } from './text/chars.ts';
export { simplifiedView } from './text/chinese-script/index.ts';
export type * from './types.ts';
