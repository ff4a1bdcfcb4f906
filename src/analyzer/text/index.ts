/**
 * Text helpers that belong to no stage, each idea in one home: what a Han
 * or CJK character is (`chars`), spans and white space read in place
 * (`spans`), Chinese numerals, binary search over sorted offsets, the one
 * code-unit trie (terms, tokens, patterns, cue words), many literal
 * patterns in one pass, small-array sorting, and the simplified view of a
 * traditional text (`chinese-script/`). Stages import what they use from
 * the file itself; this index lists the folder.
 */
export { firstAbove, firstAtLeast, lastAtMost } from './bisect.ts';
export { CJK, CJK_RE, HAN, isCjk, isHanCodePoint, WORD_CHAR, wordChars } from './chars.ts';
export { isTraditional, revised, simplifiedView, type Viewed, viewed, viewedPart } from './chinese-script/index.ts';
export { chineseNumber } from './numerals.ts';
export { createPatternMatcher, findPatterns, type PatternMatcher, type PatternMatches } from './pattern-matcher.ts';
export { sortSmall } from './sort-small.ts';
export { blankFrom, isSpaceOr, lineAt, SPACE_UNITS, span, trimEnd, trimSpan } from './spans.ts';
export { CodeUnitTrie } from './trie.ts';
