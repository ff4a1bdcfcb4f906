import { build } from 'astro';
import type { Corpus } from '../../src/analyzer/index.ts';
import { SITE_FILE } from '../../src/lib/site.ts';
import { AnalysisCache } from './cache.ts';
import { loadContent, loadSite, listSources, SOURCES } from './content.ts';
import { buildCorpus, type Progress } from './corpus.ts';
import { readingList, writeCurricula } from './curricula.ts';
import { CORPUS_FILE, corpusLines, writePieces } from './corpus-file.ts';
import { json, writeExports, writeReferenceExports, writeText } from './exports.ts';
import { writeOriginals } from './originals.ts';
import { countPages, DOCS, writePages } from './pages.ts';
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
 * data exports. Throws DataFileError when a data file people edit is wrong.
 * Used by `npm run build` and by the benchmark, so both measure the same thing.
 */
export async function buildSite(
  options: { log?: (line: string) => void; progress?: Progress } = {},
): Promise<SiteBuild> {
  const log = options.log ?? (() => {});
  const clock = () => performance.now();

  let t = clock();
  const data = loadContent();
  writeText(SITE_FILE, json(loadSite()));
  const cache = new AnalysisCache();
  const corpus = await buildCorpus(listSources([SOURCES]), data, options.progress, cache);
  cache.prune();
  writePieces(CORPUS_FILE, corpusLines(corpus));
  const analysis = clock() - t;
  const { hits, misses, corrupt } = cache.stats;
  log(
    `分析缓存：沿用 ${hits} 个文件，重新分析 ${misses + corrupt} 个${corrupt ? `（其中 ${corrupt} 个缓存损坏，已重建）` : ''}`,
  );
  log(
    `语料：${corpus.sources.length} 个文件，${corpus.sources.reduce((n, s) => n + s.articles.length, 0)} 篇文章 → ${CORPUS_FILE}`,
  );

  t = clock();
  const themes = writePages(corpus);
  const curricula = writeCurricula(corpus, DOCS);
  const mdx = clock() - t;
  log(`生成 MDX 页面：议题 ${themes} 个、课程 ${curricula.length} 个 → ${DOCS}/，引用均已核对`);

  t = clock();
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  await build({ root: process.cwd(), logLevel: 'warn' });
  const astro = clock() - t;
  const pages = countPages('dist');
  log(`页面：${pages} 个 → dist/`);

  t = clock();
  const search = await buildSearchIndex(corpus, 'dist');
  const pagefind = clock() - t;
  log(`搜索索引：${search.records} 条记录，${Math.round(search.bytes / 1024)} KB → dist/pagefind/`);

  t = clock();
  const files = writeExports(corpus, DATA);
  files.push(...writeReferenceExports(corpus, `${DATA}/references`));
  files.push(...writeOriginals(corpus, 'dist'));
  for (const c of curricula) files.push(...writeReferenceExports(corpus, `dist${readingList(c.id)}`, c.cited));
  const exports = clock() - t;
  log(`网站已生成：dist/（数据文件 ${files.length} 个，在 ${DATA}/）`);

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
