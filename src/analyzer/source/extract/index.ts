/**
 * The front door for files that are not plain text: bytes in, the text the
 * pipeline reads out, with what extraction left out (and where) and what the
 * file says about itself. Pure: the libraries are given the bytes, never a
 * path. Plain text (`.txt`) is not extracted: `decode` reads it.
 */
import type { Diagnostic } from '../../types.ts';
import { extractDoc } from './doc.ts';
import { extractDocx } from './docx.ts';
import { fileEnding, formatOf, REFUSED_FORMATS, type SourceFormat } from './formats.ts';
import { extractHtml } from './html.ts';
import { extractMhtml } from './mhtml.ts';
import { extractPdf } from './pdf.ts';
import { type Extracted, Refusal } from './result.ts';

export type { Extracted } from './result.ts';
export { fileEnding, formatOf, REFUSED_FORMATS, SOURCE_FORMATS, type SourceFormat } from './formats.ts';

export type ExtractResult = { ok: true; value: Extracted | null } | { ok: false; diagnostics: Diagnostic[] };

const EXTRACTORS = {
  docx: extractDocx,
  doc: extractDoc,
  pdf: extractPdf,
  html: extractHtml,
  mhtml: extractMhtml,
} as const;

/**
 * Extract the text of a source file by its name's ending: `null` for plain
 * text (decoded later), a message naming the file for what cannot be read.
 * Never throws on bad input.
 * @param path the file's path as shown in messages
 */
export async function extract(path: string, bytes: Uint8Array): Promise<ExtractResult> {
  const name = path.split('/').pop() ?? path;
  const refused = REFUSED_FORMATS[fileEnding(name)];
  if (refused) return fail('extract.unsupported', `${name} ${refused}`);
  const named = formatOf(name);
  if (named === undefined || named === 'txt') return { ok: true, value: null };
  if (bytes.length === 0) return fail('extract.empty', `${name} 是空文件（0 字节）：请重新下载或保存该文件。`);
  try {
    const format = sniff(name, named, bytes);
    const value = await EXTRACTORS[format](name, bytes);
    if (value.text.trim() === '') {
      return fail('extract.blank', `${name} 中没有找到任何文字。请用 Word、浏览器或 PDF 阅读器打开它确认有正文。`);
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, diagnostics: [error.diagnostic] };
    // The library's own words are English and about its internals: the reader gets what to do.
    return fail(
      'extract.damaged',
      `${name} 无法读取：文件可能已损坏，或内容与扩展名不符。请重新下载，或用原来的程序打开后另存一份（Word 文件存为 .docx）。`,
    );
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The format the bytes are, where they say otherwise than the name: Word
 * files renamed between .doc and .docx, web pages that document sites hand
 * out as `.doc`, and login pages saved under a PDF's name. An encrypted .docx is an OLE file holding an
 * `EncryptedPackage` stream.
 */
function sniff(name: string, format: Exclude<SourceFormat, 'txt'>, bytes: Uint8Array): Exclude<SourceFormat, 'txt'> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  const page = head.startsWith('<') && /<html|<!doctype html|<body/.test(head);
  if (format === 'pdf' && page && !head.includes('%pdf-')) {
    throw new Refusal(
      'extract.pdf-is-page',
      `${name} 其实是一个网页（多半是下载时网站返回的登录或错误页面），不是 PDF。请登录后重新下载全文 PDF。`,
    );
  }
  if (format !== 'doc' && format !== 'docx') return format;
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE)) {
    const utf16 = Buffer.from(bytes.subarray(0, 65536)).toString('utf16le');
    if (format === 'docx' && utf16.includes('EncryptedPackage')) {
      throw new Refusal(
        'extract.docx-encrypted',
        `${name} 有打开密码（已加密），无法读取。请用 Word/WPS 输入密码打开，取消密码后另存为 .docx。`,
      );
    }
    return 'doc';
  }
  if (page) return 'html';
  if (head.startsWith('{\\rtf')) throw new Refusal('extract.unsupported', `${name} ${REFUSED_FORMATS['.rtf']}`);
  throw new Refusal(
    'extract.not-word',
    `${name} 不是 Word 文档（既不是 .docx 也不是 Word 97–2003 格式），可能已损坏或扩展名不对。请用 Word/WPS 打开后另存为 .docx。`,
  );
}

function fail(code: string, message: string): ExtractResult {
  return { ok: false, diagnostics: [{ code, message }] };
}
