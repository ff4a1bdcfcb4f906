import iconv from 'iconv-lite';
import type { Decoded, Diagnostic } from '../types.ts';
import { HAN } from '../text/chars.ts';

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; error: Diagnostic };

/** Every Han character (global, for counting). */
const HAN_ALL = new RegExp(HAN.source, 'gu');

/**
 * Turn a source file's bytes into text. UTF-8 (with or without BOM) and
 * GB18030/GBK are accepted; anything else is refused with a message, since a
 * wrong guess would silently corrupt every character downstream.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) {
    return fail('decode.empty', '文件为空：没有可分析的文字。请确认文件已正确保存，或将其移出 content/sources/。');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('decode.utf16', '文件是 UTF-16 编码，不受支持。请用文本编辑器“另存为” UTF-8 编码后重试。');
  }
  if (looksBinary(bytes)) {
    return fail(
      'decode.binary',
      '文件不是文本（含有二进制数据，可能是 PDF、Word 或图片）。请先把正文另存为 UTF-8 纯文本（.txt）。',
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, value: { text, encoding: 'utf-8', bom } };
  } catch {
    // Not UTF-8: try the national standard encoding (a superset of GBK and GB2312).
  }
  const text = iconv.decode(Buffer.from(body), 'gb18030');
  if (!plausibleChinese(text)) {
    return fail(
      'decode.unknown',
      '无法识别文件编码：既不是 UTF-8，也不像 GB18030/GBK 中文文本。请用文本编辑器另存为 UTF-8 编码后重试。',
    );
  }
  return { ok: true, value: { text, encoding: 'gb18030', bom: false } };
}

/**
 * A plain-text source's bytes as the text analyzed: `decode`, then CR and CRLF line ends read as LF (a file from
 * an old Mac, or with mixed ends, keeps its lines and page numbers apart), and a NUL past the binary sniff
 * (`looksBinary` reads the first 8 KB), which marks a damaged or concatenated file, refused with its line.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text.includes('\r') ? decoded.value.text.replace(/\r\n?/g, '\n') : decoded.value.text;
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return {
      ok: false,
      error: {
        code: 'decode.nul',
        line: text.slice(0, nul).split('\n').length,
        message: '这一行含有空字符（NUL，字节 0），多见于损坏或拼接出错的文件，未分析。请在文本编辑器中删除它后另存。',
      },
    };
  }
  return text === decoded.value.text ? decoded : { ok: true, value: { ...decoded.value, text } };
}

function fail(code: string, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

/** NUL bytes or many control characters mean this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  const control = controlBytes(bytes, n);
  return control === -1 || control / n > 0.05;
}

/** Control bytes among the first `n`, or -1 at a NUL byte (apart from the division: see docs/performance.md). */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return -1;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control;
}

/**
 * A GB18030 decoding of arbitrary bytes always "succeeds"; accept it only when
 * it yields no replacement characters and its non-ASCII text is mostly Han.
 */
function plausibleChinese(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  let nonAscii = 0;
  for (const ch of text) if (ch.codePointAt(0)! > 0x7f) nonAscii++;
  if (nonAscii === 0) return true;
  const han = text.match(HAN_ALL)?.length ?? 0;
  return han / nonAscii >= 0.6;
}
