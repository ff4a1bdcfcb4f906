/**
 * What a saved web page says about itself: title, author, publish time, site
 * or WeChat account, and its address — from `<title>`, `og:`/`article:` tags,
 * the meta names Chinese government sites use, WeChat's page variables, and
 * `<link rel=canonical>` or the `saved from url=` comment browsers write.
 * Nothing is invented: a field the page lacks stays absent.
 */
import type { ExtractedMetadata } from '../../types.ts';

export function htmlMetadata(document: Document, html: string, fallbackUrl?: string): ExtractedMetadata {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(
        `meta[property="${name}"], meta[name="${name}"], meta[name="${name.toLowerCase()}"]`,
      );
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() || undefined;
  const out: ExtractedMetadata = { via: 'html-meta' };
  const fields: Omit<ExtractedMetadata, 'via'> = {
    title: meta('og:title', 'ArticleTitle', 'twitter:title') ?? text('title'),
    author: meta('article:author', 'author', 'Author', 'ContentSource') ?? text('#js_author_name'),
    published:
      meta('article:published_time', 'PubDate', 'pubdate', 'publishdate') ?? wechatTime(html) ?? text('#publish_time'),
    modified: meta('article:modified_time', 'og:updated_time'),
    site: wechatAccount(document, html) ?? meta('og:site_name', 'SiteName', 'sitename'),
    description: meta('og:description', 'description', 'Description'),
    url: address(document, html) ?? fallbackUrl,
  };
  for (const [k, v] of Object.entries(fields)) if (v) Object.assign(out, { [k]: v });
  return out;
}

/** `<link rel=canonical>`, `og:url`, or the `<!-- saved from url=(0042)https://… -->` comment. */
function address(document: Document, html: string): string | undefined {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
  for (const url of [canonical, og, saved]) if (url && /^https?:\/\//.test(url)) return url;
  return undefined;
}

/** WeChat keeps the account in `#js_name` and in `var nickname = "…"`. */
function wechatAccount(document: Document, html: string): string | undefined {
  const name = document.querySelector('#js_name')?.textContent?.trim();
  if (name) return name;
  return /var\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"']+)["']/.exec(html)?.[1];
}

/** WeChat's publish time: `var ct = "1689415206"` (seconds), shown in China time as the page shows it. */
function wechatTime(html: string): string | undefined {
  const seconds = /var\s+ct\s*=\s*["'](\d{9,11})["']/.exec(html)?.[1];
  if (!seconds) return undefined;
  const d = new Date((Number(seconds) + 8 * 3600) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
