import type { RoleEvidence, ThemeTag } from '../analyzer/index.ts';
import { fill, ui } from './ui.ts';

/**
 * Why an item has a theme, as read beside the theme: its terms, each with how often it occurs when more than
 * once (`经费×2、活动场所`). Most terms occur once; a `×1` after each would only lengthen the page.
 */
export function tagTerms(tag: ThemeTag): string {
  return tag.evidence.map((e) => (e.at.length > 1 ? `${e.term}×${e.at.length}` : e.term)).join('、');
}

/** Why an item has a theme, in the brackets after it: a person's decision, or the terms found (`依据：…`). */
export function tagReason(tag: ThemeTag): string {
  return `（${tag.source === 'override' ? ui['item.override'] : `${ui['item.whyTag']}：${tagTerms(tag)}`}）`;
}

/** How the analyzer marks a link's evidence that is a theme both items share (src/analyzer/corpus/links/index.ts). */
const SHARED_THEME = '议题：';

/**
 * A link's evidence as one line: the shared words, then the shared themes under one label
 * (`党组织、管理；议题：甲、乙` instead of `党组织、管理、议题：甲、议题：乙`). Other evidence (a quoted
 * phrase, a person's note) is kept as it is, in its place among the words.
 */
export function linkEvidence(evidence: readonly string[]): string {
  const themes = evidence.filter((e) => e.startsWith(SHARED_THEME)).map((e) => e.slice(SHARED_THEME.length));
  const words = evidence.filter((e) => !e.startsWith(SHARED_THEME));
  const themePart = themes.length > 0 ? `${SHARED_THEME}${themes.join('、')}` : '';
  return [words.join('、'), themePart].filter(Boolean).join('；');
}

/** Why an item's role was inferred from its wording: the words, and how far they lead or what decided a tie (the closing word, its list). */
export function roleInference(evidence: RoleEvidence): string {
  const words = evidence.words ?? [];
  if (evidence.settledBy === 'list') return fill('item.roleInferredList', { words: words.join('、') });
  return evidence.margin === 0
    ? fill('item.roleInferredFinal', { words: words.join('、'), last: words.at(-1) ?? '' })
    : fill('item.roleInferredWhy', { words: words.join('、'), margin: evidence.margin ?? 0 });
}
