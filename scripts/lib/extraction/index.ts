/**
 * The extraction measurement: the development corpus analyzed as a build
 * would, each text scored against its hand annotation, and the sample's
 * counts. `report` is what `npm run measure:extraction` prints and
 * docs/extraction.md holds; `details` lists what each text missed and added.
 */
import { UsageError } from '../cli.ts';
import type { ContentData } from '../content.ts';
import { listSources, SOURCES } from '../content.ts';
import { buildCorpus } from '../corpus.ts';
import { extractionDetails, extractionReport } from './report.ts';
import { scoreTexts, type TextScore } from './score.ts';
import { loadAnnotated } from './truth.ts';

export const GENRE_DIR = 'tests/fixtures/genre';

/** The --only prefixes as a reader sees them: “d-”、“c-”. */
export const quotePrefixes = (only: readonly string[]) => only.map((p) => `“${p}”`).join('、');

/** Measures every annotated text in `dir`, or only those whose names start with one of `only`. */
export async function measureExtraction(
  data: ContentData,
  dir = GENRE_DIR,
  only?: readonly string[],
): Promise<{ scores: TextScore[]; report: string; details: string }> {
  const texts = loadAnnotated(dir).filter((t) => !only || only.some((p) => t.name.startsWith(p)));
  if (texts.length === 0)
    throw new UsageError(
      `${dir} 里没有${only ? `名称以${quotePrefixes(only)}开头的` : ''}带标注（.truth.yaml）的文本：请检查文件夹和 --only 的前缀。`,
    );
  const scores = scoreTexts(
    await buildCorpus(
      texts.map((t) => t.path),
      data,
    ),
    texts,
  );
  const sample = await buildCorpus(listSources([SOURCES]), data);
  const items = sample.sources.flatMap((s) => s.articles).flatMap((a) => a.items);
  const count = (role: string) => items.filter((i) => i.role === role).length;
  const report = [
    extractionReport(scores, Object.fromEntries(data.codebook.themes.map((t) => [t.id, t.name]))),
    `示例合集（${SOURCES}）：问题 ${count('problem')}、原因 ${count('cause')}、对策 ${count('countermeasure')}，关联 ${sample.links.length}。`,
    '',
  ].join('\n');
  return { scores, report, details: extractionDetails(scores) };
}

/** docs/extraction.md: how the figures are made, then the report. */
export function extractionDoc(report: string): string {
  return `# 抽取质量（开发语料）

由 \`npm run measure:extraction -- --write\` 生成，请勿手改（\`npm test\` 核对它与分析器的当前结果一致）。开发语料在
\`tests/fixtures/genre/\`：从公开网页原样保存的本体裁文本与非本体裁文本，每篇旁有人工标注（\`.truth.yaml\`：每个问题、
原因、对策在列举层级上的一个特征短语，以及读者确信的关联）。一个标注短语与开头（标题或正文前 80 字）含有它的条目配对，
一个条目只配一个短语；角色相同算找到，没有条目或角色不同算漏掉，没有配上同角色短语的条目算多出。

文件名前缀是收入的批次。\`a-\`、\`b-\`、\`c-\` 是开发分析器时看过的文本。\`d-\` 到 \`x-\` 各是一个留出批（各 20 篇，
标注完成并提交之后才第一次交给分析器）：第一次测得的数字记在下表，之后它们的漏误都被用来改进分析器，它们现在的数字
已不再说明“没见过的文本”；要再看这一点，须另收一批、改完之后再测。只测一批或几批：\`npm run measure:extraction -- --only f-\`（多个前缀用逗号分隔，如
\`--only a-,b-,c-\`；输出格式相同，只是只计这些文本；不能与 \`--write\` 同用）。

留出批第一次测得的结果（召回率 / 精确率；“—”表示该批没有标注这种条目）：

| 批次 | 测量时的提交 | 问题 | 原因 | 对策 | 关联召回率 | 非本体裁文本找出条目 |
| --- | --- | --- | --- | --- | --- | --- |
| \`d-\` | 406c3f4 | 0.84 / 0.72 | — | 0.15 / 0.50 | 0.25（4 / 16） | 1 / 4 |
| \`e-\` | 9493c2a | 0.61 / 0.77 | — | 0.00（2 条）| — | 0 / 4 |
| \`f-\` | 2735f71 | 0.71 / 0.94 | 0.29 / 0.80 | 0.67 / 0.29 | 0.10（1 / 10） | 1 / 4（9 条） |
| \`g-\` | 8e97561 | 0.69 / 0.77 | 0.22 / 0.67 | 0.57 / 0.57 | 0.20（2 / 10） | 1 / 4（2 条） |
| \`h-\` | 8e97561 | 0.76 / 0.96 | 0.00（4 条） | 0.20 / 0.13 | 0.00（0 / 6） | 1 / 4（1 条） |
| \`i-\` | 9c6e7d9 | 0.55 / 0.85 | — | 0.22 / 0.29 | 0.25（1 / 4） | 0 / 4 |
| \`j-\` | 8f7644a | 0.59 / 0.82 | 0.78 / 0.88 | 0.77 / 0.74 | 0.50（8 / 16） | 2 / 4（4 条） |
| \`k-\` | 437e0eb | 0.57 / 0.78 | 0.00（4 条） | 0.33 / 0.67 | 0.06（1 / 17） | 2 / 4（5 条） |
| \`l-\` | 66064a0 | 0.35 / 0.56 | 0.83 / 0.71 | 0.29 / 0.42 | 0.22（4 / 18） | 1 / 4（1 条） |
| \`m-\` | 65520d0 | 0.58 / 0.96 | — | 0.00 / 0.00 | 0.00（0 / 11） | 0 / 4 |
| \`n-\` | 505e2ad | 0.32 / 0.64 | 0.00 / 0.00 | 0.00 / 0.00 | 0.00（0 / 16） | 1 / 4（4 条） |
| \`o-\` | e6b8905 | 0.60 / 0.77 | 0.69 / 1.00 | 0.82 / 0.75 | 0.53（8 / 15） | 1 / 4（5 条） |
| \`p-\` | e1bdbaa | 0.39 / 0.67 | 0.00（3 条） | 0.33 / 0.55 | 0.07（1 / 15） | 2 / 4（10 条） |
| \`q-\` | 9c1172b | 0.63 / 0.83 | 0.83 / 0.83 | 0.50 / 0.64 | 0.17（4 / 23） | 2 / 4（13 条） |
| \`r-\` | 2c09e63 | 0.46 / 0.81 | 1.00 / 0.60（3 条） | 0.40 / 0.67 | 0.22（4 / 18） | 1 / 4（3 条） |
| \`s-\` | 5214372 | 0.47 / 0.67 | 0.20 / 0.50 | 0.14 / 0.11 | 0.00（0 / 5） | 1 / 4（4 条） |
| \`t-\` | 566c4dd | 0.50 / 0.82 | 0.25 / 1.00（4 条） | 0.27 / 0.47 | 0.37（7 / 19） | 0 / 4 |
| \`u-\` | bb876f4 | 0.63 / 0.89 | 0.00 / 0.00（5 条） | 0.44 / 0.48 | 0.60（9 / 15） | 1 / 4（2 条） |
| \`v-\` | 930a2e0 | 0.32 / 0.64 | 0.00（9 条） | 0.26 / 0.39 | 0.10（2 / 20） | 1 / 4（2 条） |
| \`w-\` | 8cd2060 | 0.58 / 0.97 | 0.53 / 0.41 | 0.30 / 0.70 | 0.19（4 / 21） | 1 / 4（1 条） |
| \`x-\` | 41dc8a2 | 0.45 / 0.80 | 0.59 / 1.00 | 0.52 / 0.87 | 0.42（8 / 19） | 1 / 4（2 条） |

${report}`;
}
