/**
 * `npm run analyze -- <file or folder>… [--json]`
 * Prints each article's outline with roles and item counts, the warnings, and the coding agreement.
 * With --json, writes only the corpus model to standard output.
 */
import { loadContent, SOURCES, scanSources } from './lib/content.ts';
import { corpusJson } from './lib/corpus-file.ts';
import { buildCorpus, progress } from './lib/corpus.ts';
import { parseOptions } from './lib/cli.ts';
import { runCommand } from './lib/data-file.ts';
import { formatCorpus, formatFailures } from './lib/report.ts';
import { formatAgreement } from '../src/qda/agreement.ts';

const USAGE = '用法：npm run analyze -- <文件或文件夹>… [--json]\n不给路径时分析 content/sources/。\n';

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(
    {
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    },
    'analyze',
  );
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const data = loadContent();
  const { sources, refused } = scanSources(positionals.length ? positionals : [SOURCES]);
  // Progress only on a terminal: `--json` output is often piped, and its consumers read stderr too.
  const corpus = await buildCorpus(sources, data, process.stderr.isTTY ? progress() : undefined, undefined, refused);
  if (values.json) for (const piece of corpusJson(corpus)) process.stdout.write(piece);
  else process.stdout.write(`${formatCorpus(corpus)}\n${formatAgreement(corpus)}`);
  if (corpus.failures.length) process.stderr.write(formatFailures(corpus));
  return corpus.failures.length ? 1 : 0;
}

process.exitCode = await runCommand(main);
