/**
 * `npm run dev`: analyze, generate the pages, serve the site with Astro's dev
 * server, and analyze again whenever a source or a data file people edit
 * changes (sources, codebook, dictionary, corrections, overrides, rules).
 */
import { watch } from 'node:fs';
import { dev } from 'astro';
import { SITE_FILE } from '../src/lib/site.ts';
import { CONTENT, loadContent, loadSite, listSources, SOURCES } from './lib/content.ts';
import { AnalysisCache } from './lib/cache.ts';
import { buildCorpus } from './lib/corpus.ts';
import { DataFileError } from './lib/data-file.ts';
import { CORPUS_FILE, corpusLines, writePieces } from './lib/corpus-file.ts';
import { json, writeText } from './lib/exports.ts';
import { writeCurricula } from './lib/curricula.ts';
import { DOCS, writePages } from './lib/pages.ts';
import { formatFailures } from './lib/report.ts';

async function regenerate(): Promise<void> {
  try {
    writeText(SITE_FILE, json(loadSite()));
    const corpus = await buildCorpus(listSources([SOURCES]), loadContent(), undefined, new AnalysisCache());
    writePieces(CORPUS_FILE, corpusLines(corpus));
    const pages = writePages(corpus) + writeCurricula(corpus, DOCS).length;
    process.stderr.write(
      `已重新分析：${corpus.sources.length} 个文件、${corpus.sources.reduce((n, s) => n + s.articles.length, 0)} 篇文章，生成 MDX 页面 ${pages} 个\n`,
    );
    if (corpus.failures.length) process.stderr.write(formatFailures(corpus));
  } catch (error) {
    // Keep serving the last good pages; say what is wrong in the file being edited.
    process.stderr.write(`错误：${error instanceof DataFileError ? error.message : String(error)}\n`);
  }
}

// Analysis is asynchronous (Word and PDF files are read by promise-based libraries): the first one is done
// before the server starts, and a later one waits for the one running (they write the same files).
await regenerate();
let running = Promise.resolve();
const queued = () => {
  running = running.then(regenerate);
};
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await dev({ root: process.cwd() });

let timer: NodeJS.Timeout | undefined;
watch(CONTENT, { recursive: true }, (_event, file) => {
  if (!file || file.startsWith('generated')) return;
  clearTimeout(timer);
  timer = setTimeout(queued, 200);
});
