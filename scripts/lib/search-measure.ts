/**
 * Runs the site's search in Node, as the browser does, against an index
 * written by `buildSearchIndex`, and measures it (used by tests/search.test.ts
 * and scripts/measure-search.ts).
 *
 * Pagefind's JS fetches `pagefind-entry.json`, `*.pf_meta`, the wasm, index
 * chunks and fragments with `fetch()` relative to its `basePath`. Node's fetch
 * does not read `file:` URLs, so the index folder is served on 127.0.0.1 (which
 * also lets us count the bytes each query loads). pagefind.js reads the page
 * language from `document.querySelector('html').lang` (else `unknown`, which
 * turns Chinese query segmentation off), so a minimal `document` stands in
 * while it loads; `baseUrl: '/'` keeps result URLs site-relative.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Corpus, parseTermList } from '../../src/analyzer/index.ts';
import { PAGE_SIZE, runSearch, type PagefindApi, type SearchOutcome } from '../../src/client/search/index.ts';

export const DICTIONARY = 'content/dict/party-terms.txt';

/** A Pagefind instance running in Node over HTTP, with a record of what it fetched. */
export interface NodePagefind extends PagefindApi {
  /** Files fetched since the last `reset()`, with their sizes. */
  fetched: { path: string; bytes: number }[];
  /** Size of pagefind.js (the browser fetches it; Node imports it from disk). */
  scriptBytes: number;
  reset(): void;
  close(): Promise<void>;
}

/** Serves `<outDir>/pagefind/` and loads Pagefind's JS from it, like the search page does. */
export async function openPagefind(outDir: string): Promise<NodePagefind> {
  const root = resolve(outDir);
  const fetched: { path: string; bytes: number }[] = [];
  const server: Server = createServer((req, res) => {
    // No kept-alive connections: a later server may get this one's port, and fetch would reuse a socket this
    // server has closed ("fetch failed").
    res.setHeader('connection', 'close');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(join(root, path));
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside');
      const body = readFileSync(file);
      fetched.push({ path, bytes: body.length });
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');

  const script = join(root, 'pagefind', 'pagefind.js');
  const g = globalThis as { document?: unknown };
  const hadDocument = 'document' in g;
  const previous = g.document;
  g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  let instance: { search: PagefindApi['search']; init(): Promise<void>; destroy(): Promise<void> };
  try {
    // A query string per folder, so each index gets its own module (its own wasm and caches).
    const mod = await import(`${pathToFileURL(script).href}?root=${encodeURIComponent(root)}`);
    instance = mod.createInstance({
      basePath: `http://127.0.0.1:${address.port}/pagefind/`,
      baseUrl: '/',
      noWorker: true,
    });
    await instance.init();
  } finally {
    if (hadDocument) g.document = previous;
    else delete g.document;
  }
  return {
    search: (term, options) => instance.search(term, options),
    fetched,
    scriptBytes: statSync(script).size,
    reset: () => void fetched.splice(0),
    close: async () => {
      await instance.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Runs `fn` as an old browser would: without `Intl.Segmenter` (Pagefind then keeps a query's words whole). */
export async function withoutSegmenter<T>(fn: () => Promise<T>): Promise<T> {
  const intl = Intl as { Segmenter?: unknown };
  const saved = intl.Segmenter;
  intl.Segmenter = undefined;
  try {
    return await fn();
  } finally {
    intl.Segmenter = saved;
  }
}

/** The domain dictionary's terms (content/dict/party-terms.txt). */
export function dictionaryTerms(path = DICTIONARY): string[] {
  return parseTermList(readFileSync(path, 'utf8'), path).terms.map((t) => t.word);
}

/** The codebook's theme names and terms, and the themes' keywords. */
export function codebookTerms(corpus: Corpus): string[] {
  const terms = corpus.themes.flatMap((t) => [t.name, ...t.terms.map((x) => x.term)]);
  const keywords = Object.values(corpus.keywords?.themes ?? {}).flatMap((list) => list.map((w) => w.term));
  return [...new Set([...terms, ...keywords])];
}

export interface TermMeasure {
  term: string;
  /** Items whose text contains the term. */
  relevant: number;
  /** Of those, how many the search returned. */
  found: number;
  /** 1-based rank of the first result containing the term literally; 0 if none. */
  rank: number;
  results: number;
  /** Results that contain the term literally. */
  literal: number;
}

export interface Measurement {
  terms: number;
  /** Mean over terms of found / relevant. */
  recall: number;
  /** Mean over terms of 1 / rank. */
  mrr: number;
  /** Share of all returned results that contain their term literally. */
  precision: number;
  /** Terms with recall below 1 or whose first result does not contain them. */
  failing: TermMeasure[];
  perTerm: TermMeasure[];
}

/** Item URLs and texts of the corpus. */
function corpusItems(corpus: Corpus): { url: string; text: string }[] {
  return corpus.sources.flatMap((s) =>
    s.articles.flatMap((a) => a.items.map((i) => ({ url: `/articles/${a.slug}/#${i.id}`, text: i.text }))),
  );
}

/** Terms that occur literally in at least one item, once each, in the order given. */
export function termsInItems(corpus: Corpus, terms: string[]): string[] {
  const items = corpusItems(corpus);
  return [...new Set(terms)].filter((t) => items.some((i) => i.text.includes(t)));
}

/**
 * Searches every term (those occurring in no item are skipped) as the page
 * does, over all results (no limit), and measures recall and MRR.
 */
export async function measureTerms(
  pagefind: PagefindApi,
  corpus: Corpus,
  terms: string[],
  search: (pf: PagefindApi, q: string) => Promise<SearchOutcome> = (pf, q) => runSearch(pf, q, {}, Infinity),
): Promise<Measurement> {
  const items = corpusItems(corpus);
  const perTerm: TermMeasure[] = [];
  for (const term of termsInItems(corpus, terms)) {
    const relevant = items.filter((i) => i.text.includes(term));
    const { hits } = await search(pagefind, term);
    const urls = new Set(hits.map((h) => h.url));
    perTerm.push({
      term,
      relevant: relevant.length,
      found: relevant.filter((i) => urls.has(i.url)).length,
      rank: hits.findIndex((h) => h.content.includes(term)) + 1,
      results: hits.length,
      literal: hits.filter((h) => h.content.includes(term)).length,
    });
  }
  const n = Math.max(1, perTerm.length);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    terms: perTerm.length,
    recall: round(perTerm.reduce((s, t) => s + t.found / t.relevant, 0) / n),
    mrr: round(perTerm.reduce((s, t) => s + (t.rank ? 1 / t.rank : 0), 0) / n),
    precision: round(
      perTerm.reduce((s, t) => s + t.literal, 0) /
        Math.max(
          1,
          perTerm.reduce((s, t) => s + t.results, 0),
        ),
    ),
    failing: perTerm.filter((t) => t.found < t.relevant || t.rank !== 1),
    perTerm,
  };
}

/**
 * What a first query costs a reader: every file fetched, pagefind.js
 * included, running the page's `runSearch` with the page's first page
 * (`PAGE_SIZE` results' data), as src/client/search/page.ts does.
 */
export async function firstQueryCost(
  outDir: string,
  query: string,
): Promise<{ requests: number; bytes: number; files: { path: string; bytes: number }[]; results: number }> {
  const pf = await openPagefind(outDir);
  try {
    const outcome = await runSearch(pf, query, {}, PAGE_SIZE);
    const files = [{ path: '/pagefind/pagefind.js', bytes: pf.scriptBytes }, ...pf.fetched];
    return {
      requests: files.length,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      files,
      results: outcome.hits.length,
    };
  } finally {
    await pf.close();
  }
}

/** One line of figures, for logs. */
export function formatMeasurement(label: string, m: Measurement): string {
  const failing = m.failing.map((t) => `${t.term}（${t.found}/${t.relevant}，第${t.rank || '—'}位）`).join('、');
  return `${label}：${m.terms} 个词，召回率 ${m.recall.toFixed(3)}，MRR ${m.mrr.toFixed(3)}，精确率 ${m.precision.toFixed(3)}${failing ? `；未达标：${failing}` : ''}`;
}
