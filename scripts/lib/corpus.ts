import {
  analyzeCorpus,
  analyzeFile,
  type Corpus,
  type CorpusOptions,
  createSegmenter,
  indexThemeTerms,
  type Source,
} from '../../src/analyzer/index.ts';
import { correctionsFor, displayPath, readSource, sidecarReader, sourceSlug, type ContentData } from './content.ts';
import type { AnalysisCache } from './cache.ts';
import { DataFileError } from './data-file.ts';

/** Progress of a long build: files done, total, and what is running. */
export type Progress = (done: number, total: number, stage: string) => void;

/**
 * Progress on standard error: one line rewritten in place on a terminal,
 * plain lines (every 5 %) in CI logs.
 */
export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let lastShown = -1;
  return (done, total, stage) => {
    if (stream.isTTY) {
      stream.write(
        `\r分析 ${Math.min(done + 1, total)}/${total}：${stage.slice(-40)}\u001b[K${done === total ? '\n' : ''}`,
      );
      return;
    }
    const step = Math.max(1, Math.ceil(total / 20));
    if (done === total || done - lastShown >= step || done === 0) {
      stream.write(done < total ? `分析 ${done + 1}/${total}：${stage}\n` : `全库分析：${stage}\n`);
      lastShown = done;
    }
  };
}

/** What the analysis of the whole collection needs from the content data, prepared once per data. */
const prepared = new WeakMap<ContentData, Omit<CorpusOptions, 'overrides'>>();

/**
 * The segmenter, the codebook's term index and the word sets, made on the
 * first build with `data` and reused by later ones (a dev server or the
 * benchmark builds many times with the same data).
 */
function preparedFor(data: ContentData): Omit<CorpusOptions, 'overrides'> {
  let options = prepared.get(data);
  if (!options) {
    options = {
      codebook: data.codebook,
      themeTerms: indexThemeTerms(data.codebook.themes),
      rules: data.rules,
      cut: createSegmenter(data.terms).cut,
      stopwords: new Set(data.stopwords),
      genreWords: new Set(data.genreWords),
    };
    prepared.set(data, options);
  }
  return options;
}

/**
 * Analyze every source file (reusing cached analyses of unchanged files when
 * a cache is given), then the collection as a whole. A file that cannot be
 * read or analyzed is listed under `failures`; it never stops the others. An
 * override naming an unknown item or theme stops the build.
 */
export async function buildCorpus(
  paths: readonly string[],
  data: ContentData,
  onProgress?: Progress,
  cache?: AnalysisCache,
): Promise<Corpus> {
  const sources: Source[] = [];
  const failures: Corpus['failures'] = [];
  const slugs = new Map<string, string>();
  const sourceSidecar = sidecarReader();
  for (const [i, path] of paths.entries()) {
    const shown = displayPath(path);
    onProgress?.(i, paths.length, shown);
    try {
      const sidecar = sourceSidecar(path);
      const slug = sourceSlug(path, sidecar);
      const clash = slugs.get(slug);
      if (clash) {
        failures.push({
          path: shown,
          diagnostics: [
            {
              code: 'source.slug-clash',
              message: `标识“${slug}”与 ${clash} 重复；请在同名的 .meta.yaml 中为其中一个文件另取 slug。`,
            },
          ],
        });
        continue;
      }
      slugs.set(slug, shown);
      const bytes = readSource(path);
      const key = cache?.key(shown, slug, bytes);
      const cached = key === undefined ? undefined : cache!.get(key);
      const result = cached
        ? ({ ok: true, source: cached } as const)
        : await analyzeFile(
            { path: shown, bytes, slug, corrections: correctionsFor(data, path) },
            { rules: data.rules, furniture: data.furniture, journals: data.journals },
          );
      if (result.ok && !cached && key !== undefined) cache!.set(key, result.source);
      if (result.ok) {
        // Provenance the file itself lacks, as a person recorded it beside the file; a new object, since a
        // cached analysis is shared with later builds.
        // A saved web page's own address fills in a sidecar without one, marked as read from the page.
        const { retrieved } = sidecar;
        const found = result.source.extraction?.metadata;
        const fromPage = !sidecar.url && found?.via === 'html-meta' ? found.url : undefined;
        const url = sidecar.url ?? fromPage;
        const metadata = {
          ...result.source.metadata,
          ...(url && { url }),
          ...(fromPage && { urlVia: 'html-meta' as const }),
          ...(retrieved && { retrieved }),
        };
        sources.push(url || retrieved ? { ...result.source, metadata } : result.source);
      } else failures.push({ path: shown, diagnostics: result.diagnostics });
    } catch (error) {
      const message =
        error instanceof DataFileError
          ? error.message
          : `分析时出现内部错误：${(error as Error).message}。请把该文件报告给开发者。`;
      failures.push({ path: shown, diagnostics: [{ code: 'source.error', message }] });
    }
  }
  onProgress?.(paths.length, paths.length, '议题、关联与矩阵');

  const { corpus, problems } = analyzeCorpus(sources, failures, { ...preparedFor(data), overrides: data.overrides });
  const first = problems[0];
  if (first) throw new DataFileError(data.overridesFile, data.overridesLine(first.path), first.message);
  return corpus;
}
