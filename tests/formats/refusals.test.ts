/**
 * Files that cannot be read are refused one by one, each with a message
 * naming it and saying what to do; the other sources still build.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/analyzer/index.ts';
import { listSources } from '../../scripts/lib/content.ts';
import { buildCorpus } from '../../scripts/lib/corpus.ts';
import { content, SEED_PATH } from '../helpers.ts';
import { FIXTURES } from './helpers.ts';

const MESSAGES: Record<string, string> = {
  'scanned.pdf':
    'scanned.pdf 是扫描件（只有图像，没有文字层），需要先做 OCR 文字识别。请用带 OCR 的软件（如 WPS、Adobe Acrobat）识别后另存为 PDF 或 .docx，再放进 content/sources/。',
  'encrypted.pdf':
    'encrypted.pdf 有打开密码（已加密），无法读取。请用 PDF 阅读器输入密码打开后“另存为”或“打印为 PDF”一份不加密的文件。',
  'truncated.pdf': 'truncated.pdf 不是完整的 PDF 文件（可能已损坏或只下载了一部分）。请重新下载该文件。',
  'not-really.pdf':
    'not-really.pdf 其实是一个网页（多半是下载时网站返回的登录或错误页面），不是 PDF。请登录后重新下载全文 PDF。',
  '社区党建研究.caj':
    '社区党建研究.caj 是中国知网的 CAJ 格式，无法读取。请在知网该文献页面改点“PDF 下载”，把 PDF 放进 content/sources/。',
  '工作总结.wps':
    '工作总结.wps 是 WPS 文字格式，无法读取。请用 WPS 或 Word 打开，“另存为” Word 文档（.docx）后放进 content/sources/。',
  'damaged.docx':
    'damaged.docx 不是完整的 Word 文档（压缩包无法打开，可能已损坏或只下载了一部分）。请重新下载，或用 Word/WPS 打开后“另存为” .docx。',
  'empty.docx': 'empty.docx 是空文件（0 字节）：请重新下载或保存该文件。',
  '通知.doc':
    '通知.doc 不是 Word 文档（既不是 .docx 也不是 Word 97–2003 格式），可能已损坏或扩展名不对。请用 Word/WPS 打开后另存为 .docx。',
  'broken.doc':
    'broken.doc 无法读取：文件可能已损坏，或内容与扩展名不符。请重新下载，或用原来的程序打开后另存一份（Word 文件存为 .docx）。',
  'locked.docx': 'locked.docx 有打开密码（已加密），无法读取。请用 Word/WPS 输入密码打开，取消密码后另存为 .docx。',
};

let corpus: Corpus;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ccpb-refused-'));
  for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'not-really.pdf']) {
    copyFileSync(join(FIXTURES, name), join(dir, name));
  }
  writeFileSync(join(dir, '社区党建研究.caj'), Buffer.from('CAJ FILE 1.0 \u0000\u0001\u0002', 'latin1'));
  writeFileSync(join(dir, '工作总结.wps'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  writeFileSync(join(dir, 'damaged.docx'), readFileSync(join(FIXTURES, 'small.docx')).subarray(0, 2000));
  writeFileSync(join(dir, 'empty.docx'), '');
  // Word keeps a password-protected .docx in an OLE container with an EncryptedPackage stream.
  const ole = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
  writeFileSync(join(dir, 'locked.docx'), ole);
  writeFileSync(join(dir, '通知.doc'), '这只是一段文字，不是 Word 文件。');
  // A Word 97–2003 file cut short: its header is there, its directory is not.
  writeFileSync(join(dir, 'broken.doc'), readFileSync(join(FIXTURES, 'word-extractor/test13.doc')).subarray(0, 600));
  // A document site's ".doc" that is a web page is read as one.
  copyFileSync(join(FIXTURES, 'wechat.html'), join(dir, 'wechat.doc'));
  copyFileSync(SEED_PATH, join(dir, 'sample.txt'));
  corpus = await buildCorpus(listSources([dir]), content);
}, 60_000);

describe('files that cannot be read', () => {
  for (const [name, message] of Object.entries(MESSAGES)) {
    it(`${name}: says what it is and what to do`, () => {
      const failure = corpus.failures.find((f) => f.path.endsWith(`/${name}`));
      expect(failure?.diagnostics.map((d) => d.message)).toEqual([message]);
    });
  }

  it('do not stop the other sources', () => {
    expect(corpus.failures.length).toBe(Object.keys(MESSAGES).length);
    expect(corpus.sources.map((s) => [s.path.split('/').pop(), s.format, s.articles.length])).toEqual([
      ['sample.txt', 'txt', 8],
      ['wechat.doc', 'html', 8],
    ]);
  });
});
