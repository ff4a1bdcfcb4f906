import { lastAtMost } from '../../text/bisect.ts';
import type { Source, SourceExtraction } from '../../types.ts';
import type { Extracted } from './result.ts';

/**
 * Keep on the source how its text was extracted, the extraction's warnings,
 * and the page each item starts on (PDF), so a citation can give the page.
 */
export function recordExtraction(source: Source, extracted: Extracted): void {
  const { format, removed, metadata, pages, headings, warnings } = extracted;
  const extraction: SourceExtraction = { format, removed };
  if (metadata) extraction.metadata = metadata;
  if (pages) extraction.pages = pages;
  if (headings?.length) extraction.headings = headings;
  source.extraction = extraction;
  if (warnings) source.warnings.push(...warnings);
  if (!pages) return;
  for (const article of source.articles) {
    for (const item of article.items) item.page = lastAtMost(pages, item.source.start) + 1;
  }
}
