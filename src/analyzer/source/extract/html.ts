/**
 * Saved web pages (.html/.htm): the article body as Readability finds it,
 * read on linkedom's DOM (measured against jsdom in docs/performance.md).
 * Every line of the page that is not in the body — navigation, share
 * buttons, QR-code blocks, 阅读原文, comments — is recorded with where it was.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Heading, Removed } from '../../types.ts';
import { decodeHtml } from './html-charset.ts';
import { htmlMetadata } from './html-meta.ts';
import { type Block, blocks } from './html-text.ts';
import { type Extracted, refusal } from './result.ts';

export async function extractHtml(name: string, bytes: Uint8Array): Promise<Extracted> {
  return extractHtmlText(name, decodeHtml(bytes).text, 'html');
}

/** Extract from a page's markup (also the HTML part of an .mhtml file, with its address). */
export function extractHtmlText(name: string, html: string, format: 'html' | 'mhtml', fallbackUrl?: string): Extracted {
  const page = parseHTML(html).document as unknown as Document;
  if (!page.body)
    throw refusal(
      'extract.html-empty',
      `${name} 不是网页（找不到 <body>）。请在浏览器中打开原网页，用“另存为→网页，全部”重新保存。`,
    );
  const metadata = htmlMetadata(page, html, fallbackUrl);
  const all = blocks(page.body);
  // Readability changes the document it reads: it is given a second copy.
  const article = new Readability(parseHTML(html).document as unknown as Document, { keepClasses: false }).parse();
  const kept = article?.content
    ? blocks(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as Element)
    : all;
  const { text, removed, headings } = align(all, kept);
  return { format, text, removed, headings, metadata };
}

/**
 * The body's lines, in order, and every line of the page between them that
 * the body does not hold, recorded where it stood.
 */
function align(
  page: readonly Block[],
  body: readonly Block[],
): { text: string; removed: Removed[]; headings: Heading[] } {
  const lines: string[] = [];
  const removed: Removed[] = [];
  const headings: Heading[] = [];
  let offset = 0;
  let i = 0;
  const drop = (until: number) => {
    for (; i < until; i++) removed.push({ kind: kindOf(page[i]), text: page[i].text, at: offset });
  };
  for (const b of body) {
    const heading = /^h([1-6])$/i.exec(b.el.tagName)?.[1];
    if (heading) headings.push({ at: offset, level: Number(heading) });
    let k = i;
    while (k < page.length && page[k].text !== b.text) k++;
    if (k < page.length) {
      drop(k);
      i = k + 1;
    }
    lines.push(b.text);
    offset += b.text.length + 1;
  }
  offset = Math.max(0, offset - 1);
  drop(page.length);
  return { text: lines.join('\n'), removed, headings };
}

/** What a line left out of the body was, by what it says, else by the markup it sat in. */
function kindOf(block: Block): string {
  const t = block.text;
  if (/二维码|扫一扫|扫码|长按识别/.test(t)) return 'qr-code';
  if (/阅读原文/.test(t)) return 'read-original';
  for (let el: Element | null = block.el; el; el = el.parentElement) {
    const tag = el.tagName.toLowerCase();
    const names = `${el.id} ${el.getAttribute('class') ?? ''}`.toLowerCase();
    if (/comment|discuss|cmt|reply/.test(names)) return 'comments';
    if (/share|like|praise|tool/.test(names)) return 'share';
    if (/qr/.test(names)) return 'qr-code';
    if (tag === 'nav' || tag === 'header' || /nav|menu|crumb|top|search/.test(names)) return 'navigation';
    if (tag === 'footer' || tag === 'aside' || /foot|copyright|side|related|tags/.test(names)) return 'footer';
  }
  if (/留言|评论/.test(t)) return 'comments';
  if (/分享|转发|收藏|点赞|在看/.test(t)) return 'share';
  return 'page';
}
