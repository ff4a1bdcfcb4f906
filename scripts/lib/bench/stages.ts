/**
 * Where the analysis spends its time, stage by stage: CPU samples of
 * `buildCorpus` rounds (V8's profiler, in this process), each sample put in
 * the innermost stage on its call stack. Used by `scripts/bench-stages.ts`.
 */
import { Session } from 'node:inspector/promises';

/** A stage of the analysis and the functions it starts at (name and file, as the profiler reports them). */
interface Stage {
  name: string;
  /** Per-source stages run once per file; per-corpus ones once per analysis. */
  part: '来源' | '全库' | '其他';
  frames: [functionName: RegExp, file: RegExp][];
}

const ANALYZER = /\/src\/analyzer\//;

/** Innermost first: a sample belongs to the first stage whose function is on its stack, from the top. */
const STAGES: Stage[] = [
  { name: 'nodejieba.cut（分词本身）', part: '全库', frames: [[/./, /nodejieba/]] },
  {
    name: '分词后：粘合、偏移',
    part: '全库',
    frames: [
      [/^cut$/, /corpus\/segment\/index\.ts/],
      [/^tokenize$/, /segment\/tokens\.ts/],
    ],
  },
  {
    name: '词表：每个词的类别与编号',
    part: '全库',
    frames: [
      [/^$|^\(anonymous\)$/, /segment\/tokens\.ts/],
      [/^entryNumbersIn$/, /segment\/tokens\.ts/],
    ],
  },
  { name: '议题标注', part: '全库', frames: [[/^tagArticleItems$/, ANALYZER]] },
  { name: '关联', part: '全库', frames: [[/^linkArticle$|^findGaps$|^applyLinkOverrides$/, ANALYZER]] },
  { name: '关键词', part: '全库', frames: [[/^tfidfKeywords$|^keywordIds$/, ANALYZER]] },
  { name: '矩阵', part: '全库', frames: [[/^themeMatrix$|^articleMatrix$|^themeFrequency$/, ANALYZER]] },
  { name: '相似段落', part: '全库', frames: [[/^findSharedPassages$/, ANALYZER]] },
  { name: '全库其余', part: '全库', frames: [[/^analyzeCorpus$/, ANALYZER]] },
  { name: '提取（Word、PDF、网页）', part: '来源', frames: [[/^extract$/, /source\/extract\//]] },
  { name: '解码', part: '来源', frames: [[/^decode$/, /source\/decode\.ts/]] },
  {
    name: '繁简判断与视图',
    part: '来源',
    frames: [[/^isTraditional$|^viewed$|^viewedPart$|^simplifiedView$/, ANALYZER]],
  },
  { name: '切分', part: '来源', frames: [[/^splitPieces$/, ANALYZER]] },
  { name: '清理', part: '来源', frames: [[/^normalizeRegion$/, ANALYZER]] },
  { name: '题录', part: '来源', frames: [[/^extractMetadata$/, ANALYZER]] },
  { name: '提纲', part: '来源', frames: [[/^buildOutline$/, ANALYZER]] },
  { name: '角色', part: '来源', frames: [[/^assignRoles$|^withRoleLines$|^headingRole$/, ANALYZER]] },
  { name: '条目与体裁', part: '来源', frames: [[/^extractItems$|^genreDecision$/, ANALYZER]] },
  { name: '可疑文字', part: '来源', frames: [[/^findSuspicious$/, ANALYZER]] },
  { name: '来源其余（含核对无损）', part: '来源', frames: [[/^analyzeSource$|^analyzeFile$/, ANALYZER]] },
  { name: '读文件与检查（scripts）', part: '其他', frames: [[/^buildCorpus$/, /scripts\/lib\/corpus\.ts/]] },
  { name: '垃圾回收', part: '其他', frames: [[/^\(garbage collector\)$/, /^$/]] },
];
const OTHER: Stage = { name: '其他（未归入阶段）', part: '其他', frames: [] };
const RAW: Stage = { name: '原始分词', part: '其他', frames: [] };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/**
 * Run `raw`, then `work`, `rounds` times under the CPU profiler: the main thread's CPU
 * milliseconds per round of `raw`, and of `work` by stage (largest first). Measured in
 * turns, so a machine whose speed drifts slows both alike. `raw`'s samples are told apart
 * by its name (an unnamed `raw` is not told apart).
 */
export async function stageTimes(
  raw: () => void,
  work: () => Promise<unknown>,
  rounds: number,
): Promise<{ raw: number; stages: { stage: string; part: string; ms: number }[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let rawUs = 0;
  let workUs = 0;
  for (let r = 0; r < rounds; r++) {
    let cpu = process.threadCpuUsage();
    raw();
    let used = process.threadCpuUsage(cpu);
    rawUs += used.user + used.system;
    cpu = process.threadCpuUsage();
    await work();
    used = process.threadCpuUsage(cpu);
    workUs += used.user + used.system;
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, Stage>();
  const classify = (id: number): Stage => {
    const known = stageOf.get(id);
    if (known) return known;
    const { functionName, url } = nodes.get(id)!.callFrame;
    const own = STAGES.find((s) => s.frames.some(([fn, file]) => fn.test(functionName) && file.test(url)));
    const up = parent.get(id);
    const above = up === undefined ? OTHER : classify(up);
    // Whatever runs under `raw` is raw, innermost stages or not.
    const stage = above === RAW || (raw.name !== '' && functionName === raw.name) ? RAW : (own ?? above);
    stageOf.set(id, stage);
    return stage;
  };
  // The thread's CPU time shared out by samples: on a busy machine the samples' wall-clock gaps
  // include time the thread was not running.
  const counts = new Map<Stage, number>();
  let counted = 0;
  for (const id of profile.samples ?? []) {
    if (nodes.get(id)!.callFrame.functionName === '(idle)') continue; // awaits between rounds
    const stage = classify(id);
    if (stage === RAW) continue;
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
    counted++;
  }
  const msPerSample = workUs / 1000 / rounds / Math.max(1, counted);
  const stages = [...counts]
    .map(([s, n]) => ({ stage: s.name, part: s.part, ms: n * msPerSample }))
    .sort((a, b) => b.ms - a.ms);
  return { raw: rawUs / 1000 / rounds, stages };
}
