import type { CorpusIndex } from './corpus.ts';

/** The problems × countermeasures table as the matrix page draws it: counts, totals and the heat steps. */
export interface ThemeMatrixView {
  rows: string[];
  columns: string[];
  /** `count(row, column)`: links behind a cell (0 when none). */
  count(row: string, column: string): number;
  rowTotal: Map<string, number>;
  columnTotal: Map<string, number>;
  total: number;
  /** Heat step 0–4 of a count (0 = none). */
  heat(n: number): number;
  /** The counts each step stands for, for the legend: `[{ step: 1, from: 1, to: 3 }, …]`. */
  legend: { step: number; from: number; to: number }[];
}

/** Rows and columns in codebook order, or by their totals (largest first, codebook order among equals). */
export type MatrixOrder = 'codebook' | 'total';

export const HEAT_STEPS = 4;

/** The publication year of the article a link belongs to (both its ends are in one article). */
function linkYear(index: CorpusIndex, link: number): number | undefined {
  const from = index.item.get(index.corpus.links[link].from);
  return from?.article.metadata.year?.value;
}

/** Years that have links, newest first (the matrix's year filter). */
export function matrixYears(index: CorpusIndex): number[] {
  const years = new Set<number>();
  for (const c of index.corpus.matrix.cells)
    for (const l of c.links) {
      const y = linkYear(index, l);
      if (y !== undefined) years.add(y);
    }
  return [...years].sort((a, b) => b - a);
}

/** The matrix view; `year` keeps only the links of articles published that year. */
export function themeMatrixView(index: CorpusIndex, order: MatrixOrder = 'codebook', year?: number): ThemeMatrixView {
  const { matrix } = index.corpus;
  const counted = (links: number[]) =>
    year === undefined ? links.length : links.filter((l) => linkYear(index, l) === year).length;
  const cells = new Map(matrix.cells.map((c) => [`${c.row}|${c.column}`, counted(c.links)]));
  const count = (r: string, c: string) => cells.get(`${r}|${c}`) ?? 0;
  const rowTotal = new Map(matrix.rows.map((r) => [r, matrix.columns.reduce((n, c) => n + count(r, c), 0)]));
  const columnTotal = new Map(matrix.columns.map((c) => [c, matrix.rows.reduce((n, r) => n + count(r, c), 0)]));
  const byTotal = (totals: Map<string, number>, ids: string[]) =>
    order === 'total'
      ? [...ids].sort((a, b) => totals.get(b)! - totals.get(a)! || ids.indexOf(a) - ids.indexOf(b))
      : ids;
  const max = Math.max(1, ...cells.values());
  const heat = (n: number) => (n === 0 ? 0 : Math.ceil((n / max) * HEAT_STEPS));
  const legend: ThemeMatrixView['legend'] = [];
  for (let n = 1; n <= max; n++) {
    const step = heat(n);
    const last = legend.at(-1);
    if (last?.step === step) last.to = n;
    else legend.push({ step, from: n, to: n });
  }
  return {
    rows: byTotal(rowTotal, matrix.rows),
    columns: byTotal(columnTotal, matrix.columns),
    count,
    rowTotal,
    columnTotal,
    total: [...rowTotal.values()].reduce((a, b) => a + b, 0),
    heat,
    legend,
  };
}
