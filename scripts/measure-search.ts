/**
 * `npm run measure:search [-- --compare]`: builds the search index from the
 * real corpus (content/sources/) into a temporary folder, runs the search
 * page's query for every dictionary term (content/dict/party-terms.txt), and
 * for every dictionary and codebook term, that occurs in an item, with and
 * without `Intl.Segmenter`, and prints recall, MRR and the bytes of a first
 * query. Failing terms are listed, written to
 * content/generated/search-failing-terms.txt, and make the exit code 1.
 * `--compare` also measures the alternatives the strategy was chosen over.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Corpus } from '../src/analyzer/index.ts';
import {
  kindOfUrl,
  rankResults,
  recordText,
  type Hit,
  type PagefindApi,
  type SearchOutcome,
} from '../src/client/search/index.ts';
import { loadContent, listSources, SOURCES } from './lib/content.ts';
import { buildCorpus } from './lib/corpus.ts';
import { writeText } from './lib/exports.ts';
import { articleTitle, articleUrl } from '../src/lib/corpus.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import {
  codebookTerms,
  dictionaryTerms,
  firstQueryCost,
  formatMeasurement,
  measureTerms,
  openPagefind,
  termsInItems,
  withoutSegmenter,
  type Measurement,
} from './lib/search-measure.ts';

const FAILING = 'content/generated/search-failing-terms.txt';
const FIRST_QUERY = '流动党员';

type Search = (pf: PagefindApi, q: string) => Promise<SearchOutcome>;

/** Pagefind's own query, every result in its order. */
const plainSearch: Search = async (pf, q) => {
  const results = (await pf.search(q))?.results ?? [];
  const hits = await Promise.all(
    results.map(async (r): Promise<Hit> => {
      const d = await r.data();
      const kind = kindOfUrl(d.url);
      return {
        url: d.url,
        title: d.meta.title ?? d.url,
        content: recordText(d.content),
        kind,
        label: '',
        meta: d.meta,
        score: r.score,
      };
    }),
  );
  return { hits, ranked: results, total: hits.length, exact: true, words: [q] };
};

/** The baseline of the issue: one page per article, each item a heading with an id (Pagefind's sub-results). */
async function buildAnchoredPages(corpus: Corpus, dir: string): Promise<void> {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  try {
    const { index } = await pagefind.createIndex();
    for (const a of corpus.sources.flatMap((s) => s.articles)) {
      const items = a.items
        .map((i) => `<h2 id="${i.id}">${escapeHtml(i.title)}</h2><p>${escapeHtml(i.text)}</p>`)
        .join('');
      const html = `<html lang="zh-CN"><body><main data-pagefind-body><h1>${escapeHtml(articleTitle(a))}</h1>${items}</main></body></html>`;
      await index!.addHTMLFile({ url: articleUrl(a.slug), content: html });
    }
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's query on the anchored pages, sub-results in order; an item's content is its text. */
function anchoredSearch(corpus: Corpus): Search {
  const texts = new Map<string, string>(
    corpus.sources.flatMap((s) =>
      s.articles.flatMap((a) => a.items.map((i) => [articleUrl(a.slug, i.id), i.text] as const)),
    ),
  );
  return async (pf, q) => {
    const hits: Hit[] = [];
    for (const r of (await pf.search(q))?.results ?? []) {
      const d = (await r.data()) as Awaited<ReturnType<typeof r.data>> & {
        sub_results: { url: string; title: string }[];
      };
      for (const s of d.sub_results) {
        hits.push({
          url: s.url,
          title: s.title,
          content: texts.get(s.url) ?? '',
          kind: 'item',
          label: '',
          meta: d.meta,
          score: r.score,
        });
      }
    }
    return { hits, ranked: [], total: hits.length, exact: true, words: [q] };
  };
}

async function measure(
  corpus: Corpus,
  label: string,
  build: (dir: string) => Promise<unknown>,
  terms: { name: string; list: string[] }[],
  search?: Search,
): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'search-'));
  try {
    await build(dir);
    const pf = await openPagefind(dir);
    const out: Measurement[] = [];
    try {
      for (const { name, list } of terms) {
        for (const segmenter of [true, false]) {
          const run = () => measureTerms(pf, corpus, list, search);
          const m = segmenter ? await run() : await withoutSegmenter(run);
          console.log(formatMeasurement(`${label}｜${name}｜${segmenter ? '有' : '无'} Intl.Segmenter`, m));
          out.push(m);
        }
      }
    } finally {
      await pf.close();
    }
    const cost = await firstQueryCost(dir, FIRST_QUERY);
    const files = cost.files
      .map((f) => `${f.path.replace('/pagefind/', '')} ${(f.bytes / 1024).toFixed(1)}`)
      .join('，');
    console.log(
      `${label}｜首次搜索“${FIRST_QUERY}”：${cost.requests} 个文件，共 ${(cost.bytes / 1024).toFixed(1)} KB（${files}）`,
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const compare = process.argv.includes('--compare');
const corpus = await buildCorpus(listSources([SOURCES]), loadContent());
const terms = [
  { name: '词典词', list: termsInItems(corpus, dictionaryTerms()) },
  { name: '词典词与议题词', list: termsInItems(corpus, [...dictionaryTerms(), ...codebookTerms(corpus)]) },
];

const chosen = await measure(
  corpus,
  '逐字索引＋逐词短语查询（空白处断开）＋按记录顺序（采用）',
  async (dir) => {
    const built = await buildSearchIndex(corpus, dir);
    console.log(`索引：${built.records} 条记录，${(built.bytes / 1024).toFixed(0)} KB`);
  },
  terms,
);
if (compare) {
  const asWritten = { segmentation: 'pagefind' } as const;
  await measure(
    corpus,
    '条目锚点的文章页（Pagefind 默认做法）',
    (d) => buildAnchoredPages(corpus, d),
    terms,
    anchoredSearch(corpus),
  );
  await measure(
    corpus,
    '每条目一条记录，原文，Pagefind 默认查询',
    (d) => buildSearchIndex(corpus, d, asWritten),
    terms,
    plainSearch,
  );
  await measure(
    corpus,
    '每条目一条记录，原文，先短语后宽松＋字面重排',
    (d) => buildSearchIndex(corpus, d, asWritten),
    terms,
    async (pf, q) => {
      let out = await plainSearch(pf, `"${q}"`);
      if (!out.hits.length) out = await plainSearch(pf, q);
      return { ...out, hits: rankResults(q, out.hits) };
    },
  );
}

const failing = [...new Set(chosen.flatMap((m) => m.failing.map((t) => t.term)))];
if (failing.length) {
  writeText(FAILING, `${failing.join('\n')}\n`);
  console.log(`未达标的词 ${failing.length} 个，已写入 ${FAILING}`);
  process.exitCode = 1;
} else {
  rmSync(FAILING, { force: true });
  console.log('全部词：召回率 1，第一条结果即逐字包含该词。');
}
