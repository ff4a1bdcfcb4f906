import { lastAtMost } from '../../text/bisect.ts';
import type { Source, SourceExtraction } from '../../types.ts';
import type { Extracted } from './result.ts';

/**
 * Keep on the source how its text was extracted, the extraction's warnings,
 * what a saved page's tags say about it where its text did not, and the page
 * each item starts on (PDF), so a citation can give the page.
 */
export function recordExtraction(source: Source, extracted: Extracted): void {
  const { format, removed, metadata, pages, headings, warnings } = extracted;
  const extraction: SourceExtraction = { format, removed };
  if (metadata) extraction.metadata = metadata;
  if (pages) extraction.pages = pages;
  if (headings?.length) extraction.headings = headings;
  source.extraction = extraction;
  if (warnings) source.warnings.push(...warnings);
  // A saved page's header lines (time, site) are left out as page furniture; its <meta> tags say the same.
  if (metadata?.via === 'html-meta') {
    const m = source.metadata;
    if (!m.published && metadata.published) m.published = metadata.published;
    if (!m.site && metadata.site) m.site = metadata.site;
    if (!m.compilationTitle && metadata.title && source.articles.length > 1) m.compilationTitle = metadata.title;
  }
  if (!pages) return;
  for (const article of source.articles) {
    for (const item of article.items) item.page = lastAtMost(pages, item.source.start) + 1;
  }
}
