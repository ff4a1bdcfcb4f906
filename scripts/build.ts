/**
 * `npm run build`: analyze content/sources → write the corpus model →
 * generate the MDX pages → `astro build` → search index → data exports in dist/data/.
 * A bad source is reported and skipped; the build still runs for the others
 * and exits non-zero at the end, listing every failed file.
 */
import { build } from 'astro';
import { CORPUS_FILE } from '../src/lib/corpus.ts';
import { SITE_FILE } from '../src/lib/site.ts';
import { loadContent, loadSite, listSources, SOURCES } from './lib/content.ts';
import { AnalysisCache } from './lib/cache.ts';
import { buildCorpus, progress } from './lib/corpus.ts';
import { DataFileError } from './lib/data-file.ts';
import { json, writeExports, writeReferenceExports, writeText } from './lib/exports.ts';
import { readingList, writeCurricula } from './lib/curricula.ts';
import { DOCS, writePages } from './lib/pages.ts';
import { formatFailures } from './lib/report.ts';
import { buildSearchIndex } from './lib/search-index.ts';

export const DATA = 'dist/data';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const data = loadContent();
  writeText(SITE_FILE, json(loadSite()));
  const cache = new AnalysisCache();
  const corpus = buildCorpus(listSources([SOURCES]), data, progress(), cache);
  cache.prune();
  const { hits, misses, corrupt } = cache.stats;
  log(`分析缓存：沿用 ${hits} 个文件，重新分析 ${misses + corrupt} 个${corrupt ? `（其中 ${corrupt} 个缓存损坏，已重建）` : ''}`);
  writeText(CORPUS_FILE, json(corpus));
  const articles = corpus.sources.reduce((n, s) => n + s.articles.length, 0);
  log(`语料：${corpus.sources.length} 个文件，${articles} 篇文章 → ${CORPUS_FILE}`);
  log(`生成 MDX 页面 ${writePages(corpus)} 个 → ${DOCS}/`);
  const curricula = writeCurricula(corpus, DOCS);
  log(`课程 ${curricula.length} 个：引用均已核对`);

  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  await build({ root: process.cwd(), logLevel: 'warn' });
  const search = await buildSearchIndex(corpus, 'dist');
  log(`搜索索引：${search.records} 条记录，${Math.round(search.bytes / 1024)} KB → dist/pagefind/`);
  const files = writeExports(corpus, DATA);
  files.push(...writeReferenceExports(corpus, `${DATA}/references`));
  for (const c of curricula) files.push(...writeReferenceExports(corpus, `dist${readingList(c.id)}`, c.cited));
  log(`网站已生成：dist/（数据文件 ${files.length} 个，在 ${DATA}/）`);

  if (corpus.failures.length) {
    process.stderr.write(formatFailures(corpus));
    return 1;
  }
  return 0;
}

/** A data file people edit is wrong: say where and stop (exit 2); anything else is a bug and throws. */
async function run(): Promise<number> {
  try {
    return await main();
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    log(`错误：${error.message}`);
    return 2;
  }
}

process.exitCode = await run();
