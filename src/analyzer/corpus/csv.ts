/**
 * The corpus's tables as CSV for Excel and WPS: UTF-8 with BOM, CRLF, fields
 * quoted where needed, and every cell neutralised against formula injection
 * the way OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection):
 * a cell beginning with = + - @ tab or CR gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it.
 */
import { UNCLASSIFIED } from './matrix.ts';
import { LINK_KIND_NAMES, ROLE_NAMES } from '../names.ts';
import type { Corpus, Item, Link, ThemeMatrix } from '../types.ts';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text with a leading apostrophe when a spreadsheet would read it as a formula (CSV and .xlsx alike). */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as a CSV file's text. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The theme matrix as CSV for Excel and WPS: UTF-8 with BOM, CRLF, quoted where needed. */
export function matrixCsv(matrix: ThemeMatrix, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? (id === UNCLASSIFIED ? '未归类' : id);
  const count = new Map(matrix.cells.map((c) => [`${c.row}\u0000${c.column}`, c.links.length]));
  const lines = [['问题议题 \\ 对策议题', ...matrix.columns.map(name)]];
  for (const row of matrix.rows)
    lines.push([name(row), ...matrix.columns.map((c) => String(count.get(`${row}\u0000${c}`) ?? 0))]);
  return csvText(lines);
}

/** The links as CSV (one row per link, with both items' titles and the evidence). */
export function linksCsv(links: readonly Link[], items: ReadonlyMap<string, Item>): string {
  const header = ['起点', '起点角色', '起点标题', '终点', '终点角色', '终点标题', '类型', '得分', '依据', '来源'];
  const rows = links.map((l) => {
    const from = items.get(l.from);
    const to = items.get(l.to);
    return [
      l.from,
      from ? ROLE_NAMES[from.role] : '',
      from?.title ?? '',
      l.to,
      to ? ROLE_NAMES[to.role] : '',
      to?.title ?? '',
      LINK_KIND_NAMES[l.kind],
      l.score.toFixed(3),
      l.evidence.join('；'),
      l.source === 'override' ? '人工' : '自动',
    ];
  });
  return csvText([header, ...rows]);
}

/**
 * Every problem, cause and countermeasure, one row each, for a spreadsheet or
 * a QDA tool: id, article, role, title, themes (names), the items it is linked
 * with, and its text (`names`: theme id → name).
 */
export function itemsCsv(corpus: Pick<Corpus, 'sources' | 'links'>, names: ReadonlyMap<string, string>): string {
  const linked = new Map<string, string[]>();
  for (const l of corpus.links) {
    linked.set(l.from, [...(linked.get(l.from) ?? []), l.to]);
    linked.set(l.to, [...(linked.get(l.to) ?? []), l.from]);
  }
  const header = ['条目', '文章', '篇名', '角色', '序号', '标题', '议题', '关联条目', '正文'];
  const rows = corpus.sources.flatMap((s) =>
    s.articles.flatMap((a) =>
      a.items.map((i) => [
        i.id,
        a.slug,
        a.metadata.title?.value ?? '',
        ROLE_NAMES[i.role],
        String(i.ordinal),
        i.title,
        i.themes.map((t) => names.get(t.theme) ?? t.theme).join('；'),
        (linked.get(i.id) ?? []).join('；'),
        i.text,
      ]),
    ),
  );
  return csvText([header, ...rows]);
}
