/**
 * `npm run build`: analyze content/sources → write the corpus model →
 * generate the MDX pages → `astro build` → search index → data exports in dist/data/.
 * A bad source is reported and skipped; the build still runs for the others
 * and exits non-zero at the end, listing every failed file.
 */
import { build } from 'astro';
import { CORPUS_FILE } from '../src/lib/corpus.ts';
import { loadContent, listSources, SOURCES } from './lib/content.ts';
import { buildCorpus } from './lib/corpus.ts';
import { DataFileError } from './lib/data-file.ts';
import { json, writeExports, writeText } from './lib/exports.ts';
import { DOCS, writePages } from './lib/pages.ts';
import { formatFailures } from './lib/report.ts';
import { buildSearchIndex } from './lib/search-index.ts';

export const DATA = 'dist/data';

async function main(): Promise<number> {
  let data;
  try {
    data = loadContent();
  } catch (error) {
    if (error instanceof DataFileError) {
      process.stderr.write(`错误：${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const paths = listSources([SOURCES]);
  let corpus;
  try {
    corpus = buildCorpus(paths, data, (done, total, stage) => {
      process.stderr.write(done < total ? `分析 ${done + 1}/${total}：${stage}\n` : `全库分析：${stage}\n`);
    });
  } catch (error) {
    if (error instanceof DataFileError) {
      process.stderr.write(`错误：${error.message}\n`);
      return 2;
    }
    throw error;
  }
  writeText(CORPUS_FILE, json(corpus));
  const articles = corpus.sources.reduce((n, s) => n + s.articles.length, 0);
  process.stderr.write(`语料：${corpus.sources.length} 个文件，${articles} 篇文章 → ${CORPUS_FILE}\n`);
  const pages = writePages(corpus);
  process.stderr.write(`生成 MDX 页面 ${pages} 个 → ${DOCS}/\n`);

  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  await build({ root: process.cwd(), logLevel: 'warn' });
  const search = await buildSearchIndex(corpus, 'dist');
  process.stderr.write(`搜索索引：${search.records} 条记录，${Math.round(search.bytes / 1024)} KB → dist/pagefind/\n`);
  const files = writeExports(corpus, DATA);
  process.stderr.write(`网站已生成：dist/（数据：${files.join('、')}）\n`);

  if (corpus.failures.length) {
    process.stderr.write(formatFailures(corpus));
    return 1;
  }
  return 0;
}

process.exitCode = await main();
