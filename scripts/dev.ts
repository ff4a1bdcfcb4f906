/**
 * `npm run dev`: analyze, generate the pages, serve the site with Astro's dev
 * server, and analyze again whenever a source or a data file people edit
 * changes (sources, codebook, dictionary, corrections, overrides, rules).
 */
import { watch } from 'node:fs';
import { dev } from 'astro';
import { SITE_FILE } from '../src/lib/site.ts';
import { CONTENT, loadContent, loadSite } from './lib/content.ts';
import { AnalysisCache } from './lib/cache.ts';
import { buildCollection } from './lib/corpus.ts';
import { DataFileError, systemMessage } from './lib/data-file.ts';
import { CORPUS_FILE, corpusLines, writePieces } from './lib/corpus-file.ts';
import { json, writeText } from './lib/exports.ts';
import { writeCurricula } from './lib/curricula.ts';
import { DOCS, writePages } from './lib/pages.ts';
import { formatBuildWarnings, formatFailures } from './lib/report.ts';

function regenerate(): void {
  try {
    writeText(SITE_FILE, json(loadSite()));
    const { corpus, warnings } = buildCollection(loadContent(), undefined, new AnalysisCache());
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

let timer: NodeJS.Timeout | undefined;
const said = new Set<string>();

/**
 * Watch content/ and analyze again after a change. A watch error (a symbolic
 * link loop made while the server runs: ELOOP) is said once and the watch
 * started again a second later, instead of ending the dev server.
 */
function watchContent(): void {
  const restart = (error: NodeJS.ErrnoException) => {
    const text = `注意：监视 content/ 的改动时出错（${error.code ?? error.message}${error.path ? `：${error.path}` : ''}），多半是新建了循环或失效的符号链接；已跳过它继续监视。请删除该链接。`;
    if (!said.has(text)) process.stderr.write(`${text}\n`);
    said.add(text);
    setTimeout(watchContent, 1000);
    regenerate();
  };
  try {
    const watcher = watch(CONTENT, { recursive: true }, (_event, file) => {
      if (!file || file.startsWith('generated')) return;
      clearTimeout(timer);
      timer = setTimeout(regenerate, 200);
    });
    watcher.on('error', (error) => {
      watcher.close();
      restart(error as NodeJS.ErrnoException);
    });
  } catch (error) {
    restart(error as NodeJS.ErrnoException);
  }
}

regenerate();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await dev({ root: process.cwd() });
watchContent();
