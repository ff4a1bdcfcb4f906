import { join } from 'node:path';
import { build } from 'astro';
import type { Corpus } from '../../src/analyzer/index.ts';
import { prepareAstroEnv } from './astro-env.ts';
import { AnalysisCache } from './cache.ts';
import { type ContentData, loadContent, writeSiteSettings } from './content.ts';
import { buildCollection, type Progress } from './corpus.ts';
import { readingList, writeCurricula } from './curricula.ts';
import { CORPUS_FILE, corpusLines, writePieces } from './corpus-file.ts';
import { writeExports, writeReferenceExports } from './exports.ts';
import { writeOriginals } from './originals.ts';
import { acquireLock, Staging } from './output.ts';
import { writeQdaExports } from './qda-files.ts';
import { countPages, DOCS, writePages } from './pages.ts';
import { formatBuildWarnings, formatFailures } from './report.ts';
import { systemMessage } from './data-file.ts';
import { buildSearchIndex } from './search-index.ts';

export const DATA = 'dist/data';

/** Milliseconds spent in each stage of a build. */
export interface StageTimes {
  analysis: number;
  mdx: number;
  astro: number;
  pagefind: number;
  exports: number;
}

export interface SiteBuild {
  corpus: Corpus;
  times: StageTimes;
  cache: AnalysisCache['stats'];
  pages: number;
  searchRecords: number;
  searchBytes: number;
  dataFiles: number;
}

/**
 * The whole build, stage by stage: analyze (with the per-source cache) →
 * write the corpus model → generate MDX → `astro build` → Pagefind index →
 * data exports. One build at a time (a lock); the site is built in a fresh
 * folder that replaces dist/ only when every stage succeeded, and a failed or
 * interrupted build puts the generated folders back (scripts/lib/output.ts).
 * Throws DataFileError when a data file people edit is wrong.
 * Used by `npm run build` and by the benchmark, so both measure the same thing.
 */
export async function buildSite(
  options: { log?: (line: string) => void; progress?: Progress } = {},
): Promise<SiteBuild> {
  const log = options.log ?? (() => {});
  const release = acquireLock(log);
  const staging = new Staging();
  const interrupted = (signal: NodeJS.Signals) => {
    staging.abort();
    release();
    log(`构建被中断（${signal}）：dist/ 仍是上次成功构建的网站。`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const data = loadContent();
    const recovered = staging.begin();
    if (recovered) log(recovered);
    const built = await stages(data, staging.dist, log, options.progress);
    staging.commit();
    log(`网站已生成：dist/（数据文件 ${built.dataFiles} 个，在 ${DATA}/）`);
    return built;
  } catch (error) {
    staging.abort();
    log('构建未完成：dist/ 仍是上次成功构建的网站，没有被改动。');
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    release();
  }
}

/** The stages of a build, writing the site into `out`. */
async function stages(
  data: ContentData,
  out: string,
  log: (line: string) => void,
  progress: Progress | undefined,
): Promise<SiteBuild> {
  const clock = () => performance.now();

  let t = clock();
  writeSiteSettings();
  const cache = new AnalysisCache();
  const { corpus, warnings } = await buildCollection(data, progress, cache);
  cache.prune();
  writePieces(CORPUS_FILE, corpusLines(corpus));
  const analysis = clock() - t;
  const { hits, misses, corrupt, unwritten } = cache.stats;
  log(
    `分析缓存：沿用 ${hits} 个文件，重新分析 ${misses + corrupt} 个${corrupt ? `（其中 ${corrupt} 个缓存损坏，已重建）` : ''}`,
  );
  if (unwritten)
    log(
      `注意：${unwritten} 个分析结果未能存入缓存（${systemMessage(cache.unwritable) ?? String(cache.unwritable)}）；本次照常构建，下次会重新分析它们。`,
    );
  log(
    `语料：${corpus.sources.length} 个文件，${corpus.sources.reduce((n, s) => n + s.articles.length, 0)} 篇文章 → ${CORPUS_FILE}`,
  );
  // The cause first: failed sources before the pages that depend on them.
  if (corpus.failures.length) log(formatFailures(corpus).trimEnd());
  const notes = formatBuildWarnings(corpus, warnings);
  if (notes) log(notes);

  t = clock();
  const themes = writePages(corpus);
  const before = corpus.failures.length;
  const curricula = writeCurricula(corpus, DOCS);
  const mdx = clock() - t;
  log(`生成 MDX 页面：议题 ${themes} 个、课程 ${curricula.length} 个 → ${DOCS}/，引用均已核对`);
  if (corpus.failures.length > before) log(formatFailures({ failures: corpus.failures.slice(before) }).trimEnd());

  t = clock();
  prepareAstroEnv();
  await build({ root: process.cwd(), logLevel: 'warn', outDir: out });
  const astro = clock() - t;
  const pages = countPages(out);
  log(`页面：${pages} 个`);

  t = clock();
  const search = await buildSearchIndex(corpus, out);
  const pagefind = clock() - t;
  log(`搜索索引：${search.records} 条记录，${Math.round(search.bytes / 1024)} KB`);

  t = clock();
  const dataDir = join(out, 'data');
  const files = writeExports(corpus, dataDir);
  files.push(...writeReferenceExports(corpus, `${dataDir}/references`));
  files.push(...(await writeQdaExports(corpus, dataDir)));
  files.push(...writeOriginals(corpus, out));
  for (const c of curricula) files.push(...writeReferenceExports(corpus, `${out}${readingList(c.id)}`, c.cited));
  const exports = clock() - t;

  return {
    corpus,
    times: { analysis, mdx, astro, pagefind, exports },
    cache: cache.stats,
    pages,
    searchRecords: search.records,
    searchBytes: search.bytes,
    dataFiles: files.length,
  };
}
