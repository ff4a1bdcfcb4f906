/**
 * `npm run bench -- [--sizes 8,100,1000,5000] [--runs 3] [--build-runs 3] [--large 5,20,50] [--out docs/benchmarks.md]`
 *
 * Measures, per corpus size: analysis throughput next to the raw throughput
 * of `nodejieba.cut` on the same bytes in the same process (ratio pair by
 * pair); the build's stages, peak memory and output size; Pagefind's index
 * and a first query's bytes; a plain Starlight site built from the same
 * texts as the baseline; incremental rebuilds; one large source of each
 * `--large` size (MB): time and peak memory per source byte, or its refusal.
 * Writes a Markdown report (to docs/benchmarks.md, or `--out`; a run with `--build-runs 0` only with `--out`).
 * Corpora other than the sample (8) come from the generator (seed 1).
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, type } from 'node:os';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import nodejieba from 'nodejieba';
import { parseOptions } from './lib/cli.ts';
import { runCommand } from './lib/data-file.ts';
import { type Corpus, createSegmenter, decode } from '../src/analyzer/index.ts';
import { CORPUS_FILE, readCorpus } from './lib/corpus-file.ts';
import { largeSourceRuns } from './lib/bench/large-source.ts';
import { plainStarlight, projectCopy } from './lib/bench/projects.ts';
import { loadContent, SOURCES } from './lib/content.ts';
import { formatRows, measureFormats } from './lib/bench/extraction.ts';
import { buildCorpus } from './lib/corpus.ts';
import { corpusFiles } from './lib/bench/corpus-files.ts';
import { writeText } from './lib/exports.ts';
import { articleOverheads, largestPage, stylesheetBytes } from './lib/page-weight.ts';
import { firstQueryCost } from './lib/search-measure.ts';

const WORK = resolve('.tmp/bench');
/** Line after which docs/benchmarks.md holds hand-written analysis that a run keeps. */
const ANALYSIS_MARKER = '<!-- 以下为人工分析，npm run bench 保留 -->';
const QUERY = '流动党员';
const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes: number) => bytes / 1024 / 1024;

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const s = statSync(join(dir, String(entry)));
    if (s.isFile()) total += s.size;
  }
  return total;
}

interface AnalysisFigures {
  mb: number;
  articles: number;
  pipelineMBs: number;
  rawMBs: number;
  ratio: number;
  /** Lowest and highest of the pairwise ratios: how much this machine's speed drifted between runs. */
  ratioRange: [number, number];
  perArticleMs: number;
}

/** Least analysis time spent warming up, and measuring, per corpus size (besides the counts of rounds). */
const WARM_UP_MS = 1000;
const MEASURE_MS = 3000;

/** Analysis vs raw segmentation, in this process, at least `runs` times; ratios pair by pair. */
async function measureAnalysis(
  paths: string[],
  data: ReturnType<typeof loadContent>,
  runs: number,
): Promise<AnalysisFigures> {
  const bytes = paths.map((p) => readFileSync(p));
  const total = mb(bytes.reduce((s, b) => s + b.length, 0));
  createSegmenter(data.terms); // the same dictionary for the raw baseline
  const texts = bytes.map((b) => {
    const d = decode(b);
    return d.ok ? d.value.text : '';
  });
  let articles = 0;
  /** One round: raw segmentation, then the analysis, in ms. */
  const round = async (): Promise<[number, number]> => {
    let t = performance.now();
    for (const text of texts) nodejieba.cut(text);
    const rawMs = performance.now() - t;
    t = performance.now();
    const corpus = await buildCorpus(paths, data);
    articles = corpus.sources.reduce((n, s) => n + s.articles.length, 0);
    return [rawMs, performance.now() - t];
  };
  // Warm-up rounds (JIT, caches) are not counted: the figure is throughput, not start-up. On a small
  // corpus one round is a few milliseconds, so rounds go on for at least a time as well as a count.
  for (let spent = 0, r = 0; r < 1 || spent < WARM_UP_MS; r++) spent += (await round())[1];
  const raw: number[] = [];
  const pipe: number[] = [];
  for (let spent = 0; raw.length < runs || spent < MEASURE_MS; ) {
    const [rawMs, pipeMs] = await round();
    raw.push(rawMs);
    pipe.push(pipeMs);
    spent += pipeMs;
  }
  const ratios = raw.map((x, i) => x / pipe[i]);
  return {
    mb: total,
    articles,
    pipelineMBs: total / (median(pipe) / 1000),
    rawMBs: total / (median(raw) / 1000),
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    perArticleMs: median(pipe) / articles,
  };
}

interface BuildRun {
  total: number;
  times: Record<string, number>;
  cache: { hits: number; misses: number; corrupt: number };
  pages: number;
  searchBytes: number;
  maxRssMB: number;
}

function child(script: string, cwd: string): BuildRun {
  const r = spawnSync(process.execPath, [resolve(script)], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${script} 在 ${cwd} 中失败：\n${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as BuildRun;
}

function cold(dir: string): void {
  spawnSync('rm', ['-rf', join(dir, '.cache'), join(dir, 'dist'), join(dir, 'node_modules/.astro')]);
}

/** HTML bytes of the article pages beyond their own text (median, max, share within the 30 KB target), and the heaviest page. */
function pageOverhead(
  dir: string,
  corpus: Corpus,
): { median: number; max: number; within: number; css: number; largest: { path: string; bytes: number } } {
  const over = [...articleOverheads(join(dir, 'dist'), corpus).values()];
  return {
    median: median(over),
    max: Math.max(...over),
    within: over.filter((b) => b <= 30 * 1024).length / over.length,
    css: stylesheetBytes(join(dir, 'dist')),
    largest: largestPage(join(dir, 'dist')),
  };
}

async function main(): Promise<void> {
  const { values } = parseOptions(
    {
      options: {
        sizes: { type: 'string', default: '8,100,1000,5000' },
        runs: { type: 'string', default: '5' },
        'build-runs': { type: 'string', default: '3' },
        large: { type: 'string', default: '5,20,50' },
        out: { type: 'string' },
      },
    },
    'bench',
  );
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const buildRuns = Number(values['build-runs']);
  const data = loadContent();
  const rows: string[] = [];
  const notes: string[] = [];
  let perArticle100 = 0;

  for (const n of sizes) {
    log(`== ${n} 篇`);
    try {
      const files = corpusFiles(n, data);
      const srcDir = join(WORK, String(n), 'sources');
      for (const f of files) writeText(join(srcDir, f.name), f.text);
      const paths = files.filter((f) => f.name.endsWith('.txt')).map((f) => join(srcDir, f.name));
      const a = await measureAnalysis(paths, data, runs);
      if (n === 100) perArticle100 = a.perArticleMs;
      log(`分析：${a.pipelineMBs.toFixed(2)} MB/s，分词 ${a.rawMBs.toFixed(2)} MB/s，比值 ${a.ratio.toFixed(2)}`);

      const times = n >= 5000 ? 1 : buildRuns;
      const analysis =
        `| ${n} | ${a.articles} | ${a.mb.toFixed(2)} | ${a.pipelineMBs.toFixed(2)} | ${a.rawMBs.toFixed(2)} | ` +
        `**${(a.ratio * 100).toFixed(0)}%**（${(a.ratioRange[0] * 100).toFixed(0)}–${(a.ratioRange[1] * 100).toFixed(0)}） | ${a.perArticleMs.toFixed(2)} | `;
      if (times === 0) {
        // `--build-runs 0`: the analysis alone, no site built.
        rows.push(`${analysis}${'— | '.repeat(17)}`);
        log(rows.at(-1)!);
        continue;
      }
      const site = join(WORK, String(n), 'site');
      projectCopy(site, files);
      const builds: BuildRun[] = [];
      for (let r = 0; r < times; r++) {
        cold(site);
        builds.push(child('scripts/lib/bench/child-build.ts', site));
        log(`构建 ${r + 1}/${times}：${(builds.at(-1)!.total / 1000).toFixed(1)} s`);
      }
      const pick = (f: (b: BuildRun) => number) => median(builds.map(f));
      const corpus = readCorpus(join(site, CORPUS_FILE));
      const dist = folderBytes(join(site, 'dist'));
      const index = folderBytes(join(site, 'dist', 'pagefind'));
      const query = await firstQueryCost(join(site, 'dist'), QUERY);
      const weight = pageOverhead(site, corpus);

      // The baseline's sidebar lists every page on every page, so its output grows with the square of the
      // corpus; it is built up to 1,000 articles, where the target compares the two.
      let baseline = '— | — | — | — | —';
      if (n <= 1000) {
        const plain = join(WORK, String(n), 'plain');
        plainStarlight(plain, corpus);
        const base: BuildRun[] = [];
        for (let r = 0; r < times; r++) {
          cold(plain);
          base.push(child('scripts/lib/bench/plain-build.ts', plain));
        }
        const basePage = statSync(join(plain, 'dist', corpus.sources[0].articles[0].slug, 'index.html')).size;
        const ratio = median(builds.map((b, i) => b.total / base[i].total));
        baseline =
          `${(median(base.map((b) => b.total)) / 1000).toFixed(1)} | ${median(base.map((b) => b.maxRssMB)).toFixed(0)} | ` +
          `${mb(folderBytes(join(plain, 'dist'))).toFixed(1)} | ${(basePage / 1024).toFixed(0)} | **${ratio.toFixed(2)}×**`;
      }

      let incremental = '—';
      if (n === 100) {
        const noChange = child('scripts/lib/bench/child-build.ts', site);
        appendFileSync(
          join(site, 'content/sources', files.find((f) => f.name.endsWith('.txt'))!.name),
          '\n补充说明一句。\n',
        );
        const oneChange = child('scripts/lib/bench/child-build.ts', site);
        incremental = `不变 ${(noChange.total / 1000).toFixed(1)} s（分析 ${(noChange.times.analysis / 1000).toFixed(2)} s，沿用 ${noChange.cache.hits}）；改 1 个 ${(oneChange.total / 1000).toFixed(1)} s（分析 ${(oneChange.times.analysis / 1000).toFixed(2)} s，重新分析 ${oneChange.cache.misses}）`;
      }

      rows.push(
        analysis +
          `${(pick((b) => b.times.mdx) / 1000).toFixed(2)} | ${(pick((b) => b.times.astro) / 1000).toFixed(1)} | ${(pick((b) => b.times.pagefind) / 1000).toFixed(1)} | ` +
          `${(pick((b) => b.total) / 1000).toFixed(1)} | ${(pick((b) => b.pages) / (pick((b) => b.total) / 1000)).toFixed(0)} | ${pick((b) => b.maxRssMB).toFixed(0)} | ${mb(dist).toFixed(1)} | ` +
          `${(index / 1024).toFixed(0)} | ${(query.bytes / 1024).toFixed(0)}（${query.requests}） | ${(weight.median / 1024).toFixed(1)} / ${(weight.max / 1024).toFixed(1)}（${(weight.within * 100).toFixed(0)}% ≤ 30） | ${(weight.largest.bytes / 1024).toFixed(0)}（${weight.largest.path}） | ` +
          `${baseline} | ${incremental} |`,
      );
      if (n === sizes.at(-1) && perArticle100)
        notes.push(
          `每篇分析耗时：${n} 篇时为 100 篇时的 ${(a.perArticleMs / perArticle100).toFixed(2)} 倍（目标 ≤ 1.5）。`,
        );
      log(rows.at(-1)!);
    } catch (error) {
      // A size that fails is reported, not hidden: the report says what broke.
      const reason =
        String((error as Error).message)
          .split('\n')
          .filter((l) => /Error|错误/.test(l))
          .slice(-1)[0] ?? String(error);
      rows.push(`| ${n} | 失败：${reason.replace(/\|/g, '\\|').slice(0, 200)} |`);
      log(rows.at(-1)!);
      log(String((error as Error).stack ?? error)); // the whole story, for whoever reads the log
    }
  }

  log('== 各格式的提取');
  const formats = formatRows(await measureFormats(runs));
  log(formats);
  log('== 单个大来源');
  const large = largeSourceRuns(
    readFileSync(join(SOURCES, '城市社区党建存在的问题及对策8篇.txt'), 'utf8'),
    values.large.split(',').map(Number),
    join(WORK, 'large'),
  ).map(
    (r) =>
      `| ${r.mb.toFixed(1)} | ${r.seconds.toFixed(1)} | ${r.peakMB.toFixed(0)} | ${r.perByte.toFixed(0)} | ${r.refused ?? r.failed ?? '已分析'} |`,
  );
  for (const row of large) log(row);

  const cpu = cpus();
  const report = `# 性能基准 / Benchmarks

由 \`npm run bench -- --sizes ${values.sizes} --runs ${runs} --build-runs ${buildRuns}\` 生成。

- 日期：${new Date().toISOString().slice(0, 10)}
- 机器：${type()}，${cpu.length} 核 ${cpu[0]?.model ?? ''}，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GiB，Node ${process.version}
- 语料：8 篇为示例语料；其余由 \`npm run gen:corpus\`（种子 1）从示例条目重组生成。
- 每个数字是多次运行的中位数（分析先预热至少一轮、至少 ${WARM_UP_MS / 1000} 秒，不计；再计至少 ${runs} 轮、至少 ${MEASURE_MS / 1000} 秒；构建 ${buildRuns} 次，5000 篇 1 次）；比值逐次成对计算后取中位数，括号内为各次比值的最低–最高（本机速度随时间漂移的幅度）。
- 分析 = 解码 → 清理 → 切分 → 题录 → 提纲 → 角色 → 条目 → 分词 → 议题 → 关联 → 矩阵 → 关键词 → 相似段落，不用缓存；
  “分词”是同一进程中对同样字节直接调用 \`nodejieba.cut\`（同一词典）。
- 构建 = 分析（冷缓存）+ MDX + \`astro build\` + Pagefind + 数据导出；内存为构建进程的峰值 RSS（Pagefind 的二进制子进程不计）。
- 基线 = 同样的文章正文、每篇一页、Starlight 默认侧栏与默认 Pagefind，不做分析。
- 页面开销 = 文章页 HTML 字节数减去文章正文字节数（中位数 / 最大，括号内为不超过 30 KB 的文章页所占比例）；样式表另计、各页共用并被缓存。
- 最大页 = 站点中最大的 HTML 页面及其地址（不应随语料增长）。
- 首次搜索 = 在构建出的索引上用 Pagefind 的搜索 API 查询“${QUERY}”所下载的字节（请求数）。

| 篇数 | 文章 | MB | 分析 MB/s | 分词 MB/s | 分析/分词 | 每篇 ms | MDX s | astro s | Pagefind s | 构建 s | 页/秒 | 峰值 MB | dist MB | 索引 KB | 首次搜索 KB | 页面开销 KB | 最大页 KB | 基线构建 s | 基线峰值 MB | 基线 dist MB | 基线页 KB | 构建/基线 | 增量重建 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${notes.join('\n')}

## 各格式的提取

前门（\`extract\`：Word、PDF、网页文件 → 文字、去掉的内容及其位置、元数据）对 tests/fixtures/formats 中示例文件的吞吐量，
与同一进程中对同样字节直接调用所用库的吞吐量之比（docx：\`mammoth.extractRawText\`；pdf：pdfjs 逐页 \`getTextContent\`；
html/mhtml：linkedom 上的 Readability；doc：word-extractor）。目标：提取 ≥ 库的 50%。

${formats}
## 单个大来源

示例语料重复拼接（篇号续编）成的一个来源，由 \`npm run analyze -- <文件> --json\` 在子进程中分析；峰值为该进程的 RSS，
峰值/字节 = 峰值除以来源字节数（含 Node 与分词词典约 400 MB 的固定部分）。超过上限（\`MAX_SOURCE_BYTES\`）的来源被拒绝。

| MB | 秒 | 峰值 MB | 峰值/字节 | 结果 |
|---|---|---|---|---|
${large.join('\n')}
`;
  // A run that built no site is a partial report: it replaces docs/benchmarks.md only when asked to (--out).
  const out = values.out ?? (buildRuns === 0 ? undefined : 'docs/benchmarks.md');
  if (out === undefined) {
    log('没有写报告：--build-runs 0 只测了分析；要写入文件请加 --out 文件名。');
    return;
  }
  mkdirSync(dirname(out) || '.', { recursive: true });
  // What people wrote below the marker (the reading of the figures) survives a new run.
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const kept = previous.includes(ANALYSIS_MARKER) ? previous.slice(previous.indexOf(ANALYSIS_MARKER)) : '';
  writeFileSync(out, kept ? `${report}\n${kept}` : report);
  log(`报告已写入 ${out}`);
}

process.exitCode = await runCommand(async () => {
  await main();
  return 0;
});
