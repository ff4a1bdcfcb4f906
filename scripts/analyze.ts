/**
 * `npm run analyze -- <file or folder>… [--json]`
 * Prints each article's outline with roles and item counts, and the warnings.
 * With --json, writes only the corpus model to standard output.
 */
import { parseArgs } from 'node:util';
import { loadContent, SOURCES, scanSources } from './lib/content.ts';
import { corpusJson } from './lib/corpus-file.ts';
import { buildCorpus, progress } from './lib/corpus.ts';
import { runCommand } from './lib/data-file.ts';
import { formatCorpus, formatFailures } from './lib/report.ts';

const USAGE = '用法：npm run analyze -- <文件或文件夹>… [--json]\n不给路径时分析 content/sources/。\n';

/** The options, or a Chinese message for an unknown one (a file name starting with `-` goes after `--`). */
function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    // parseArgs names `-l` for `-leading.txt`: show the argument as typed.
    const short = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    const option = process.argv.slice(2).find((a) => a.startsWith(short)) ?? short;
    process.stderr.write(
      `错误：不认识的选项“${option}”。能用的选项只有 --json 和 --help。\n` +
        `若这是以“-”开头的文件名，请写在单独的 -- 之后（npm run analyze -- -- ${option}），或写成 ./${option}。\n${USAGE}`,
    );
    return undefined;
  }
}

function main(): number {
  const parsed = options();
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const data = loadContent();
  const { sources, refused } = scanSources(positionals.length ? positionals : [SOURCES]);
  // Progress only on a terminal: `--json` output is often piped, and its consumers read stderr too.
  const corpus = buildCorpus(sources, data, process.stderr.isTTY ? progress() : undefined, undefined, refused);
  if (values.json) for (const piece of corpusJson(corpus)) process.stdout.write(piece);
  else process.stdout.write(formatCorpus(corpus));
  if (corpus.failures.length) process.stderr.write(formatFailures(corpus));
  return corpus.failures.length ? 1 : 0;
}

process.exitCode = await runCommand(main);
