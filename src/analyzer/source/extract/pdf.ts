/**
 * PDF (text layer, read with pdfjs-dist): lines rebuilt from glyph
 * positions, columns read one after the other, running headers, footers and
 * page numbers recorded with their page, paragraphs joined across wrapped
 * lines, columns and pages. Scanned, encrypted and damaged files are refused
 * with a message naming the file.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Diagnostic, ExtractedMetadata, Removed } from '../../types.ts';
import { findFurniture } from './pdf-furniture.ts';
import { type PageLine, pageLines, paragraphs, type Run } from './pdf-layout.ts';
import { type Extracted, refusal } from './result.ts';

/** The pages' glyph runs and sizes, as pdfjs gives them. */
export interface PdfPages {
  runs: Run[][];
  widths: number[];
  heights: number[];
  info: Record<string, unknown>;
}

/** The character maps CJK fonts without a ToUnicode table need (shipped with pdfjs-dist; read by pdfjs itself). */
const PDFJS_DATA = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/`;

/** Read every page's text layer. Throws pdfjs's errors (password, invalid file) for the caller to word. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPages> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy, and not a Buffer: pdfjs takes the buffer over and refuses Buffers
    verbosity: 0,
    cMapUrl: `${PDFJS_DATA}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DATA}standard_fonts/`,
  });
  try {
    const doc = await task.promise;
    const out: PdfPages = { runs: [], widths: [], heights: [], info: {} };
    out.info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c, d, e, f] = item.transform as number[];
        runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(c, d) || item.height });
      }
      out.runs.push(runs);
      out.widths.push(x1 - x0);
      out.heights.push(y1 - y0);
      page.cleanup();
    }
    return out;
  } finally {
    await task.destroy();
  }
}

export async function extractPdf(name: string, bytes: Uint8Array): Promise<Extracted> {
  let pdf: PdfPages;
  try {
    pdf = await readPdf(bytes);
  } catch (error) {
    const kind = (error as Error).name;
    if (kind === 'PasswordException') {
      throw refusal(
        'extract.pdf-encrypted',
        `${name} 有打开密码（已加密），无法读取。请用 PDF 阅读器输入密码打开后“另存为”或“打印为 PDF”一份不加密的文件。`,
      );
    }
    throw refusal(
      'extract.pdf-damaged',
      `${name} 不是完整的 PDF 文件（可能已损坏或只下载了一部分）。请重新下载该文件。`,
    );
  }
  const lines: PageLine[] = pdf.runs.flatMap((runs, i) =>
    pageLines(runs, pdf.widths[i]).map((l) => ({ ...l, page: i + 1 })),
  );
  const kinds = findFurniture(lines, pdf.heights);
  const body = lines.filter((_, i) => kinds[i] === undefined);
  if (body.length === 0) {
    throw refusal(
      'extract.pdf-scanned',
      `${name} 是扫描件（只有图像，没有文字层），需要先做 OCR 文字识别。请用带 OCR 的软件（如 WPS、Adobe Acrobat）识别后另存为 PDF 或 .docx，再放进 content/sources/。`,
    );
  }
  const { text, pages } = paragraphs(body, pdf.widths);
  const removed: Removed[] = [];
  const warnings: Diagnostic[] = [];
  lines.forEach((l, i) => {
    const kind = kinds[i];
    if (kind === undefined) return;
    const at =
      kind === 'running-header' || l.y > pdf.heights[l.page - 1] / 2
        ? pages[l.page - 1]
        : (pages[l.page] ?? text.length);
    removed.push({ kind, text: l.text, at, page: l.page });
  });
  // A page with no line of text but its header or number is a picture: a scanned page or a figure.
  const withText = new Set(body.map((l) => l.page));
  pdf.runs.forEach((_, i) => {
    if (withText.has(i + 1)) return;
    removed.push({ kind: 'image-page', text: '', at: pages[i], page: i + 1 });
    warnings.push({
      code: 'extract.pdf-image-page',
      message: `${name} 第 ${i + 1} 页只有图像、没有文字层（可能是扫描页），这一页的内容没有读入；需要时请对该页做 OCR 文字识别。`,
    });
  });
  removed.sort((a, b) => a.at - b.at || (a.page ?? 0) - (b.page ?? 0));
  return { format: 'pdf', text, removed, metadata: pdfMetadata(pdf.info), pages, warnings };
}

/** Title, author and dates from the document information dictionary. */
function pdfMetadata(info: Record<string, unknown>): ExtractedMetadata {
  const meta: ExtractedMetadata = { via: 'pdf-info' };
  const field = (k: string) => (typeof info[k] === 'string' && (info[k] as string).trim()) || undefined;
  const fields = {
    title: field('Title'),
    author: field('Author'),
    published: pdfDate(field('CreationDate')),
    modified: pdfDate(field('ModDate')),
  };
  for (const [k, v] of Object.entries(fields)) if (v) Object.assign(meta, { [k]: v });
  return meta;
}

/** `D:20230715180006+08'00'` → `2023-07-15 18:00:06` (as written, no time-zone arithmetic). */
function pdfDate(raw: string | undefined): string | undefined {
  const m = raw && /^D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?/.exec(raw);
  if (!m) return raw;
  return `${m[1]}-${m[2]}-${m[3]}${m[4] ? ` ${m[4]}:${m[5] ?? '00'}:${m[6] ?? '00'}` : ''}`;
}
