import { basename } from 'node:path';
import { type Correction, type Diagnostic, decode, type Source } from '../../src/analyzer/index.ts';

/** The analyzer's binary sniff reads this many bytes; a NUL beyond it is found here. */
const SNIFFED = 8192;

/**
 * Largest source read, in bytes. Analysis holds about 100–150 bytes of memory
 * per source byte (measured in README, "出了问题怎么办"), so a 20 MB file
 * would need several GB; larger collections are split into files.
 */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/**
 * A source's bytes made ready for the analyzer, or why they are refused: CR
 * and CRLF become LF (in UTF-8 and GB18030 the bytes 0x0D and 0x00 are only
 * ever CR and NUL), a NUL past the binary sniff is refused with its line, and
 * a file over MAX_SOURCE_BYTES is refused before it is read into the analyzer.
 * Not `text` (a Word, PDF or web file): only the size is checked.
 */
export function prepareBytes(
  bytes: Uint8Array,
  text = true,
): { ok: true; bytes: Uint8Array } | { ok: false; error: Diagnostic } {
  if (bytes.length > MAX_SOURCE_BYTES) {
    // Two decimals: a file just over the limit must not read as the limit itself.
    const mb = (n: number) => Number((n / 1024 / 1024).toFixed(2));
    return {
      ok: false,
      error: {
        code: 'source.too-large',
        message: `文件有 ${mb(bytes.length)} MB，超过单个来源的上限 ${mb(MAX_SOURCE_BYTES)} MB（再大分析会耗尽内存）。请按篇拆成几个文件。`,
      },
    };
  }
  if (!text) return { ok: true, bytes };
  const nul = bytes.indexOf(0);
  // A NUL in the first bytes is the analyzer's "not text"; one later is a damaged or concatenated file.
  if (nul >= SNIFFED) {
    return {
      ok: false,
      error: {
        code: 'source.nul',
        line: lineAt(bytes, nul),
        message: '这一行含有空字符（NUL，字节 0），多见于损坏或拼接出错的文件，未分析。请在文本编辑器中删除它后另存。',
      },
    };
  }
  if (!bytes.includes(0x0d)) return { ok: true, bytes };
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0d) out[n++] = bytes[i];
    else if (bytes[i + 1] !== 0x0a) out[n++] = 0x0a;
  }
  return { ok: true, bytes: out.subarray(0, n) };
}

/**
 * Articles of one source sharing a slug (a file holding two numbered
 * collections, 篇一… starting again): one diagnostic naming both places.
 */
export function duplicateArticles(source: Source, bytes: Uint8Array): Diagnostic[] {
  const first = new Map<string, Source['articles'][number]>();
  const out: Diagnostic[] = [];
  let text: string | undefined;
  const line = (offset: number) => {
    if (text === undefined) {
      const decoded = decode(bytes);
      text = decoded.ok ? decoded.value.text : '';
    }
    return text.slice(0, offset).split('\n').length;
  };
  for (const article of source.articles) {
    const earlier = first.get(article.slug);
    if (!earlier) {
      first.set(article.slug, article);
      continue;
    }
    const name = (a: typeof article) => `“${a.label ?? `第${a.piece}篇`}${a.listingTitle ? ` ${a.listingTitle}` : ''}”`;
    out.push({
      code: 'source.duplicate-article',
      line: line(article.source.start),
      message: `这一行的${name(article)}与第 ${line(earlier.source.start)} 行的${name(earlier)}篇号相同（文章标识都是 ${article.slug}），未分析该文件。一个文件只能有一组篇号：请把第二组另存为一个文件。`,
    });
  }
  return out;
}

/** Corrections limited to a piece the source does not have: never applied, so said. */
export function outOfRangePieces(source: Source, corrections: readonly Correction[]): Diagnostic[] {
  const pieces = new Set(source.articles.map((a) => a.piece));
  const range = `第 ${Math.min(...pieces)}–${Math.max(...pieces)} 篇`;
  return corrections
    .filter((c) => c.piece !== undefined && !pieces.has(c.piece))
    .map((c) => ({
      code: 'correction.piece',
      message: `content/corrections.yaml 中校正“${c.find}”→“${c.replace}”写的是 piece: ${c.piece}，但 ${basename(source.path)} 只有${range}，这一条没有用上。请改正篇号。`,
    }));
}

/** Keys of corrections.yaml that name no source file: their corrections are never applied (a warning). */
export function strayCorrections(
  corrections: Record<string, readonly Correction[]>,
  sources: readonly string[],
): Diagnostic[] {
  const names = new Set(sources.map((p) => basename(p)));
  return Object.keys(corrections)
    .filter((name) => !names.has(name))
    .map((name) => ({
      code: 'correction.file',
      message: `content/corrections.yaml 中的“${name}”不是 content/sources/ 中任何来源的文件名，它下面的 ${corrections[name].length} 条校正没有用上。请改成来源文件的完整文件名（含扩展名）。`,
    }));
}
