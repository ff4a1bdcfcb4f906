/**
 * The analysts' files as bytes: the Excel workbook (exceljs) and the zip
 * archives (jszip), every zip entry dated alike so that the same corpus gives
 * byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Corpus, neutralise } from '../../src/analyzer/index.ts';
import { articleTitle, articleUrl } from '../../src/lib/corpus.ts';
import { type ImportResult, importProject } from '../../src/qda/import.ts';
import { codebookXml, projectXml } from '../../src/qda/refi.ts';
import { type Sheet, workbookSheets } from '../../src/qda/workbook.ts';

/** Date given to every zip entry and to the workbook's properties (no build time leaks in). */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** A zip of `entries` in the given order, every entry dated `FIXED_DATE`, deflated. */
export async function fixedZip(entries: Iterable<readonly [string, string | Uint8Array]>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * The workbook (.xlsx): one worksheet per sheet, header row in bold and frozen (the first column too),
 * every text cell neutralised against formula injection as in the CSV files.
 */
export async function xlsxBytes(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ccpb';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: neutralise(c.header), width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(sheet.rows.map((row) => row.map((v) => (typeof v === 'string' ? neutralise(v) : v))));
  }
  // exceljs dates its zip entries with the current time: copy them into a zip with fixed dates.
  const written = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const names = Object.keys(written.files).filter((n) => !written.files[n].dir);
  return fixedZip(await Promise.all(names.map(async (n) => [n, await written.file(n)!.async('uint8array')] as const)));
}

/** The worksheets of an .xlsx file as rows of values (header row first), for checks. */
export async function readXlsx(bytes: Uint8Array): Promise<Map<string, (string | number | null)[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out = new Map<string, (string | number | null)[][]>();
  book.eachSheet((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.push(values.map((v) => (v === undefined || v === null ? null : (v as string | number))));
    });
    out.set(ws.name, rows);
  });
  return out;
}

/** The REFI-QDA project (.qdpx): project.qde and each article's text under `sources/` (UTF-8, no BOM). */
export async function qdpxBytes(corpus: Corpus, name = PROJECT_NAME): Promise<Uint8Array> {
  const { xml, files } = projectXml(corpus, { name, articleTitle });
  return fixedZip([['project.qde', xml], ...files]);
}

/** The REFI-QDA codebook (.qdc). */
export function qdcText(corpus: Corpus): string {
  return codebookXml(corpus.themes);
}

const PROJECT_NAME = '城市社区党建问题与对策';

/** The analysts' formats and the file each is written to. */
export const QDA_FORMATS = { xlsx: 'corpus.xlsx', qdc: 'codebook.qdc', qdpx: 'corpus.qdpx' } as const;
export type QdaFormat = keyof typeof QDA_FORMATS;

/** The bytes of one format. */
export async function qdaBytes(corpus: Corpus, format: QdaFormat): Promise<Uint8Array> {
  if (format === 'xlsx') return xlsxBytes(workbookSheets(corpus, articleUrl));
  if (format === 'qdc') return new TextEncoder().encode(qdcText(corpus));
  return qdpxBytes(corpus);
}

/** Write the given formats into `folder` (default: all); returns the files written. */
export async function writeQdaExports(
  corpus: Corpus,
  folder: string,
  formats: readonly QdaFormat[] = Object.keys(QDA_FORMATS) as QdaFormat[],
): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (const format of formats) {
    const path = join(folder, QDA_FORMATS[format]);
    writeFileSync(path, await qdaBytes(corpus, format));
    paths.push(path);
  }
  return paths;
}

/** A .qdpx read back against `corpus`: override entries and what could not be taken over. */
export async function importQdpx(bytes: Uint8Array, corpus: Corpus): Promise<ImportResult> {
  const none = (problem: string) => ({ overrides: { items: {}, links: { add: [], remove: [] } }, problems: [problem] });
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  if (!zip) return none('文件不是可读的 zip 压缩包：请给出 QDA 软件导出的 .qdpx 项目文件。');
  const qde = zip.file(/(^|\/)project\.qde$/i)[0];
  if (!qde) return none('文件中没有 project.qde，不是 REFI-QDA 项目（.qdpx）。');
  // Tools differ in the folder's case (sources/, Sources/): look files up without regard to case.
  const texts = new Map<string, string>();
  for (const file of Object.values(zip.files))
    if (!file.dir && /^sources\//i.test(file.name)) texts.set(file.name.toLowerCase(), await file.async('string'));
  return importProject(await qde.async('string'), corpus, (path) =>
    texts.get(path.toLowerCase())?.replace(/^\uFEFF/, ''),
  );
}
