/**
 * Articles as CSL-JSON items — the one bibliographic record every export and
 * every GB/T 7714 reference is made from. Pure: no file or network access.
 *
 * Types are honest about what the source gives:
 *
 * - `article-journal` when the article's metadata names a journal (read from
 *   the text, or looked up by ISSN — see `Field.via`): title, authors,
 *   journal, year, volume, issue, pages, ISSN, language, abstract, keywords.
 *   The sidecar's `url`/`retrieved` are *not* copied onto journal articles:
 *   they say where the compilation file was fetched, not where the journal
 *   published the article, and a `[J/OL]` pointing at a document-sharing
 *   site would misstate the source.
 * - `webpage` otherwise (the article exists for us only as a piece of a page
 *   of a document-sharing site): `container-title` = the compilation's title,
 *   `publisher` = the site's name, `issued` = the page's date, `URL` and
 *   `accessed` from the source's sidecar (`<name>.meta.yaml`) when it gives
 *   them. Nothing is filled in that the source does not say: no author, no
 *   invented URL, no guessed date.
 */
import type { Article, Source } from '../analyzer/index.ts';
import { HAN } from '../analyzer/text/chars.ts';

/** A CSL name: CJK names stay whole (`literal`); Latin names are split. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** A CSL date: `[[year, month?, day?]]`. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields this project produces (a subset of CSL-JSON 1.0.2). */
export interface CslItem {
  id: string;
  type: 'article-journal' | 'webpage';
  'citation-key': string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  ISSN?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
}

/** Whether a string contains Han characters. */
export function hasHan(s: string | undefined): boolean {
  return !!s && HAN.test(s);
}

/**
 * A personal name as CSL: Han names whole (splitting 欧阳/司马 guesses);
 * Latin names `Family, Given` or `Given Family` split at the comma or the
 * last space, so GB/T 7714 can initial the given name.
 */
export function cslName(name: string): CslName {
  const n = name.trim().replace(/\s+/g, ' ');
  if (hasHan(n) || !/\p{L}/u.test(n)) return { literal: n };
  const comma = n.indexOf(',');
  if (comma > 0) return { family: n.slice(0, comma).trim(), given: n.slice(comma + 1).trim() };
  const space = n.lastIndexOf(' ');
  if (space < 0) return { literal: n };
  return { family: n.slice(space + 1), given: n.slice(0, space) };
}

/** `2023-07-15 18:00:06`, `2023-07-15`, `2023-7`, `2023` → CSL date (time dropped); null when unreadable. */
export function cslDate(text: string | undefined): CslDate | null {
  const m = text?.trim().match(/^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?)?/);
  if (!m) return null;
  const parts = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[2] && m[3]) parts.push(Number(m[3]));
  return { 'date-parts': [parts] };
}

/** Language code for the metadata's `language` (`中文`) or, failing that, the title's script. */
function languageOf(article: Article): string | undefined {
  const lang = article.metadata.language?.value;
  if (lang) {
    if (/中文|汉语|chi|zho|^zh/i.test(lang)) return 'zh-CN';
    if (/英文|英语|^en/i.test(lang)) return 'en';
    return undefined;
  }
  return hasHan(article.metadata.title?.value ?? article.listingTitle) ? 'zh-CN' : undefined;
}

/** The article as a CSL-JSON item (see the module comment for what goes where). */
export function toCslItem(article: Article, source: Source): CslItem {
  const m = article.metadata;
  const title = m.title?.value ?? article.listingTitle;
  const item: CslItem = {
    id: article.slug,
    type: m.journal ? 'article-journal' : 'webpage',
    'citation-key': article.slug,
  };
  if (title) item.title = title;
  if (m.authors?.value.length) item.author = m.authors.value.map(cslName);
  const language = languageOf(article);
  if (m.journal) {
    item['container-title'] = m.journal.value;
    if (m.volume) item.volume = m.volume.value;
    if (m.issue) item.issue = m.issue.value;
    if (m.pages) {
      const { first, last } = m.pages.value;
      item.page = last > first ? `${first}-${last}` : `${first}`;
    }
    if (m.year) item.issued = { 'date-parts': [[m.year.value]] };
    if (m.issn) item.ISSN = m.issn.value;
  } else {
    const s = source.metadata;
    if (s.compilationTitle) item['container-title'] = s.compilationTitle;
    if (s.site) item.publisher = s.site;
    const issued = cslDate(s.published);
    if (issued) item.issued = issued;
    if (s.url) item.URL = s.url;
    const accessed = cslDate(s.retrieved);
    if (accessed) item.accessed = accessed;
  }
  if (language) item.language = language;
  if (m.abstract) item.abstract = m.abstract.value;
  if (m.keywords?.value.length) item.keyword = m.keywords.value.join(', ');
  return item;
}

/**
 * CSL items for the whole collection (no `slugs`: every article, in corpus
 * order) or for a reading list (the given article slugs, in the given order,
 * each once). An unknown slug is an error: a reading list that names an
 * article the corpus lacks should fail the build, not export less.
 */
export function cslItems(sources: readonly Source[], slugs?: readonly string[]): CslItem[] {
  const bySlug = new Map<string, { article: Article; source: Source }>();
  for (const source of sources) for (const article of source.articles) bySlug.set(article.slug, { article, source });
  if (!slugs) return [...bySlug.values()].map(({ article, source }) => toCslItem(article, source));
  const unknown = slugs.filter((s) => !bySlug.has(s));
  if (unknown.length) throw new Error(`书目清单中有语料里不存在的文章标识：${unknown.join('、')}`);
  return [...new Set(slugs)].map((s) => {
    const { article, source } = bySlug.get(s)!;
    return toCslItem(article, source);
  });
}
