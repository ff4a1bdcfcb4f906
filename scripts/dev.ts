/**
 * `npm run dev`: analyze, generate the pages, serve the site with Astro's dev
 * server, and analyze again whenever a source or a data file people edit
 * changes (sources, codebook, dictionary, corrections, overrides, rules).
 * A symbolic link loop or a dangling link made while it runs is listed by the
 * analysis and never entered by the watch (scripts/lib/watch.ts).
 */
import { join } from 'node:path';
import { dev } from 'astro';
import { prepareAstroEnv } from './lib/astro-env.ts';
import { CONTENT, loadContent, writeSiteSettings } from './lib/content.ts';
import { AnalysisCache } from './lib/cache.ts';
import { buildCollection } from './lib/corpus.ts';
import { DataFileError, systemMessage } from './lib/data-file.ts';
import { CORPUS_FILE, corpusLines, writePieces } from './lib/corpus-file.ts';
import { writeCurricula } from './lib/curricula.ts';
import { DOCS, writePages } from './lib/pages.ts';
import { formatBuildWarnings, formatFailures } from './lib/report.ts';
import { watchTree } from './lib/watch.ts';

async function regenerate(): Promise<void> {
  try {
    writeSiteSettings();
    const { corpus, warnings } = await buildCollection(loadContent(), undefined, new AnalysisCache());
    writePieces(CORPUS_FILE, corpusLines(corpus));
    const pages = writePages(corpus) + writeCurricula(corpus, DOCS).length;
    process.stderr.write(
      `已重新分析：${corpus.sources.length} 个文件、${corpus.sources.reduce((n, s) => n + s.articles.length, 0)} 篇文章，生成 MDX 页面 ${pages} 个\n`,
    );
    if (corpus.failures.length) process.stderr.write(formatFailures(corpus));
    const notes = formatBuildWarnings(corpus, warnings);
    if (notes) process.stderr.write(`${notes}\n`);
  } catch (error) {
    // Keep serving the last good pages; say what is wrong in the file being edited.
    const message = error instanceof DataFileError ? error.message : (systemMessage(error) ?? String(error));
    process.stderr.write(`错误：${message}\n`);
  }
}

// Analysis is asynchronous (Word and PDF files are read by promise-based libraries): the first one is done
// before the server starts, and a later one waits for the one running (they write the same files).
await regenerate();
let running = Promise.resolve();
const queued = () => {
  running = running.then(regenerate);
};
prepareAstroEnv();
await dev({ root: process.cwd() });
// Not content/generated: the analysis writes it.
watchTree(CONTENT, (folder) => folder === join(CONTENT, 'generated'), queued);
