/** The extraction measurement as Markdown tables (for the terminal, `docs/extraction.md` and the README). */
import { type ItemRole, ROLE_NAMES } from '../../../src/analyzer/index.ts';
import { FORMS } from './truth.ts';
import {
  type Counts,
  precision,
  ROLES,
  recall,
  type TextScore,
  type ThemeCounts,
  totalCounts,
  totalThemes,
} from './score.ts';

const f2 = (x: number) => x.toFixed(2);
const sum = (c: Record<ItemRole, Counts>): Counts =>
  ROLES.reduce(
    (t, r) => ({ found: t.found + c[r].found, missed: t.missed + c[r].missed, spurious: t.spurious + c[r].spurious }),
    { found: 0, missed: 0, spurious: 0 },
  );

/**
 * The per-role table, the link and genre lines, one row per form and per
 * domain, and the themes against the hand coding (`themeNames`: id → name).
 */
export function extractionReport(scores: readonly TextScore[], themeNames: Record<string, string> = {}): string {
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
    '',
    themeTable(totalThemes(scores), scores.filter((s) => s.themes.items > 0).length, themeNames),
  ];
  return `${lines.join('\n')}\n`;
}

/** Micro precision, recall and F1 of the automatic themes against the coder's, and a row per theme. */
function themeTable(t: ThemeCounts, texts: number, names: Record<string, string>): string {
  const p = t.both + t.autoOnly ? t.both / (t.both + t.autoOnly) : 1;
  const r = t.both + t.coderOnly ? t.both / (t.both + t.coderOnly) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const rows = Object.entries(t.perTheme)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, c]) => {
      const tp = c.both + c.autoOnly ? f2(c.both / (c.both + c.autoOnly)) : '—';
      const tr = c.both + c.coderOnly ? f2(c.both / (c.both + c.coderOnly)) : '—';
      return `| ${names[id] ?? id} | ${c.both} | ${c.coderOnly} | ${c.autoOnly} | ${tp} | ${tr} |`;
    });
  return [
    `主题：${t.items} 个条目（${texts} 篇）由编码员只按定义编码，与自动主题相比，精确率 ${f2(p)}、召回率 ${f2(r)}、F1 ${f2(f)}；编码员的主主题在自动主题之中的：${t.mainAmong} / ${t.items}。`,
    '',
    '| 主题 | 两者都给 | 只有人工 | 只有自动 | 精确率 | 召回率 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
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
