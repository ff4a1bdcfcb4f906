/** The extraction measurement as Markdown tables (for the terminal, `docs/extraction.md` and the README). */
import type { ItemRole } from '../../../src/analyzer/index.ts';
import { FORMS } from './truth.ts';
import { type Counts, precision, ROLES, recall, type TextScore, totalCounts } from './score.ts';

const ROLE_NAMES: Record<ItemRole, string> = { problem: '问题', cause: '原因', countermeasure: '对策' };
const f2 = (x: number) => x.toFixed(2);
const sum = (c: Record<ItemRole, Counts>): Counts =>
  ROLES.reduce(
    (t, r) => ({ found: t.found + c[r].found, missed: t.missed + c[r].missed, spurious: t.spurious + c[r].spurious }),
    { found: 0, missed: 0, spurious: 0 },
  );

/** The per-role table, the link and genre lines, and one row per form and per domain. */
export function extractionReport(scores: readonly TextScore[]): string {
  const genre = scores.filter((s) => s.truth.genre);
  const other = scores.filter((s) => !s.truth.genre);
  const total = totalCounts(scores);
  const links = scores.reduce((t, s) => ({ found: t.found + s.links.found, of: t.of + s.links.of }), {
    found: 0,
    of: 0,
  });
  const lines = [
    `开发语料：${genre.length} 篇本体裁文本，${other.length} 篇非本体裁文本。`,
    '',
    '| 角色 | 标注 | 找到 | 漏掉 | 多出 | 召回率 | 精确率 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...ROLES.map((r) => {
      const c = total[r];
      return `| ${ROLE_NAMES[r]} | ${c.found + c.missed} | ${c.found} | ${c.missed} | ${c.spurious} | ${f2(recall(c))} | ${f2(precision(c))} |`;
    }),
    '',
    `关联召回率：${links.of ? f2(links.found / links.of) : '—'}（${links.found} / ${links.of}）。`,
    `非本体裁文本中找出条目的：${other.filter((s) => s.itemsInNonGenre > 0).length} / ${other.length} 篇（共 ${other.reduce((t, s) => t + s.itemsInNonGenre, 0)} 条）。`,
    '',
    groupTable('写法', FORMS, (s, form) => s.truth.forms.includes(form), scores),
    '',
    groupTable('领域', [...new Set(scores.map((s) => s.truth.domain))].sort(), (s, d) => s.truth.domain === d, scores),
  ];
  return `${lines.join('\n')}\n`;
}

function groupTable<K extends string>(
  label: string,
  keys: readonly K[],
  has: (s: TextScore, key: K) => boolean,
  scores: readonly TextScore[],
): string {
  const rows = keys.flatMap((k) => {
    const group = scores.filter((s) => has(s, k));
    if (group.length === 0) return [];
    const c = sum(totalCounts(group));
    return [`| ${k} | ${group.length} | ${c.found + c.missed} | ${f2(recall(c))} | ${f2(precision(c))} |`];
  });
  return [`| ${label} | 篇数 | 标注条目 | 召回率 | 精确率 |`, '| --- | ---: | ---: | ---: | ---: |', ...rows].join(
    '\n',
  );
}

/** What each text missed and added (items and links), for the person improving the analyzer. */
export function extractionDetails(scores: readonly TextScore[]): string {
  return scores
    .filter((s) => s.missedPhrases.length || s.spuriousItems.length || s.missedLinks.length)
    .map((s) =>
      [
        `## ${s.name}`,
        ...s.missedPhrases.map((p) => `- 漏掉 ${p}`),
        ...s.spuriousItems.map((p) => `- 多出 ${p}`),
        ...s.missedLinks.map((l) => `- 漏掉关联 ${l}`),
      ].join('\n'),
    )
    .join('\n\n');
}
