/**
 * Where the parts of the problem × countermeasure matrix live. The matrix page holds only the table (its size
 * depends on the codebook, not on the collection); a cell's links are on the page of its row's theme, and the
 * per-article matrices and gaps are listed a fixed number of articles a page.
 */
import { sitePath } from './site.ts';

/** Articles per page of /matrix/articles/. */
export const ARTICLES_PER_PAGE = 50;
/** Links listed under a cell (its strongest); the rest are in the data download. */
export const CELL_LINKS = 20;

/** The matrix with rows and columns by their totals (src/pages/matrix/sorted.astro), from the site's root. */
export const SORTED_MATRIX_URL = '/matrix/sorted/';
/** The matrix as a spreadsheet (written by scripts/, listed on /data/), from the site's root. */
export const MATRIX_CSV = '/data/matrix.csv';

/** The matrix limited to the articles of one year (src/pages/matrix/year/[year].astro). */
export function matrixYearUrl(year: number): string {
  return sitePath(`/matrix/year/${year}/`);
}

/** Anchor of a cell's evidence on its row page. */
export function cellId(row: string, column: string): string {
  return `cell-${row}-${column}`;
}

/** Page listing the cells of one problem theme (a matrix row). */
export function matrixRowUrl(row: string): string {
  return sitePath(`/matrix/${row}/`);
}

/** Address of a cell's evidence. */
export function cellUrl(row: string, column: string): string {
  return `${matrixRowUrl(row)}#${cellId(row, column)}`;
}

/** Page `n` (from 1) of the per-article matrices; page 1 is /matrix/articles/. */
export function articleMatricesUrl(n = 1): string {
  return sitePath(n <= 1 ? '/matrix/articles/' : `/matrix/articles/${n}/`);
}
