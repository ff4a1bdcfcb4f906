import { describe, expect, it } from 'vitest';
import { UNCLASSIFIED } from '../../src/analyzer/index.ts';
import { articleUrl } from '../../src/lib/corpus.ts';
import { corpusItems, workbookSheets } from '../../src/qda/workbook.ts';
import { neutralise } from '../../src/analyzer/index.ts';
import { readXlsx, xlsxBytes } from '../../scripts/lib/qda-files.ts';
import { seedCorpus } from '../analyze-helpers.ts';

const corpus = await seedCorpus();
const sheets = workbookSheets(corpus, articleUrl);

describe('Excel workbook', () => {
  it('reads back with the items and the matrix of the corpus', async () => {
    const book = await readXlsx(await xlsxBytes(sheets));
    expect([...book.keys()]).toEqual(['条目', '矩阵', '关联', '议题']);
    const items = book.get('条目')!;
    expect(items[0]).toEqual(['条目编号', '文章', '角色', '标题', '议题', '关联条目', '网址']);
    const expected = corpusItems(corpus);
    expect(items.slice(1).map((r) => r[0])).toEqual(expected.map((x) => x.item.id));
    expect(items.slice(1).map((r) => r[3])).toEqual(expected.map((x) => neutralise(x.item.title)));
    const names = new Map(corpus.themes.map((t) => [t.id, t.name]));
    const matrix = book.get('矩阵')!;
    for (const cell of corpus.matrix.cells) {
      const row = matrix.find((r) => r[0] === (names.get(cell.row) ?? (cell.row === UNCLASSIFIED ? '未归类' : '')))!;
      const col = corpus.matrix.columns.indexOf(cell.column) + 1;
      expect(row[col]).toBe(cell.links.length);
    }
    const total = corpus.matrix.cells.reduce((n, c) => n + c.links.length, 0);
    expect(matrix.at(-1)!.at(-1)).toBe(total);
    expect(book.get('关联')!.length - 1).toBe(corpus.links.length);
  });

  it('is byte-identical when written twice', async () => {
    expect(Buffer.from(await xlsxBytes(sheets)).equals(Buffer.from(await xlsxBytes(sheets)))).toBe(true);
  });

  it('neutralises text cells a spreadsheet would read as formulas, and leaves numbers alone', async () => {
    const sheet = {
      name: 't',
      columns: [{ header: '=A1', width: 8 }],
      rows: [['=1+1'], ['+86'], ['-2'], ['@SUM(A1)'], ['\tx'], ['问题=1'], [-2]],
    };
    const rows = (await readXlsx(await xlsxBytes([sheet]))).get('t')!;
    expect(rows.map((r) => r[0])).toEqual(["'=A1", "'=1+1", "'+86", "'-2", "'@SUM(A1)", "'\tx", '问题=1', -2]);
  });
});
