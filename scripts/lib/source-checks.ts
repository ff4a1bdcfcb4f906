import { basename } from 'node:path';
import { type Correction, type Diagnostic, decodeSource, type Source } from '../../src/analyzer/index.ts';

/**
 * Largest source read, in bytes. Analysis holds about 100–150 bytes of memory
 * per source byte (measured in README, "出了问题怎么办"), so a 20 MB file
 * would need several GB; larger collections are split into files.
 */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/**
 * Why a source is refused before it reaches the analyzer: a file over
 * MAX_SOURCE_BYTES. Line ends and NULs are the analyzer's (`decodeSource`).
 */
export function tooLarge(bytes: Uint8Array): Diagnostic | undefined {
  if (bytes.length <= MAX_SOURCE_BYTES) return undefined;
  // Two decimals: a file just over the limit must not read as the limit itself.
  const mb = (n: number) => Number((n / 1024 / 1024).toFixed(2));
  return {
    code: 'source.too-large',
    message: `文件有 ${mb(bytes.length)} MB，超过单个来源的上限 ${mb(MAX_SOURCE_BYTES)} MB（再大分析会耗尽内存）。请按篇拆成几个文件。`,
  };
}

/**
 * Articles of one source sharing a slug (a file holding two numbered
 * collections, 篇一… starting again): one diagnostic naming both places.
 */
export function duplicateArticles(source: Source, bytes: Uint8Array): Diagnostic[] {
  const first = new Map<string, Source['articles'][number]>();
  const out: Diagnostic[] = [];
  let text: string | undefined;
  const line = (offset: number) => {
    if (text === undefined) {
      const decoded = decodeSource(bytes);
      text = decoded.ok ? decoded.value.text : '';
    }
    return text.slice(0, offset).split('\n').length;
  };
  for (const article of source.articles) {
    const earlier = first.get(article.slug);
    if (!earlier) {
      first.set(article.slug, article);
      continue;
    }
    const name = (a: typeof article) => `“${a.label ?? `第${a.piece}篇`}${a.listingTitle ? ` ${a.listingTitle}` : ''}”`;
    out.push({
      code: 'source.duplicate-article',
      line: line(article.source.start),
      message: `这一行的${name(article)}与第 ${line(earlier.source.start)} 行的${name(earlier)}篇号相同（文章标识都是 ${article.slug}），未分析该文件。一个文件只能有一组篇号：请把第二组另存为一个文件。`,
    });
  }
  return out;
}

/** Corrections limited to a piece the source does not have: never applied, so said. */
export function outOfRangePieces(source: Source, corrections: readonly Correction[]): Diagnostic[] {
  const pieces = new Set(source.articles.map((a) => a.piece));
  const range = `第 ${Math.min(...pieces)}–${Math.max(...pieces)} 篇`;
  return corrections
    .filter((c) => c.piece !== undefined && !pieces.has(c.piece))
    .map((c) => ({
      code: 'correction.piece',
      message: `content/corrections.yaml 中校正“${c.find}”→“${c.replace}”写的是 piece: ${c.piece}，但 ${basename(source.path)} 只有${range}，这一条没有用上。请改正篇号。`,
    }));
}

/** Keys of corrections.yaml that name no source file: their corrections are never applied (a warning). */
export function strayCorrections(
  corrections: Record<string, readonly Correction[]>,
  sources: readonly string[],
): Diagnostic[] {
  const names = new Set(sources.map((p) => basename(p)));
  return Object.keys(corrections)
    .filter((name) => !names.has(name))
    .map((name) => ({
      code: 'correction.file',
      message: `content/corrections.yaml 中的“${name}”不是 content/sources/ 中任何来源的文件名，它下面的 ${corrections[name].length} 条校正没有用上。请改成来源文件的完整文件名（含扩展名）。`,
    }));
}
