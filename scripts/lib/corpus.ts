import { analyzeSource } from '../../src/analyzer/analyze.ts';
import type { Corpus } from '../../src/analyzer/types.ts';
import { correctionsFor, displayPath, readSource, sourceSlug, type ContentData } from './content.ts';
import { DataFileError } from './data-file.ts';

/**
 * Analyze every source file into one corpus. A file that cannot be read or
 * analyzed is listed under `failures`; it never stops the others.
 */
export function buildCorpus(paths: readonly string[], data: ContentData, onProgress?: (done: number, total: number, path: string) => void): Corpus {
  const corpus: Corpus = { schemaVersion: 1, sources: [], failures: [] };
  const slugs = new Map<string, string>();
  paths.forEach((path, i) => {
    const shown = displayPath(path);
    onProgress?.(i, paths.length, shown);
    try {
      const slug = sourceSlug(path);
      const clash = slugs.get(slug);
      if (clash) {
        corpus.failures.push({
          path: shown,
          diagnostics: [{ code: 'source.slug-clash', message: `标识“${slug}”与 ${clash} 重复；请在同名的 .meta.yaml 中为其中一个文件另取 slug。` }],
        });
        return;
      }
      slugs.set(slug, shown);
      const result = analyzeSource(
        { path: shown, bytes: readSource(path), slug, corrections: correctionsFor(data, path) },
        { rules: data.rules, journals: data.journals },
      );
      if (result.ok) corpus.sources.push(result.source);
      else corpus.failures.push({ path: shown, diagnostics: result.diagnostics });
    } catch (error) {
      const message =
        error instanceof DataFileError ? error.message : `分析时出现内部错误：${(error as Error).message}。请把该文件报告给开发者。`;
      corpus.failures.push({ path: shown, diagnostics: [{ code: 'source.error', message }] });
    }
  });
  onProgress?.(paths.length, paths.length, '');
  return corpus;
}
