import {
  type Article,
  type Corpus,
  type Diagnostic,
  type Item,
  linkStrength,
  type OutlineNode,
  ROLE_NAMES,
  UNCLASSIFIED,
} from '../../src/analyzer/index.ts';
import { removedSummary } from '../../src/lib/ui.ts';

const KIND_NAMES = { explicit: '明示', lexical: '词语', thematic: '议题' } as const;
const STRENGTH_NAMES = { strong: '强', medium: '中', weak: '弱' } as const;
const GAP_NAMES = {
  'unanswered-problem': '没有对策回应的问题',
  'unmatched-countermeasure': '不对应任何所述问题或原因的对策',
  'unlinked-cause': '没有对应问题的原因',
} as const;

/**
 * The text report `npm run analyze` prints: per article, its outline with
 * roles and item counts, themes, links, gaps and warnings; then the matrix.
 */
export function formatCorpus(corpus: Corpus): string {
  const out: string[] = [];
  const names = new Map(corpus.themes.map((t) => [t.id, t.name]));
  for (const source of corpus.sources) {
    // A Word, PDF or web-page source says so, and what extraction left out; a text file its encoding.
    const read = source.extraction
      ? `${source.extraction.format}，提取时去掉：${removedSummary(source.extraction.removed) || '无'}`
      : source.encoding;
    out.push(`# ${source.path}（${read}${source.traditional ? '，繁体' : ''}，${source.articles.length} 篇）`);
    for (const w of source.warnings) out.push(`  ! ${source.path}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    for (const article of source.articles) {
      out.push(...formatArticle(article, source.path));
      out.push(...formatAnalysis(article, corpus, names));
    }
    out.push('');
  }
  if (corpus.themes.length) out.push(...formatMatrix(corpus, names));
  return `${out.join('\n')}\n`;
}

function formatAnalysis(article: Article, corpus: Corpus, names: Map<string, string>): string[] {
  if (article.items.length === 0) return [];
  const lines = ['   条目：'];
  const byId = new Map(article.items.map((i) => [i.id, i]));
  for (const item of article.items) {
    const themes = item.themes.map((t) => `${names.get(t.theme) ?? t.theme}(${t.score})`).join('、') || '未归类';
    const ev = item.roleEvidence;
    const sure =
      ev.settledBy === 'list'
        ? '同一列举的其他各项都读作这一角色'
        : ev.margin === 0
          ? `以句末“${ev.words?.at(-1)}”为准`
          : `领先 ${ev.margin}`;
    const inferred = ev.source === 'inferred' ? `  （推断：${ev.words?.join('、')}，${sure}）` : '';
    lines.push(`     ${item.id}  ${short(item)}  〔${themes}〕${inferred}`);
  }
  const links = corpus.links.filter((l) => byId.has(l.from));
  if (links.length) lines.push('   关联（起点 → 终点，类型，得分，依据）：');
  for (const l of links) {
    lines.push(
      `     ${l.from} → ${l.to}  ${KIND_NAMES[l.kind]} ${l.score.toFixed(2)}（${STRENGTH_NAMES[linkStrength(l.score)]}）  ${l.evidence.slice(0, 4).join('、')}${l.source === 'override' ? '（人工）' : ''}`,
    );
  }
  for (const g of corpus.gaps.filter((x) => byId.has(x.item))) {
    lines.push(`   ⚠ 缺口：${GAP_NAMES[g.kind]} ${g.item}  ${short(byId.get(g.item)!)}`);
  }
  return lines;
}

function short(item: Item): string {
  return item.title.length > 24 ? `${item.title.slice(0, 24)}…` : item.title;
}

/** The corpus matrix as a text table: problem themes (rows) × countermeasure themes (columns). */
function formatMatrix(corpus: Corpus, names: Map<string, string>): string[] {
  const name = (id: string) => (id === UNCLASSIFIED ? '未归类' : (names.get(id) ?? id));
  const cols = corpus.matrix.columns;
  const count = new Map(corpus.matrix.cells.map((c) => [`${c.row}|${c.column}`, c.links.length]));
  const lines = [
    '# 问题议题 × 对策议题（单元格为关联数）',
    '',
    `列：${cols.map((c, i) => `${i + 1}=${name(c)}`).join('  ')}`,
  ];
  lines.push(['问题议题'.padEnd(16, '　'), ...cols.map((_, i) => String(i + 1).padStart(3))].join(''));
  for (const row of corpus.matrix.rows) {
    const cells = cols.map((c) => String(count.get(`${row}|${c}`) || '·').padStart(3));
    lines.push([name(row).slice(0, 16).padEnd(16, '　'), ...cells].join(''));
  }
  return lines;
}

function formatArticle(article: Article, path: string): string[] {
  const m = article.metadata;
  const title = m.title?.value ?? article.listingTitle ?? '（无标题）';
  const count = (role: string) => article.items.filter((i) => i.role === role).length;
  const lines = [
    '',
    `## ${article.label ?? `第${article.piece}篇`} ${title}  [${article.slug}]`,
    `   作者：${m.authors?.value.join('、') ?? '—'}  刊名：${m.journal?.value ?? '—'}  年/期：${m.year?.value ?? '—'}/${m.issue?.value ?? '—'}`,
    `   问题 ${count('problem')} · 原因 ${count('cause')} · 对策 ${count('countermeasure')} · 自动修改 ${article.edits.length} 处${article.abstractOnly ? ' · 仅有摘要' : ''}`,
  ];
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const node of nodes) {
      const items = article.items.filter((i) => i.node === node.id).length;
      const heading = node.marker
        ? `${node.marker.text}${node.heading}`
        : node.heading
          ? `【${node.heading}】`
          : node.role === 'conclusion'
            ? '（结语段）'
            : '（导言）';
      lines.push(`   ${'  '.repeat(depth)}${heading}  〔${ROLE_NAMES[node.role]}${items ? `，条目 ${items}` : ''}〕`);
      walk(node.children, depth + 1);
    }
  };
  walk(article.outline, 0);
  for (const w of article.warnings) lines.push(`   ! ${path}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  return lines;
}

/**
 * Failed files, one line per problem: path, what is wrong, what to do. The
 * files that failed themselves first, then those that failed because of them
 * (code `depends.*`: curricula and overrides citing a failed source's items).
 */
export function formatFailures(corpus: Pick<Corpus, 'failures'>): string {
  const own = corpus.failures.filter((f) => !f.diagnostics.every((d) => d.code.startsWith('depends.')));
  const dependent = corpus.failures.filter((f) => !own.includes(f));
  const out: string[] = [];
  const list = (failures: typeof own) => {
    for (const f of failures)
      for (const d of f.diagnostics) out.push(`  ✗ ${f.path}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  };
  if (own.length) out.push(`\n${own.length} 个文件未能分析：`);
  list(own);
  if (dependent.length) out.push(`\n因此受到影响的文件 ${dependent.length} 个：`);
  list(dependent);
  return `${out.join('\n')}\n`;
}

/** Warnings a build must not keep to `analyze`: corrections that were not applied (`others`: not of one source). */
export function formatBuildWarnings(corpus: Corpus, others: readonly Diagnostic[] = []): string {
  const out = others.map((w) => `  ! ${w.message}`);
  for (const source of corpus.sources)
    for (const w of source.warnings)
      if (w.code.startsWith('correction.')) out.push(`  ! ${source.path}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  return out.length ? `校正提示 ${out.length} 条：\n${out.join('\n')}` : '';
}
