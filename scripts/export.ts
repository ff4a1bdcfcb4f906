/**
 * `npm run export -- --format qdpx|qdc|xlsx [--format …] [--out <folder>]`
 * Analyzes content/sources (reusing the analysis cache) and writes the
 * analysts' files: REFI-QDA project and codebook, Excel workbook.
 */
import { parseArgs } from 'node:util';
import { AnalysisCache } from './lib/cache.ts';
import { listSources, loadContent, SOURCES } from './lib/content.ts';
import { buildCorpus } from './lib/corpus.ts';
import { runCommand } from './lib/data-file.ts';
import { QDA_FORMATS, type QdaFormat, writeQdaExports } from './lib/qda-files.ts';
import { DATA } from './lib/site-build.ts';

const USAGE = `用法：npm run export -- --format qdpx|qdc|xlsx [--format …] [--out 文件夹]
  qdpx  REFI-QDA 项目（QualCoder、NVivo、MAXQDA、ATLAS.ti 可导入）
  qdc   REFI-QDA 编码表
  xlsx  Excel 工作簿
不给 --format 时三种都写；--out 默认为 ${DATA}。\n`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: DATA },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = values.format.filter((f) => !(f in QDA_FORMATS));
  if (unknown.length) {
    process.stderr.write(
      `不认识的格式：${unknown.join('、')}。可用的格式：${Object.keys(QDA_FORMATS).join('、')}。\n${USAGE}`,
    );
    return 2;
  }
  const formats = (values.format.length ? values.format : Object.keys(QDA_FORMATS)) as QdaFormat[];
  const corpus = await buildCorpus(listSources([SOURCES]), loadContent(), undefined, new AnalysisCache());
  for (const path of await writeQdaExports(corpus, values.out, formats)) process.stdout.write(`已写出 ${path}\n`);
  return corpus.failures.length ? 1 : 0;
}

process.exitCode = await runCommand(main);
