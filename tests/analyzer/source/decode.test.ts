import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, decodeSource } from '../../../src/analyzer/source/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8', () => {
    expect(decode(utf8('社区党建'))).toEqual({ ok: true, value: { text: '社区党建', encoding: 'utf-8', bom: false } });
  });

  it('drops a UTF-8 BOM and says it was there', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('篇一:标题')]);
    expect(decode(bytes)).toEqual({ ok: true, value: { text: '篇一:标题', encoding: 'utf-8', bom: true } });
  });

  it('reads GBK / GB18030', () => {
    const bytes = iconv.encode('城市社区党建存在的问题及对策', 'gbk');
    expect(decode(bytes)).toEqual({
      ok: true,
      value: { text: '城市社区党建存在的问题及对策', encoding: 'gb18030', bom: false },
    });
  });

  it('reads GB18030 characters outside GBK', () => {
    const bytes = iconv.encode('𠮷社区', 'gb18030');
    expect(decode(bytes)).toMatchObject({ ok: true, value: { text: '𠮷社区', encoding: 'gb18030' } });
  });

  it('refuses an empty file', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'decode.empty' } });
  });

  it('refuses binary data with a message that says what to do', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01, 0x02, 0xff]);
    const result = decode(pdf);
    expect(result).toMatchObject({ ok: false, error: { code: 'decode.binary' } });
    if (!result.ok) expect(result.error.message).toContain('UTF-8 纯文本');
  });

  it('refuses UTF-16', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x3e, 0x79]))).toMatchObject({
      ok: false,
      error: { code: 'decode.utf16' },
    });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030', () => {
    const latin1 = iconv.encode('Ærø Ñandú façade déjà vu — ÿ', 'latin1');
    expect(decode(latin1)).toMatchObject({ ok: false, error: { code: 'decode.unknown' } });
  });
});

describe('decodeSource', () => {
  it('reads CR and CRLF line ends as LF, in UTF-8 and GBK', () => {
    expect(decodeSource(utf8('篇一\r标题\r\n正文\n完'))).toEqual({
      ok: true,
      value: { text: '篇一\n标题\n正文\n完', encoding: 'utf-8', bom: false },
    });
    expect(decodeSource(iconv.encode('社区\r党建\r\n', 'gbk'))).toEqual({
      ok: true,
      value: { text: '社区\n党建\n', encoding: 'gb18030', bom: false },
    });
  });

  it('gives text without CR as decode gives it', () => {
    const bytes = utf8('社区党建\n');
    expect(decodeSource(bytes)).toEqual(decode(bytes));
  });

  it('refuses a NUL past the first 8 KB with its line, counting CR-only line ends', () => {
    const text = `${'社区党建工作。\r'.repeat(1000)}坏\u0000字\r`;
    expect(decodeSource(utf8(text))).toEqual({
      ok: false,
      error: {
        code: 'decode.nul',
        line: 1001,
        message: '这一行含有空字符（NUL，字节 0），多见于损坏或拼接出错的文件，未分析。请在文本编辑器中删除它后另存。',
      },
    });
  });

  it('leaves a NUL in the first 8 KB to decode: not a text file', () => {
    expect(decodeSource(utf8('社区\u0000党建'))).toMatchObject({ ok: false, error: { code: 'decode.binary' } });
  });
});
