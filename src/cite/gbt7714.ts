/**
 * GB/T 7714 顺序编码制 references, in the 2025 edition (in force since
 * 2026-07-01, the default) or the 2015 edition. A small formatter of our own
 * rather than a CSL style: the two record types we produce need ~150 lines,
 * every rule below is pinned by an exact-string test, and no CSL engine
 * quirk (CJK punctuation, name particles) stands between rule and output.
 *
 * Rules implemented, and where they come from:
 *
 * Punctuation (著录用符号)
 * - 2015: `. , : ( ) [ ] //` half-width, a space after `.` `,` `:` —
 *   `科学通报, 2012, 57(34): 3219.` as in the standard's Chinese examples
 *   (gbt7714-bibtex-style `gbt7714-2015-numeric`, option `bibpunct=half`,
 *   test file `tests/testfiles/2015-numeric.tlg`).
 * - 2025: `. [ ] / -` half-width (a space after `.`), `，：；（ ）` full-width
 *   with no space — `铁道学报，2024，46（8）：102-111.` (2025 §6 著录用符号;
 *   gbt7714 `gbt7714-2025-numeric`, option `bibpunct=GB`, documented in
 *   `gbt7714-doc.tex` and pinned in `tests/testfiles/2025-numeric.tlg`;
 *   Zotero-Chinese `GB-T-7714—2025（顺序编码，双语）.csl`; the maintainer's
 *   reading in zotero-chinese/styles#701). The 2025 form holds for Latin
 *   references too (`Biology，2013，2（1）：378-398.`).
 * - Punctuation inside Chinese titles and journal names follows the
 *   edition: 2025 turns ASCII `( ) , : ;` into full-width ones
 *   (`清华大学学报（自然科学版）`, gbt7714 `convertpunct=true`); 2015 writes
 *   parentheses half-width (`北京大学学报(哲学社会科学版)`).
 *
 * Persons (个人责任者)
 * - More than three → the first three, then `等` (Chinese) or `et al.`
 *   (2015 §8.1.2; 2025 §7.1.2 likewise: `于潇，刘义，柴跃廷，等.`).
 * - Latin names: surname then initials. 2015 writes the surname in capitals
 *   and drops hyphens in initials (`GODARD J L`); 2025 keeps the surname as
 *   written and keeps the hyphen (`Godard J-L`) — gbt7714 options
 *   `uppercasefamily`, `initializewithhyphen`; hushidong/biblatex-gb7714-2025#8.
 *   Han names are written whole.
 * - No person: the entry starts with the title (the numeric system may
 *   omit 佚名, 2015 §8.1.3).
 *
 * Journal articles (连续出版物中的析出文献)
 * - `作者. 题名[J]. 刊名, 年, 卷(期): 页码.` (2015 §4.4, 2025 §8.5); a missing volume gives
 *   `2009(10): 3-4`, a missing issue `2014, 510: 356-363`; a single page is
 *   written once (`51`), a range with `-`.
 * - With a URL: `[J/OL]` and the URL at the end. 2015 puts the access date
 *   after the pages (`…: 473-487[2013-10-16]. URL.`); 2025 drops the access
 *   date for documents that are not web resources (announcement of
 *   GB/T 7714—2025: 取消非网络类文献的访问日期; gbt7714 2025 test output
 *   for the same entry has none).
 *
 * Web resources (电子资源 / 网页, [EB/OL])
 * - `作者. 题名[EB/OL]//汇编题名. 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.`
 *   (2015 §4.6 电子资源; the 2025 examples in §8.11 keep
 *   `（更新或修改日期）[引用日期]` for web pages). A piece of an online
 *   compilation is cited as a part of it, with `//` before its host as
 *   GB/T 7714 does for 析出文献 (2015 §4.2, §8.8; the standard counts 汇编
 *   among 专著, 2015 §3.3). The site's name is the
 *   出版者; the page's date gives the year and, in parentheses, the date;
 *   the time of day is dropped (dates are written `YYYY-MM-DD`).
 * - Only what the source gives is written: without a sidecar URL there is
 *   no access path, without a retrieval date no 引用日期 — nothing is
 *   invented to fill the pattern.
 */
import { hasHan, toCslItem, type CslDate, type CslItem, type CslName } from './csl.ts';
import type { Article, Source } from '../analyzer/index.ts';

/** The GB/T 7714 edition to follow. */
export type Edition = '2025' | '2015';

/** The edition in force since 2026-07-01. */
export const DEFAULT_EDITION: Edition = '2025';

interface Marks {
  comma: string;
  colon: string;
  open: string;
  close: string;
}

const MARKS: Record<Edition, Marks> = {
  '2015': { comma: ', ', colon: ': ', open: '(', close: ')' },
  '2025': { comma: '，', colon: '：', open: '（', close: '）' },
};

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' };

/**
 * Punctuation inside a title or journal name, for the edition: only Chinese
 * text is touched; a comma or colon between digits (`1,000`, `10:30`) stays.
 */
export function localizePunctuation(text: string, edition: Edition): string {
  if (!hasHan(text)) return text;
  if (edition === '2015') return text.replace(/（/g, '(').replace(/）/g, ')');
  return text.replace(/\s*([(),:;])\s*/g, (whole, mark: string, at: number, s: string) => {
    if ((mark === ',' || mark === ':') && /\d/.test(s[at - 1] ?? '') && /\d/.test(s[at + whole.length] ?? ''))
      return whole;
    return FULL_WIDTH[mark];
  });
}

/** Initials of a Latin given name: `Jean-Luc` → `J L` (2015) or `J-L` (2025). */
function initials(given: string, edition: Edition): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) => part[0].toUpperCase())
        .join(edition === '2015' ? ' ' : '-'),
    )
    .join(' ');
}

/** One person as GB/T 7714 writes it. */
export function formatName(name: CslName, edition: Edition): string {
  if (name.literal) return name.literal;
  const family = name.family ?? '';
  const given = name.given ?? '';
  if (hasHan(family) || hasHan(given)) return family + given;
  const surname = edition === '2015' ? family.toUpperCase() : family;
  const init = initials(given, edition);
  return init ? `${surname} ${init}` : surname;
}

/** The persons: all of them up to three, else the first three and `等` / `et al.`. */
export function formatNames(names: readonly CslName[], edition: Edition, chinese: boolean): string {
  const { comma } = MARKS[edition];
  const shown = names.slice(0, Math.min(names.length, 3)).map((n) => formatName(n, edition));
  if (names.length > 3) shown.push(chinese ? '等' : 'et al.');
  return shown.join(comma);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (GB/T 7408), as far as the date goes. */
export function formatDate(date: CslDate | undefined): string {
  const [y, m, d] = date?.['date-parts'][0] ?? [];
  if (!y) return '';
  if (!m) return String(y);
  return d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
}

function year(date: CslDate | undefined): string {
  const y = date?.['date-parts'][0]?.[0];
  return y ? String(y) : '';
}

/** Persons and title up to the type mark, e.g. `毕伟强. 题名[J]`. */
function head(item: CslItem, edition: Edition, typeMark: string): string {
  const chinese =
    item.language?.startsWith('zh') ||
    hasHan(item.title) ||
    hasHan(item.author?.[0]?.literal ?? item.author?.[0]?.family);
  const names = item.author?.length ? formatNames(item.author, edition, !!chinese) : '';
  const title = localizePunctuation(item.title ?? '', edition);
  const lead = names ? (names.endsWith('.') ? `${names} ` : `${names}. `) : '';
  return `${lead}${title}[${typeMark}]`;
}

function journalArticle(item: CslItem, edition: Edition): string {
  const { comma, colon, open, close } = MARKS[edition];
  let numbering = year(item.issued);
  if (item.volume) numbering += (numbering ? comma : '') + item.volume;
  if (item.issue) numbering += `${open}${item.issue}${close}`;
  let publication = [item['container-title'] ? localizePunctuation(item['container-title'], edition) : '', numbering]
    .filter(Boolean)
    .join(comma);
  if (item.page) publication += (publication ? colon : '') + item.page;
  if (edition === '2015' && item.URL && item.accessed) publication += `[${formatDate(item.accessed)}]`;
  const parts = [head(item, edition, item.URL ? 'J/OL' : 'J'), publication, item.URL ?? ''];
  return `${parts.filter(Boolean).join('. ')}.`;
}

function webResource(item: CslItem, edition: Edition): string {
  const { comma, open, close } = MARKS[edition];
  const host = item['container-title'] ? `//${localizePunctuation(item['container-title'], edition)}` : '';
  const date = formatDate(item.issued);
  let publication = '';
  if (item.publisher) {
    publication = item.publisher;
    if (date) publication += comma + year(item.issued);
    if (date.length > 4) publication += `${open}${date}${close}`;
  } else if (date) {
    publication = `${open}${date}${close}`;
  }
  if (item.accessed) publication += `[${formatDate(item.accessed)}]`;
  const parts = [head(item, edition, 'EB/OL') + host, publication, item.URL ?? ''];
  return `${parts.filter(Boolean).join('. ')}.`;
}

/** The GB/T 7714 reference (顺序编码制, without the `[n]` label) for a CSL item. */
export function formatCslReference(item: CslItem, edition: Edition = DEFAULT_EDITION): string {
  return item.type === 'article-journal' ? journalArticle(item, edition) : webResource(item, edition);
}

/** The GB/T 7714 reference for an article of a source, in the given edition (default 2025). */
export function formatReference(article: Article, source: Source, edition: Edition = DEFAULT_EDITION): string {
  return formatCslReference(toCslItem(article, source), edition);
}
