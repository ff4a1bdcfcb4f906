/**
 * The one table of source formats: file-name endings the build reads, and the
 * ones it refuses with the fix a person can make. `scripts/` lists sources by it.
 */
import type { SourceFormat } from '../../types.ts';

export type { SourceFormat };

/** Readable formats by file-name ending (lower case, with the dot). */
export const SOURCE_FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
};

/** Formats that cannot be read, with what to do instead (the message names the file). */
export const REFUSED_FORMATS: Readonly<Record<string, string>> = {
  '.caj': '是中国知网的 CAJ 格式，无法读取。请在知网该文献页面改点“PDF 下载”，把 PDF 放进 content/sources/。',
  '.kdh': '是中国知网的 KDH 格式，无法读取。请在知网该文献页面改点“PDF 下载”，把 PDF 放进 content/sources/。',
  '.nh': '是中国知网的学位论文格式，无法读取。请在知网该文献页面改点“PDF 下载”，把 PDF 放进 content/sources/。',
  '.wps': '是 WPS 文字格式，无法读取。请用 WPS 或 Word 打开，“另存为” Word 文档（.docx）后放进 content/sources/。',
  '.rtf': '是 RTF 格式，无法读取。请用 Word 或 WPS 打开，“另存为” Word 文档（.docx）后放进 content/sources/。',
  '.odt': '是 OpenDocument 格式，无法读取。请用 WPS、Word 或 LibreOffice“另存为” Word 文档（.docx）后重试。',
};

/** The lower-case ending of a file name (`.docx`), or '' when it has none. */
export function fileEnding(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** The format of a file by its name, or undefined when the build does not read it. */
export function formatOf(name: string): SourceFormat | undefined {
  return SOURCE_FORMATS[fileEnding(name)];
}
