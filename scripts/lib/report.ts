import type { Article, Corpus, OutlineNode, Role } from '../../src/analyzer/types.ts';

/** Role names as readers see them. */
export const ROLE_NAMES: Record<Role, string> = {
  context: '背景',
  problem: '问题',
  cause: '原因',
  countermeasure: '对策',
  conclusion: '结语',
  abstract: '摘要',
  references: '参考文献',
  other: '其他',
};

/** The text report `npm run analyze` prints: per article, its outline with roles, item counts, warnings. */
export function formatCorpus(corpus: Corpus): string {
  const out: string[] = [];
  for (const source of corpus.sources) {
    out.push(`# ${source.path}（${source.encoding}${source.traditional ? '，繁体' : ''}，${source.articles.length} 篇）`);
    for (const w of source.warnings) out.push(`  ! ${source.path}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    for (const article of source.articles) out.push(...formatArticle(article, source.path));
    out.push('');
  }
  return out.join('\n') + '\n';
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
      const heading = node.marker ? `${node.marker.text}${node.heading}` : node.role === 'conclusion' ? '（结语段）' : '（导言）';
      lines.push(`   ${'  '.repeat(depth)}${heading}  〔${ROLE_NAMES[node.role]}${items ? `，条目 ${items}` : ''}〕`);
      walk(node.children, depth + 1);
    }
  };
  walk(article.outline, 0);
  for (const w of article.warnings) lines.push(`   ! ${path}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  return lines;
}

/** Failed files, one block each: path, what is wrong, what to do. */
export function formatFailures(corpus: Corpus): string {
  const out = [`\n${corpus.failures.length} 个文件未能分析：`];
  for (const f of corpus.failures) for (const d of f.diagnostics) out.push(`  ✗ ${f.path}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  return out.join('\n') + '\n';
}
