/**
 * A saved page's bytes as text, in the encoding the page declares
 * (`<meta charset>` or `http-equiv` content type; GBK is common on
 * government sites), else UTF-8 when the bytes are UTF-8, else GB18030.
 */
import iconv from 'iconv-lite';

export function decodeHtml(bytes: Uint8Array, declared?: string): { text: string; encoding: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = (declared ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'utf-8').toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(charset)) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // declared UTF-8 but is not: pages saved from old sites often lie; GB18030 is what they are then
      return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
    }
  }
  // GB2312 and GBK pages are read as GB18030, their superset (as browsers do).
  const encoding = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(charset) ? 'gb18030' : charset;
  if (!iconv.encodingExists(encoding)) return { text: utf8(bytes), encoding: 'utf-8' };
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
