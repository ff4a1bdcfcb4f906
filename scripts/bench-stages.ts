/**
 * `npm run bench:stages -- [--articles 1000] [--runs 3] [--dir <folder of sources>]`
 *
 * Where the analysis time goes: the corpus `npm run bench` measures at
 * `--articles` (8: the sample; otherwise generated, seed 1), or the sources
 * in `--dir`, analyzed once to warm up, then `--runs` times under the CPU
 * profiler; a table of milliseconds per round by stage
 * (`lib/bench/stages.ts`), next to raw `nodejieba.cut` on the same bytes, the
 * figure `npm run bench` divides by. CPU time of the main thread, not wall
 * time: steadier on a shared machine (collector threads are not counted).
 * Segmentation stays on the main thread here, so that the profile sees every
 * stage (`npm run bench` measures the build with its segmentation thread).
 * Prints Markdown; writes nothing but the generated sources.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodejieba from 'nodejieba';
import { runCommand } from './lib/data-file.ts';
import { createSegmenter, decode } from '../src/analyzer/index.ts';
import { UsageError, parseOptions } from './lib/cli.ts';
import { loadContent } from './lib/content.ts';
import { buildCorpus } from './lib/corpus.ts';
import { segmentAhead } from './lib/segment-ahead.ts';
import { corpusFiles } from './lib/bench/corpus-files.ts';
import { stageTimes } from './lib/bench/stages.ts';
import { writeText } from './lib/exports.ts';

async function main(): Promise<number> {
  const { values } = parseOptions(
    {
      options: {
        articles: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '3' },
        dir: { type: 'string' },
      },
    },
    'bench:stages',
  );
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  for (const [name, n] of [
    ['--articles', articles],
    ['--runs', runs],
  ] as const)
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`选项“${name}”要跟一个正整数（例如 3）。`);
  const data = loadContent();
  let dir = values.dir;
  if (dir === undefined) {
    dir = resolve('.tmp/bench-stages', String(articles));
    for (const f of corpusFiles(articles, data)) writeText(join(dir, f.name), f.text);
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`找不到文件夹“${dir}”：--dir 要指向放着来源 .txt 文件的文件夹。`);
  const paths = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  if (paths.length === 0) throw new UsageError(`文件夹“${dir}”里没有 .txt 来源文件，没有可测的分析。`);
  segmentAhead.minBytes = Number.POSITIVE_INFINITY;
  createSegmenter(data.terms); // the analysis's dictionary, for the raw figure too
  const texts = paths.map((p) => {
    const d = decode(readFileSync(p));
    return d.ok ? d.value.text : '';
  });
  // Named: the profile tells its samples apart by this name.
  const rawSegmentation = () => {
    for (const text of texts) nodejieba.cut(text);
  };
  rawSegmentation();
  await buildCorpus(paths, data); // warm-up: dictionaries, JIT
  const { raw, stages: rows } = await stageTimes(rawSegmentation, () => buildCorpus(paths, data), runs);
  const total = rows.reduce((s, r) => s + r.ms, 0);
  const line = (name: string, part: string, ms: number) =>
    `| ${name} | ${part} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)} % | ${(ms / raw).toFixed(2)} |`;
  const out = [
    `${paths.length} 个来源，${runs} 轮的平均：主线程 CPU 时间，按 CPU 采样分到各阶段（每个样本归入调用栈上最内层的阶段）：`,
    '',
    '| 阶段 | 层级 | ms/轮 | 占分析 | ÷ 原始分词 |',
    '|---|---|---|---|---|',
    ...rows.map((r) => line(r.stage, r.part, r.ms)),
    line('**分析合计**', '', total),
    `| 原始分词（同样字节直接 \`nodejieba.cut\`） | | ${raw.toFixed(0)} | | 1.00 |`,
    '',
    `按主线程 CPU 时间，分析/分词之比为 ${(raw / total).toFixed(2)}；\`npm run bench\` 按墙钟时间计（也算等待回收线程等），通常更低。`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = await runCommand(main);
