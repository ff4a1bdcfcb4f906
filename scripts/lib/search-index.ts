/**
 * The site's search index: Pagefind records built from the corpus model
 * (never from the HTML pages), written to `<outDir>/pagefind/`.
 *
 * One record per item (url `/articles/<slug>/#<item id>`, content = the
 * item's text, which begins with its title), one per article (title,
 * authors, journal, keywords, abstract) and one per theme (name, definition,
 * terms). Filters: role, theme, article, year, author, journal (the search
 * page's URL parameters use the same names).
 *
 * Strategy, measured with `npm run measure:search -- --compare` on the sample
 * corpus (71 items; the 175 dictionary terms that occur in an item). Recall:
 * share of the items containing the term that are returned (all results);
 * MRR: 1/rank of the first result containing it literally; precision: share
 * of returned results containing it. With / without `Intl.Segmenter`:
 *
 *                                                   recall         MRR            precision
 *   item-anchored article pages (Pagefind default)  1.000 / 0.989  0.352 / 0.532  0.090 / 0.111
 *   a record per item, text as written              1.000 / 0.950  0.834 / 0.613  0.416 / 0.109
 *     … phrase first, then loose, literal re-rank   0.985 / 0.944  1.000 / 1.000  0.907 / 0.109
 *   a record per item, one word per Han character,
 *     every query word as an exact phrase,
 *     literal re-rank (chosen)                      1.000 / 1.000  1.000 / 1.000  0.996 / 0.996
 *
 * (All 475 dictionary and codebook terms: chosen 1.000 / 1.000 recall and MRR,
 * precision 0.998; text as written with re-ranking: recall 0.989 / 0.961.)
 * Text as written loses recall because ICU4X (indexing) and Intl.Segmenter
 * (querying) cut differently: ICU4X indexes 党建 as 党|建 and 党组织 as
 * 党组|织, so 组织建设 is found in 2 of its 5 items; without a segmenter a
 * query stays one term and misses whatever ICU4X split (流动党员: 0 of 8).
 * Cutting every Han character apart beforehand (`indexText`) makes both sides
 * agree by construction, and the phrase query keeps precision (the three
 * non-literal results are theme records with a space inside the phrase).
 * The index is also smaller (two index chunks of 50 KB instead of 64 KB for
 * a first query).
 *
 * Custom records carry no per-field weights, so titles are not weighted:
 * among the literal matches items come first, then Pagefind's score (BM25
 * over characters), see `rankResults`.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Article, Corpus, Item } from '../../src/analyzer/types.ts';
import { articleTitle, articleUrl, themeUrl } from '../../src/lib/corpus.ts';
import { uiSearch } from '../../src/lib/ui-search.ts';
import { indexText } from '../../src/scripts/search-rank.ts';

/** Language of every record: one index, one `pf_meta`. */
export const SEARCH_LANGUAGE = 'zh-cn';

/** Pagefind UI bundles we never load (the search page has its own UI); removed after writing. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexOptions {
  /**
   * `characters` (default): every Han character indexed as a word, see above.
   * `pagefind`: text as written, Pagefind segments it (kept to measure the difference).
   */
  segmentation?: 'characters' | 'pagefind';
}

type PfRecord = pagefind.CustomRecord;

/** Drops empty filter lists (Pagefind would index an empty value). */
function filters(entries: [string, (string | undefined)[]][]): { [key: string]: string[] } {
  const out: { [key: string]: string[] } = {};
  for (const [key, values] of entries) {
    const kept = [...new Set(values.filter((v): v is string => !!v))];
    if (kept.length) out[key] = kept;
  }
  return out;
}

function articleFilters(article: Article): [string, (string | undefined)[]][] {
  return [
    ['article', [article.slug]],
    ['year', [article.metadata.year ? String(article.metadata.year.value) : undefined]],
    ['author', article.metadata.authors?.value ?? []],
    ['journal', [article.metadata.journal?.value]],
  ];
}

function itemRecord(article: Article, item: Item, text: (s: string) => string): PfRecord {
  return {
    url: articleUrl(article.slug, item.id),
    content: text(item.text),
    language: SEARCH_LANGUAGE,
    meta: {
      title: item.title,
      kind: 'item',
      role: item.role,
      label: uiSearch[`search.role.${item.role}`],
      article: articleTitle(article),
    },
    filters: filters([['role', [item.role]], ['theme', item.themes.map((t) => t.theme)], ...articleFilters(article)]),
  };
}

function articleRecord(article: Article, text: (s: string) => string): PfRecord {
  const m = article.metadata;
  const lines = [
    articleTitle(article),
    article.listingTitle !== articleTitle(article) ? article.listingTitle : undefined,
    m.authors?.value.join('、'),
    [m.journal?.value, m.year?.value].filter((v) => v !== undefined).join(' '),
    m.keywords?.value.join('、'),
    m.abstract?.value,
  ];
  return {
    url: articleUrl(article.slug),
    content: text(lines.filter((l) => l).join('\n')),
    language: SEARCH_LANGUAGE,
    meta: { title: articleTitle(article), kind: 'article', label: uiSearch['search.kind.article'] },
    filters: filters(articleFilters(article)),
  };
}

/** Every record of the corpus, in a stable order (items, then articles, then themes). */
export function searchRecords(corpus: Corpus, options: SearchIndexOptions = {}): PfRecord[] {
  const text = options.segmentation === 'pagefind' ? (s: string) => s : indexText;
  const articles = corpus.sources.flatMap((s) => s.articles);
  return [
    ...articles.flatMap((a) => a.items.map((i) => itemRecord(a, i, text))),
    ...articles.map((a) => articleRecord(a, text)),
    ...corpus.themes.map(
      (t): PfRecord => ({
        url: themeUrl(t.id),
        content: text([t.name, t.definition, t.terms.map((x) => x.term).join('、')].join('\n')),
        language: SEARCH_LANGUAGE,
        meta: { title: t.name, kind: 'theme', label: uiSearch['search.kind.theme'] },
        filters: { theme: [t.id] },
      }),
    ),
  ];
}

/** Pagefind reports problems in `errors[]` rather than throwing: one Error naming them all. */
export function assertPagefind<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length) throw new Error(`搜索索引：${what}：${response.errors.join('；')}`);
  return response;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

/**
 * Writes the Pagefind index of `corpus` to `<outDir>/pagefind/` (replacing
 * what was there). Throws one Error naming every Pagefind error; always stops
 * the Pagefind service.
 */
export async function buildSearchIndex(
  corpus: Corpus,
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<{ records: number; bytes: number }> {
  const outputPath = join(outDir, 'pagefind');
  const records = searchRecords(corpus, options);
  try {
    const { index } = assertPagefind(await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE }), 'Pagefind 无法启动');
    if (!index) throw new Error('搜索索引：Pagefind 没有返回索引');
    const responses = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    const errors = responses.flatMap((r, i) => r.errors.map((e) => `${records[i].url}：${e}`));
    assertPagefind({ errors }, `Pagefind 拒绝了 ${errors.length} 条记录`);
    // Pagefind's service panics, and never answers, when it cannot create the folder: make it first.
    rmSync(outputPath, { recursive: true, force: true });
    mkdirSync(outputPath, { recursive: true });
    assertPagefind(await index.writeFiles({ outputPath }), `无法写入 ${outputPath}`);
  } catch (cause) {
    if (cause instanceof Error && cause.message.startsWith('搜索索引')) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`搜索索引：无法生成 ${outputPath}：${why}`, { cause });
  } finally {
    await pagefind.close();
  }
  for (const name of UNUSED_FILES) rmSync(join(outputPath, name), { force: true });
  return { records: records.length, bytes: sizeOf(outputPath) };
}
