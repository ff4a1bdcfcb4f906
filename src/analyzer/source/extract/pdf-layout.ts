/**
 * A PDF page's glyph runs as lines in reading order: runs on one baseline
 * make a line; a page with a gutter down its middle is read column by
 * column, lines spanning both columns (titles, abstracts) kept in place.
 */

/** A run of glyphs from the text layer: text, left edge, baseline, width, font size (PDF units, y up). */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of a page: its text and geometry. */
export interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Across the page (`S`), or in its left or right column. */
  side: 'S' | 'L' | 'R';
}

/** Lines of one page in reading order. */
export function pageLines(runs: readonly Run[], pageWidth: number): Line[] {
  const visible = runs.filter((r) => r.text.trim() !== '' && r.size > 0);
  const gutter = findGutter(visible, pageWidth);
  // A row of runs on one baseline is cut at the gutter only where a gap straddles it: a centred heading
  // whose first characters end left of the middle is still one line across both columns.
  const lines: Line[] = [];
  for (const row of rows(visible)) {
    if (gutter === undefined) {
      lines.push({ ...toLine(row), side: 'S' });
      continue;
    }
    const left = row.filter((r) => r.x + r.width <= gutter + r.size / 2);
    const right = row.filter((r) => !left.includes(r));
    const gap = right.length && left.length ? right[0].x - Math.max(...left.map((r) => r.x + r.width)) : 0;
    if (left.length && right.length && gap < row[0].size) lines.push({ ...toLine(row), side: 'S' });
    else {
      if (left.length)
        lines.push({
          ...toLine(left),
          side: right.length || left.at(-1)!.x + left.at(-1)!.width <= gutter ? 'L' : 'S',
        });
      if (right.length) lines.push({ ...toLine(right), side: right[0].x >= gutter || left.length ? 'R' : 'S' });
    }
  }
  if (gutter === undefined) return sortDown(lines);
  // Between two spanning lines, the left column's lines come before the right column's.
  const out: Line[] = [];
  const spanning = sortDown(lines.filter((l) => l.side === 'S'));
  let above = Number.POSITIVE_INFINITY;
  for (const stop of [...spanning, undefined]) {
    const below = stop ? stop.y : Number.NEGATIVE_INFINITY;
    for (const s of ['L', 'R'] as const) {
      out.push(...sortDown(lines.filter((l) => l.side === s && l.y < above && l.y >= below)));
    }
    if (stop) out.push(stop);
    above = below;
  }
  return out;
}

const sortDown = <T extends Line>(lines: T[]): T[] => lines.sort((a, b) => b.y - a.y || a.left - b.left);

/** Runs on one baseline (within a third of the font size), each row left to right. */
function rows(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Run[][] = [];
  for (const r of sorted) {
    const row = out.at(-1);
    if (row && Math.abs(row[0].y - r.y) <= Math.max(row[0].size, r.size) / 3) row.push(r);
    else out.push([r]);
  }
  for (const row of out) row.sort((a, b) => a.x - b.x);
  return out;
}

const CJK_CHAR = '[\\p{Script=Han}\\u2e80-\\u2fdf\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const CJK_GAP = new RegExp(`(?<=${CJK_CHAR}) +(?=${CJK_CHAR})`, 'gu');

/** A row's runs as one line of text. */
function toLine(row: readonly Run[]): Line {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const r of row) {
    // A visible gap between Latin letters or digits is a space; CJK text has none.
    if (text && r.x - end > r.size * 0.25 && /[\w.,;:]$/.test(text) && /^[\w(]/.test(r.text)) text += ' ';
    text += r.text;
    end = r.x + r.width;
  }
  // pdfjs writes a space where a justified line spreads its glyphs; between Chinese characters it is none.
  text = text.replace(CJK_GAP, '');
  const left = row[0].x;
  const right = Math.max(...row.map((r) => r.x + r.width));
  const size = Math.max(...row.map((r) => r.size));
  return { text: text.trim(), left, right, y: row[0].y, size, side: 'S' };
}

/**
 * The x of a gutter between two columns: the place in the middle third of
 * the page that fewest runs cross, few enough, with text on both sides.
 * Undefined for a one-column page.
 */
function findGutter(runs: readonly Run[], width: number): number | undefined {
  if (runs.length < 8 || width <= 0) return undefined;
  const step = width / 200;
  const crossing = new Array<number>(201).fill(0);
  for (const r of runs) {
    for (let i = Math.ceil(r.x / step); i * step <= r.x + r.width && i <= 200; i++) crossing[i]++;
  }
  let best: number | undefined;
  let bestCount = Number.POSITIVE_INFINITY;
  for (let i = 67; i <= 133; i++) {
    if (crossing[i] < bestCount) {
      bestCount = crossing[i];
      best = i * step;
    }
  }
  if (best === undefined) return undefined;
  const leftOnly = runs.filter((r) => r.x + r.width <= best).length;
  const rightOnly = runs.filter((r) => r.x >= best).length;
  // Most runs sit on one side or the other; only titles and the like cross. A piece may end high in the
  // left column, leaving little in the right one.
  const enough = Math.max(3, runs.length * 0.05);
  return bestCount <= runs.length * 0.15 && leftOnly >= enough && rightOnly >= enough ? best : undefined;
}

/** A line with the page it is on (1-based). */
export type PageLine = Line & { page: number };

/**
 * Visual lines joined into paragraphs, one a line of the text: a line
 * continues the paragraph when the one before reached its column's right
 * edge and this one is not indented and of the same size (journals indent
 * each paragraph's first line). A paragraph may go on in the next column or
 * on the next page. Returns the text and where each page's text starts in it.
 */
export function paragraphs(lines: readonly PageLine[], widths: readonly number[]): { text: string; pages: number[] } {
  // A column's edges: where its body lines start and end at the farthest (furniture is gone by now).
  const edges = new Map<string, { left: number; right: number }>();
  for (const l of lines) {
    const key = `${l.page} ${l.side}`;
    const e = edges.get(key) ?? { left: l.left, right: l.right };
    edges.set(key, { left: Math.min(e.left, l.left), right: Math.max(e.right, l.right) });
  }
  const edge = (l: PageLine) => edges.get(`${l.page} ${l.side}`)!;
  let text = '';
  const pages: number[] = [];
  let prev: PageLine | undefined;
  for (const l of lines) {
    const em = l.size;
    const continues =
      prev !== undefined &&
      // a full line of a column at least 30 % of the page wide (a few short lines alone are no column)
      edge(prev).right - prev.right < em * 1.5 &&
      edge(prev).right - edge(prev).left >= widths[prev.page - 1] * 0.3 &&
      l.left - edge(l).left < em * 0.8 &&
      Math.abs(prev.size - l.size) < 0.5 &&
      // the next line below, or the top of the next column or page
      (l.y > prev.y || l.page !== prev.page || prev.y - l.y < em * 2.2);
    if (prev !== undefined && !continues) text += '\n';
    while (pages.length < l.page) pages.push(text.length);
    text += l.text;
    prev = l;
  }
  while (pages.length < widths.length) pages.push(text.length);
  return { text, pages };
}
