/**
 * `npm run analyze -- <file or folder>… [--json]`
 * Prints each article's outline with roles and item counts, and the warnings.
 * With --json, writes only the corpus model to standard output.
 */
import { parseArgs } from 'node:util';
import { loadContent, listSources, SOURCES } from './lib/content.ts';
import { corpusJson } from './lib/corpus-file.ts';
import { buildCorpus, progress } from './lib/corpus.ts';
import { runCommand } from './lib/data-file.ts';
import { formatCorpus, formatFailures } from './lib/report.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write('用法：npm run analyze -- <文件或文件夹>… [--json]\n不给路径时分析 content/sources/。\n');
    return 0;
  }
  const data = loadContent();
  const paths = listSources(positionals.length ? positionals : [SOURCES]);
  // Progress only on a terminal: `--json` output is often piped, and its consumers read stderr too.
  const corpus = await buildCorpus(paths, data, process.stderr.isTTY ? progress() : undefined);
  if (values.json) for (const piece of corpusJson(corpus)) process.stdout.write(piece);
  else process.stdout.write(formatCorpus(corpus));
  if (corpus.failures.length) process.stderr.write(formatFailures(corpus));
  return corpus.failures.length ? 1 : 0;
}

process.exitCode = await runCommand(main);
