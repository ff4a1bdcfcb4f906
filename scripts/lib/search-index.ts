/**
 * The site's search index: Pagefind records built from the corpus model
 * (never from the HTML pages), written to `<outDir>/pagefind/`.
 *
 * One record per item (url `/articles/<slug>/#<item id>`, content = the
 * item's text, which begins with its title), one per article (title,
 * authors, journal, keywords, abstract) and one per theme (name, definition,
 * terms). Filters: role, theme, article, year, author, journal (the search
 * page's URL parameters use the same names), and `kind` (article / theme;
 * items have none) for the ranking of the loose fallback. Meta: `title`, and
 * on items `article` (its article's title); a record's kind comes from its
 * URL and an item's role from its `role` filter (`loadHits`): Pagefind
 * indexes every meta value as a searchable word, so each meta field costs
 * index and fragment bytes. Records are added items first, then articles,
 * then themes, one after the other: that is the order of exact results.
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
 *     literal re-rank                               1.000 / 1.000  1.000 / 1.000  0.996 / 0.996
 *     … no phrase across whitespace, record order,
 *       no re-rank (chosen)                         1.000 / 1.000  1.000 / 1.000  1.000 / 1.000
 *
 * (All 475 dictionary and codebook terms: chosen 1.000 / 1.000 recall, MRR
 * and precision; text as written with re-ranking: recall 0.989 / 0.961.)
 * Text as written loses recall because ICU4X (indexing) and Intl.Segmenter
 * (querying) cut differently: ICU4X indexes 党建 as 党|建 and 党组织 as
 * 党组|织, so 组织建设 is found in 2 of its 5 items; without a segmenter a
 * query stays one term and misses whatever ICU4X split (流动党员: 0 of 8).
 * Cutting every Han character apart beforehand (`indexText`) makes both sides
 * agree by construction. Pagefind's phrases already stop at punctuation
 * (it takes a word position); `indexText` makes them stop at whitespace next
 * to a Han character too (the three non-literal results of the re-ranked
 * variant were theme records with a line break inside the phrase; in items,
 * the break between title and body), so every exact result contains the
 * word literally.
 *
 * Ranking without the records' text (src/client/search/rank.ts): exact results all
 * score 1 in Pagefind and come in record order, which is items first, after
 * those whose title holds the query (the title fills the first `TITLE_SPAN`
 * word positions, src/client/search/record.ts, and Pagefind gives every
 * result its match positions without loading it); the
 * loose fallback ranks from result sets. So a search loads only the shown
 * page's fragments (`PAGE_SIZE`, 20) instead of every result's (100), and the
 * index chunks are smaller (`INDEX_CHUNK_SIZE`). First query 流动党员,
 * counted by `firstQueryCost` (pagefind.js 46 KB, wasm 54 KB included):
 *
 *                        8 articles             1,000 articles
 *   before               162 KB, 17 requests    389 KB, 108 requests
 *                        (11 fragments)         (pf_meta 68, index 126, 100 fragments 95)
 *   chosen               152 KB, 18 requests    277 KB, 28 requests
 *                        (11 fragments)         (pf_meta 69, index 88, 20 fragments 20)
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { type Article, type Corpus, type Item, simplifiedView } from '../../src/analyzer/index.ts';
import { articleTitle, articleUrl, themeUrl } from '../../src/lib/corpus.ts';
import { recordContent } from '../../src/client/search/index.ts';

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
  /** Index chunk size in Pagefind's units (a record's entry plus its positions, per word); see `INDEX_CHUNK_SIZE`. */
  chunkSize?: number;
}

/**
 * Pagefind cuts its word index into chunks of at least this many units (one
 * per record a word occurs in plus one per position; default 20 000) and a
 * query loads the chunk of each of its characters, so what a query fetches
 * beside its own characters' entries is up to one chunk's worth of the
 * neighbouring characters each. Smaller chunks fetch less; more chunks make
 * `pf_meta` (which lists them) larger. Measured on 1,000 articles, first
 * query 流动党员, index chunks + pf_meta: 20 000 → 194 KB, 10 000 → 157 KB,
 * 5 000 → 163 KB, 2 000 → 160 KB. Set through Pagefind's
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (Pagefind 1.6); should it go away, the
 * index only gets back to the default size.
 */
export const INDEX_CHUNK_SIZE = 10_000;
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Starts Pagefind's service (a child process, which reads the chunk size from its environment). */
function startPagefind(chunkSize: number): ReturnType<typeof pagefind.createIndex> {
  const saved = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(chunkSize);
  try {
    return pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  } finally {
    if (saved === undefined) delete process.env[CHUNK_SIZE_ENV];
    else process.env[CHUNK_SIZE_ENV] = saved;
  }
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

/** A record's content from its title and the rest of its text (see record.ts; as written for `pagefind`). */
type Content = (title: string, body: string) => string;

/** An item's text without its title (which the record puts first), or whole when the title is not in it. */
function itemBody(item: Item): string {
  const at = item.text.indexOf(item.title);
  return at < 0 ? item.text : `${item.text.slice(0, at)}${item.text.slice(at + item.title.length)}`;
}

function itemRecord(article: Article, item: Item, content: Content): PfRecord {
  return {
    url: articleUrl(article.slug, item.id),
    content: content(item.title, itemBody(item)),
    language: SEARCH_LANGUAGE,
    meta: { title: item.title, article: articleTitle(article) },
    filters: filters([['role', [item.role]], ['theme', item.themes.map((t) => t.theme)], ...articleFilters(article)]),
  };
}

function articleRecord(article: Article, content: Content): PfRecord {
  const m = article.metadata;
  const lines = [
    article.listingTitle !== articleTitle(article) ? article.listingTitle : undefined,
    m.authors?.value.join('、'),
    [m.journal?.value, m.year?.value].filter((v) => v !== undefined).join(' '),
    m.keywords?.value.join('、'),
    m.abstract?.value,
  ];
  return {
    url: articleUrl(article.slug),
    content: content(articleTitle(article), lines.filter((l) => l).join('\n')),
    language: SEARCH_LANGUAGE,
    meta: { title: articleTitle(article) },
    filters: filters([['kind', ['article']], ...articleFilters(article)]),
  };
}

/** Every record of the corpus, in a stable order (items, then articles, then themes). */
export function searchRecords(corpus: Corpus, options: SearchIndexOptions = {}): PfRecord[] {
  const asWritten: Content = (title, body) => [title, body].filter((l) => l).join('\n');
  // Records of a traditional source also carry their simplified form, which queries are searched in (variants.ts).
  const contentOf = (traditional: boolean): Content =>
    options.segmentation === 'pagefind'
      ? asWritten
      : (title, body) => recordContent(title, body, traditional ? simplifiedView : undefined);
  const simplified = contentOf(false);
  const articles = corpus.sources.flatMap((s) => s.articles.map((a) => ({ a, content: contentOf(s.traditional) })));
  return [
    ...articles.flatMap(({ a, content }) => a.items.map((i) => itemRecord(a, i, content))),
    ...articles.map(({ a, content }) => articleRecord(a, content)),
    ...corpus.themes.map(
      (t): PfRecord => ({
        url: themeUrl(t.id),
        content: simplified(t.name, [t.definition, t.terms.map((x) => x.term).join('、')].join('\n')),
        language: SEARCH_LANGUAGE,
        meta: { title: t.name },
        filters: { kind: ['theme'], theme: [t.id] },
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
    const { index } = assertPagefind(await startPagefind(options.chunkSize ?? INDEX_CHUNK_SIZE), 'Pagefind 无法启动');
    if (!index) throw new Error('搜索索引：Pagefind 没有返回索引');
    // In order: Pagefind numbers records in the order they arrive, and returns
    // exact-phrase results in that order (the ranking, see src/client/search/rank.ts). The
    // Node API writes requests to the service in call order and the service
    // handles them one after another, so sending them all at once keeps the
    // order (the output is byte-identical to awaiting each; pinned by the
    // ranking tests) without a round trip per record.
    const responses = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const errors = responses.flatMap((response, i) => response.errors.map((e) => `${records[i].url}：${e}`));
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
