import { statSync } from 'node:fs';
import {
  analyzeCorpus,
  analyzeFile,
  type Corpus,
  type CorpusOptions,
  type Diagnostic,
  indexThemeTerms,
  type Segmenter,
  type Source,
  textsToCut,
} from '../../src/analyzer/index.ts';
import {
  type ContentData,
  correctionsFor,
  displayPath,
  readSource,
  SOURCES,
  scanSources,
  sidecarReader,
  sourceSlug,
} from './content.ts';
import type { AnalysisCache } from './cache.ts';
import { DataFileError, systemMessage } from './data-file.ts';
import type { Refusal } from './source-files.ts';
import { duplicateArticles, outOfRangePieces, strayCorrections, tooLarge } from './source-checks.ts';
import { cutAhead, lazySegmenter, segmentAhead } from './segment-ahead.ts';

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
const prepared = new WeakMap<ContentData, Prepared>();
type Prepared = Omit<CorpusOptions, 'overrides'> & { segmenter: () => Segmenter };

/**
 * The segmenter (made when this thread first cuts), the codebook's term
 * index and the word sets, made on the first build with `data` and reused by
 * later ones (a dev server or the benchmark builds many times with the same data).
 */
function preparedFor(data: ContentData): Prepared {
  let options = prepared.get(data);
  if (!options) {
    const segmenter = lazySegmenter(data.terms);
    options = {
      codebook: data.codebook,
      themeTerms: indexThemeTerms(data.codebook.themes),
      rules: data.rules,
      cut: (text) => segmenter().cut(text),
      segmenter,
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
 * read or analyzed is listed under `failures`, after the files `refused` by
 * the listing; it never stops the others. An override naming an unknown item
 * or theme stops the build, unless a source failed: then it is listed as
 * failing because of that source, and the others build.
 */
export async function buildCorpus(
  paths: readonly string[],
  data: ContentData,
  onProgress?: Progress,
  cache?: AnalysisCache,
  refused: readonly Refusal[] = [],
): Promise<Corpus> {
  const sources: Source[] = [];
  const failures: Corpus['failures'] = [...refused];
  const slugs = new Map<string, string>();
  const failedSlugs = new Map<string, string>();
  const sourceSidecar = sidecarReader();
  // A large build cuts on the thread; started now, it loads its dictionary while the sources are analyzed.
  const ahead = bytesIn(paths) >= segmentAhead.minBytes ? cutAhead(data.terms, preparedFor(data).segmenter) : undefined;
  for (const [i, path] of paths.entries()) {
    const shown = displayPath(path);
    onProgress?.(i, paths.length, shown);
    let slug: string | undefined;
    const failed = failures.length;
    try {
      const sidecar = sourceSidecar(path);
      slug = sourceSlug(path, sidecar);
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
      const refused = tooLarge(bytes);
      if (refused) {
        failures.push({ path: shown, diagnostics: [refused] });
        continue;
      }
      const key = cache?.key(shown, slug, bytes);
      const cached = key === undefined ? undefined : cache!.get(key);
      const corrections = correctionsFor(data, path);
      const result = cached
        ? ({ ok: true, source: cached } as const)
        : await analyzeFile(
            { path: shown, bytes, slug, corrections },
            { rules: data.rules, furniture: data.furniture, journals: data.journals },
          );
      const duplicates = result.ok ? duplicateArticles(result.source, bytes) : [];
      if (result.ok && duplicates.length) failures.push({ path: shown, diagnostics: duplicates });
      else if (result.ok) {
        if (!cached && key !== undefined) cache!.set(key, result.source);
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
        const unused = outOfRangePieces(result.source, corrections);
        const warnings = unused.length ? [...result.source.warnings, ...unused] : result.source.warnings;
        const source = url || retrieved || unused.length ? { ...result.source, metadata, warnings } : result.source;
        sources.push(source);
        ahead?.send(textsToCut(source));
      } else failures.push({ path: shown, diagnostics: result.diagnostics });
    } catch (error) {
      const message =
        error instanceof DataFileError
          ? error.message
          : (systemMessage(error) ?? `分析时出现内部错误：${(error as Error).message}。请把该文件报告给开发者。`);
      failures.push({ path: shown, diagnostics: [{ code: 'source.error', message }] });
    } finally {
      // Its items are missing: what cites them can name the cause (a clash names the other file's slug).
      if (failures.length > failed && slug !== undefined && slugs.get(slug) === shown) failedSlugs.set(slug, shown);
    }
  }
  onProgress?.(paths.length, paths.length, '议题、关联与矩阵');

  const options = preparedFor(data);
  const { corpus, problems } = analyzeCorpus(sources, failures, {
    ...options,
    cut: ahead?.cut ?? options.cut,
    overrides: data.overrides,
  });
  failedSources.set(corpus, failedSlugs);
  const first = problems[0];
  if (first && failures.length === 0)
    throw new DataFileError(data.overridesFile, data.overridesLine(first.path), first.message);
  // With sources failed, an override may name their items: say so, after the sources, and build the rest.
  for (const p of problems)
    corpus.failures.push({
      path: data.overridesFile,
      diagnostics: [
        {
          code: 'depends.override',
          line: data.overridesLine(p.path),
          message: `${p.message.replace(/。$/, '')}${missingBecause(corpus, p.path.map(String))}。这一条已忽略，修好该来源后即可生效。`,
        },
      ],
    });
  return corpus;
}

/** The bytes of the files at `paths` (one that cannot be read counts none: reading it will say why). */
function bytesIn(paths: readonly string[]): number {
  return paths.reduce((sum, p) => sum + (statSync(p, { throwIfNoEntry: false })?.size ?? 0), 0);
}

/** By corpus: slug → path of each source that failed once its slug was known (its items are missing). */
const failedSources = new WeakMap<Corpus, Map<string, string>>();

/**
 * Why an item or article id (one of `ids`) may be missing from the corpus:
 * the failed source whose slug starts it, else every file that failed; ''
 * when none failed.
 */
export function missingBecause(corpus: Corpus, ids: readonly string[]): string {
  const own = [...(failedSources.get(corpus) ?? [])].find(([slug]) =>
    ids.some((id) => id === slug || id.startsWith(`${slug}-`)),
  );
  if (own) return `（因为来源 ${own[1]} 未能分析，见上方）`;
  const failed = corpus.failures.filter((f) => !f.diagnostics.every((d) => d.code.startsWith('depends.')));
  return failed.length ? `（可能是因为 ${failed.map((f) => f.path).join('、')} 未能分析，见上方）` : '';
}

/**
 * The whole collection in content/sources/ (for `build` and `dev`): every
 * file analyzed or listed as refused; warnings for corrections naming no source.
 */
export async function buildCollection(
  data: ContentData,
  onProgress?: Progress,
  cache?: AnalysisCache,
): Promise<{ corpus: Corpus; warnings: Diagnostic[] }> {
  const { sources, refused } = scanSources([SOURCES]);
  const corpus = await buildCorpus(sources, data, onProgress, cache, refused);
  return { corpus, warnings: strayCorrections(data.corrections, sources) };
}
