/**
 * Geometry of the two charts drawn at build time as SVG (FlowChart.astro, YearChart.astro): no chart script for
 * readers to download. Colours are `currentColor` and opacity, so the charts follow dark mode and print in black.
 */
import type { CorpusIndex } from './corpus.ts';
import type { ThemeMatrixView } from './theme-matrix.ts';

export interface FlowNode {
  id: string;
  y: number;
  height: number;
  total: number;
}
export interface FlowBand {
  row: string;
  column: string;
  n: number;
  /** Centre of the band at its two ends, and its width. */
  y0: number;
  y1: number;
  width: number;
}
export interface FlowLayout {
  width: number;
  height: number;
  left: FlowNode[];
  right: FlowNode[];
  bands: FlowBand[];
}

const GAP = 10;
const MIN_NODE = 14;

/** Stacks nodes top to bottom, each as tall as its share of `scale`, at least `MIN_NODE`. */
function stack(ids: string[], totals: Map<string, number>, scale: number): FlowNode[] {
  let y = 0;
  return ids.map((id) => {
    const total = totals.get(id) ?? 0;
    const node = { id, y, height: Math.max(MIN_NODE, total * scale), total };
    y += node.height + GAP;
    return node;
  });
}

/** The `limit` largest cells as bands from problem themes (left) to countermeasure themes (right). */
export function flowLayout(view: ThemeMatrixView, limit = 30, width = 720): FlowLayout {
  const cells = view.rows
    .flatMap((row) => view.columns.map((column) => ({ row, column, n: view.count(row, column) })))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, limit);
  const sum = (key: 'row' | 'column') => {
    const m = new Map<string, number>();
    for (const c of cells) m.set(c[key], (m.get(c[key]) ?? 0) + c.n);
    return m;
  };
  const rowSums = sum('row');
  const columnSums = sum('column');
  const rows = view.rows.filter((r) => rowSums.has(r));
  const columns = view.columns.filter((c) => columnSums.has(c));
  const total = cells.reduce((a, c) => a + c.n, 0);
  const scale = Math.max(1, 360 / Math.max(1, total));
  const left = stack(rows, rowSums, scale);
  const right = stack(columns, columnSums, scale);
  const leftAt = new Map(left.map((n) => [n.id, n.y]));
  const rightAt = new Map(right.map((n) => [n.id, n.y]));
  // Bands leave a node in the order of the nodes they reach, so they cross as little as the order allows.
  const ordered = [...cells].sort(
    (a, b) => rows.indexOf(a.row) - rows.indexOf(b.row) || columns.indexOf(a.column) - columns.indexOf(b.column),
  );
  const bands: FlowBand[] = [];
  for (const c of ordered) {
    const w = c.n * scale;
    const y0 = leftAt.get(c.row)!;
    leftAt.set(c.row, y0 + w);
    bands.push({ ...c, y0: y0 + w / 2, y1: 0, width: w });
  }
  for (const b of [...bands].sort(
    (x, y) => columns.indexOf(x.column) - columns.indexOf(y.column) || rows.indexOf(x.row) - rows.indexOf(y.row),
  )) {
    const y1 = rightAt.get(b.column)!;
    rightAt.set(b.column, y1 + b.width);
    b.y1 = y1 + b.width / 2;
  }
  const bottom = (nodes: FlowNode[]) => Math.max(0, ...nodes.map((n) => n.y + n.height));
  return { width, height: Math.max(bottom(left), bottom(right)), left, right, bands };
}

/** Items per theme per publication year (articles without a year are left out), themes in codebook order. */
export function yearGrid(index: CorpusIndex): {
  years: number[];
  themes: string[];
  count: Map<string, number>;
  max: number;
} {
  const count = new Map<string, number>();
  const years = new Set<number>();
  for (const { article } of index.articles) {
    const year = article.metadata.year?.value;
    if (year === undefined) continue;
    years.add(year);
    for (const item of article.items)
      for (const t of item.themes) count.set(`${t.theme}|${year}`, (count.get(`${t.theme}|${year}`) ?? 0) + 1);
  }
  const themes = index.corpus.themes.map((t) => t.id);
  return { years: [...years].sort((a, b) => a - b), themes, count, max: Math.max(1, ...count.values()) };
}
