import { Ledger, type Replacement } from '../ledger.ts';
import type { Furniture } from '../../config/furniture.ts';
import type { Rules } from '../../config/rules.ts';
import { revised, viewed, type Viewed } from '../../text/chinese-script/index.ts';
import type { Correction, Diagnostic, SourceMetadata } from '../../types.ts';
import { findArtifacts } from './artifacts.ts';
import { findCompatibilityIdeographs } from './compatibility.ts';
import { findCorrections } from './corrections.ts';
import { findFlattenedParagraphs } from './flattened-paragraphs.ts';
import { findFurniture } from './furniture.ts';
import { findHtmlTags } from './html-tags.ts';
import { compileFurniture } from './line-rules.ts';
import { findPageNumbers, findPagePrefixes } from './page-numbers.ts';
import { findPinyin } from './pinyin.ts';
import { findRepeatedTitle } from './repeated-title.ts';
import { findWrappedLines } from './wrapped-lines.ts';

export interface NormalizeOptions {
  rules: Rules;
  /** Site furniture rules (`content/furniture.yaml`). */
  furniture: Furniture;
  corrections: readonly Correction[];
  /** Analyse a simplified-character view of the text (the source is traditional). */
  traditional: boolean;
  /** The region opens the source file (the site's page header can be there). */
  atStart: boolean;
  /** The region ends an article (uploader attributions can be there). */
  atEnd: boolean;
  /** `text` with its simplified view, when the source is traditional and that view is known already. */
  view?: Viewed;
}

export interface Normalized {
  ledger: Ledger;
  /** Simplified view of the cleaned text (the text itself when not traditional). */
  view: string;
  meta: SourceMetadata;
  /** Corrections that matched nothing in this region. */
  unused: Correction[];
}

/**
 * Clean one region of a source (an article, or the text around articles),
 * recording every change in a ledger. The steps run in this order because
 * people write corrections against the file as they see it, furniture lines
 * are only lines once tags are gone and read as written once pinyin is,
 * page numbers must go before lines are joined, and joining needs the
 * repaired text; paragraphs run together are split after joining, which would undo it.
 */
export function normalizeRegion(text: string, offset: number, options: NormalizeOptions): Normalized {
  const ledger = new Ledger(text, offset);
  // A traditional region's view is revised with each step's edits, not made anew from the whole region.
  let current = options.traditional ? (options.view ?? viewed(text)) : undefined;
  const view = () => current?.view ?? ledger.text;
  const apply = (replacements: readonly Replacement[]) => {
    const made = ledger.apply(replacements);
    if (current !== undefined && made.length > 0) current = revised(current, ledger.text, made);
  };

  // Radicals from PDF text layers look like the ideographs people write their corrections with.
  apply(findCompatibilityIdeographs(view()));
  const corrected = findCorrections(ledger.text, options.corrections);
  apply(corrected.replacements);

  apply(findHtmlTags(view()));
  apply(findPinyin(view(), options.rules.pinyin.minPairs));
  if (options.atStart) apply(findRepeatedTitle(view()));
  const furniture = findFurniture(view(), {
    atStart: options.atStart,
    atEnd: options.atEnd,
    rules: compileFurniture(options.furniture),
  });
  apply(furniture.replacements);
  apply(findPageNumbers(view(), options.rules.numberUnits));
  apply(findPagePrefixes(view()));
  apply(findArtifacts(view(), options.rules.artifacts));
  apply(findWrappedLines(view(), options.rules));
  apply(findFlattenedParagraphs(view()));

  return { ledger, view: view(), meta: furniture.meta, unused: corrected.unused };
}

/** Warn about corrections that matched nowhere in their source. */
export function unusedCorrections(unused: readonly Correction[]): Diagnostic[] {
  return unused.map((c) => ({
    code: 'correction.unused',
    message: `校正“${c.find}”→“${c.replace}”在该文件中没有找到可替换的文字；请检查 content/corrections.yaml 中这一条是否已过时。`,
  }));
}
