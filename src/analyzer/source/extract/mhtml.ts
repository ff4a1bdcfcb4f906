/**
 * Chrome's single-file pages (.mhtml/.mht, RFC 2557): the first HTML part,
 * decoded by its transfer encoding and the charset in its own header, then
 * read as a saved page; its address from the part's Content-Location.
 */
import iconv from 'iconv-lite';
import { decodeHtml } from './html-charset.ts';
import { extractHtmlText } from './html.ts';
import { type Extracted, refusal } from './result.ts';

export async function extractMhtml(name: string, bytes: Uint8Array): Promise<Extracted> {
  const page = htmlPart(bytes);
  if (!page) {
    throw refusal(
      'extract.mhtml-no-page',
      `${name} 里没有网页正文（找不到 text/html 部分），不是浏览器保存的完整网页。请在浏览器中重新“另存为→网页，单个文件”。`,
    );
  }
  return extractHtmlText(name, page.html, 'mhtml', page.url);
}

/** The first HTML part of a single-file page, decoded, and the address it was saved from. */
export function htmlPart(bytes: Uint8Array): { html: string; url?: string } | undefined {
  const raw = iconv.decode(Buffer.from(bytes), 'latin1');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw.slice(0, 4096))?.[1];
  const snapshot = /^Snapshot-Content-Location:\s*(\S+)/im.exec(raw.slice(0, 4096))?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1) : [];
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/^Content-Type:\s*text\/html/im.test(headers)) continue;
    const body = part
      .slice(split)
      .replace(/^\r?\n\r?\n/, '')
      .replace(/\r?\n$/, '');
    const transfer = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1];
    const location = /^Content-Location:\s*(\S+)/im.exec(headers)?.[1];
    const html = decodeHtml(transferDecoded(body, transfer), charset).text;
    const url = [location, snapshot].find((u) => u && /^https?:\/\//.test(u));
    return url ? { html, url } : { html };
  }
  return undefined;
}

/** A part's bytes from its quoted-printable or base64 transfer encoding (each char of `body` is one byte). */
function transferDecoded(body: string, transfer: string | undefined): Uint8Array {
  if (transfer === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (transfer === 'quoted-printable') {
    const text = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(text, 'latin1');
  }
  return Buffer.from(body, 'latin1');
}
