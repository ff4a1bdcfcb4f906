import { UNCLASSIFIED } from '../analyzer/corpus/matrix.ts';
import { LINK_KIND_NAMES, ROLE_NAMES } from '../analyzer/names.ts';
import type { Corpus, Item } from '../analyzer/types.ts';

/** One worksheet: Chinese column headers and rows of plain values (no formulas). */
export interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}

/** Every item of the corpus, in reading order. */
export function corpusItems(corpus: Corpus): { item: Item; article: string }[] {
  return corpus.sources.flatMap((s) => s.articles.flatMap((a) => a.items.map((item) => ({ item, article: a.slug }))));
}

/**
 * The workbook for Excel/WPS: items, the theme matrix with totals, links with
 * evidence and score, themes with definitions. `itemUrl` gives an item's page
 * address. Values as they are: the writer neutralises formula-like text.
 */
export function workbookSheets(corpus: Corpus, itemUrl: (article: string, item: string) => string): Sheet[] {
  const themeName = new Map(corpus.themes.map((t) => [t.id, t.name]));
  const name = (id: string) => themeName.get(id) ?? (id === UNCLASSIFIED ? '未归类' : id);
  const targets = new Map<string, string[]>();
  for (const l of corpus.links) targets.set(l.from, [...(targets.get(l.from) ?? []), l.to]);
  const items = corpusItems(corpus);
  const count = new Map(corpus.matrix.cells.map((c) => [`${c.row}\u0000${c.column}`, c.links.length]));
  const cell = (row: string, column: string) => count.get(`${row}\u0000${column}`) ?? 0;
  const matrixRows = corpus.matrix.rows.map((row) => {
    const counts = corpus.matrix.columns.map((c) => cell(row, c));
    return [name(row), ...counts, counts.reduce((a, b) => a + b, 0)];
  });
  const columnTotals = corpus.matrix.columns.map((c) => corpus.matrix.rows.reduce((sum, r) => sum + cell(r, c), 0));
  const roleOf = new Map(items.map(({ item }) => [item.id, item.role]));
  return [
    {
      name: '条目',
      columns: [
        { header: '条目编号', width: 24 },
        { header: '文章', width: 14 },
        { header: '角色', width: 8 },
        { header: '标题', width: 50 },
        { header: '议题', width: 30 },
        { header: '关联条目', width: 30 },
        { header: '网址', width: 40 },
      ],
      rows: items.map(({ item, article }) => [
        item.id,
        article,
        ROLE_NAMES[item.role],
        item.title,
        item.themes.map((t) => name(t.theme)).join('、'),
        (targets.get(item.id) ?? []).join('、'),
        itemUrl(article, item.id),
      ]),
    },
    {
      name: '矩阵',
      columns: [
        { header: '问题议题 \\ 对策议题', width: 24 },
        ...corpus.matrix.columns.map((c) => ({ header: name(c), width: 12 })),
        { header: '合计', width: 8 },
      ],
      rows: [...matrixRows, ['合计', ...columnTotals, columnTotals.reduce((a, b) => a + b, 0)]],
    },
    {
      name: '关联',
      columns: [
        { header: '起点', width: 24 },
        { header: '起点角色', width: 8 },
        { header: '终点', width: 24 },
        { header: '终点角色', width: 8 },
        { header: '类型', width: 8 },
        { header: '得分', width: 8 },
        { header: '依据', width: 50 },
        { header: '来源', width: 8 },
      ],
      rows: corpus.links.map((l) => [
        l.from,
        ROLE_NAMES[roleOf.get(l.from) ?? 'problem'],
        l.to,
        ROLE_NAMES[roleOf.get(l.to) ?? 'countermeasure'],
        LINK_KIND_NAMES[l.kind],
        l.score,
        l.evidence.join('；'),
        l.source === 'override' ? '人工' : '自动',
      ]),
    },
    {
      name: '议题',
      columns: [
        { header: '议题编号', width: 24 },
        { header: '名称', width: 16 },
        { header: '分组', width: 12 },
        { header: '定义', width: 80 },
        { header: '关键词', width: 40 },
      ],
      rows: corpus.themes.map((t) => [
        t.id,
        t.name,
        t.group ?? '',
        t.definition,
        t.terms.map((x) => x.term).join('、'),
      ]),
    },
  ];
}

/** As in links.csv. */
