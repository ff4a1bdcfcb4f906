/**
 * `npm run import:qdpx -- <file.qdpx>`
 * Reads a REFI-QDA project (e.g. recoded in QualCoder) and prints its
 * differences from the current analysis as content/overrides.yaml entries,
 * for a person to review and copy in; nothing is written. Selections that no
 * longer match an item, and codes the codebook lacks, are listed on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { AnalysisCache } from './lib/cache.ts';
import { listSources, loadContent, SOURCES } from './lib/content.ts';
import { buildCorpus } from './lib/corpus.ts';
import { runCommand } from './lib/data-file.ts';
import { importQdpx } from './lib/qda-files.ts';

const USAGE =
  '用法：npm run import:qdpx -- <项目文件.qdpx>\n输出与当前分析结果不同之处，格式同 content/overrides.yaml，供核对后复制进去。\n';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const [file] = positionals;
  if (!existsSync(file)) {
    process.stderr.write(`找不到文件 ${file}：请给出 .qdpx 项目文件的路径。\n`);
    return 2;
  }
  const corpus = await buildCorpus(listSources([SOURCES]), loadContent(), undefined, new AnalysisCache());
  const { overrides, problems } = await importQdpx(readFileSync(file), corpus);
  const entries = Object.keys(overrides.items).length + overrides.links.add.length + overrides.links.remove.length;
  process.stdout.write(
    entries
      ? `# 来自 ${file} 的修改（${entries} 条），核对后并入 content/overrides.yaml：\n${stringify(overrides)}`
      : problems.length
        ? `# ${file} 中没有可以导入的修改；未能导入的内容见下面的“注意”。\n`
        : `# ${file} 与当前分析结果一致，没有要写入 content/overrides.yaml 的修改。\n`,
  );
  for (const p of problems) process.stderr.write(`注意：${p}\n`);
  return 0;
}

process.exitCode = await runCommand(main);
