/**
 * Compare what the analyzer found in a generated corpus with the oracle:
 * per article, the items (role, title, sub-points) in text order, the
 * explicit pairs, the metadata written, and the cleaning (page numbers
 * removed, the quote glyph repaired, no furniture left).
 */
import type { Article, Corpus, Source } from '../../../src/analyzer/index.ts';
import type { ExpectedArticle } from './article/index.ts';
import type { Oracle } from './corpus.ts';

export interface Mismatch {
  file: string;
  article: string;
  /** What disagrees: `count`, `titles`, `subpoints`, `pairs`, `metadata`, `cleaning`, `missing`. */
  aspect: string;
  expected: unknown;
  actual: unknown;
}

export interface Agreement {
  articles: number;
  /** Articles whose item counts per role agree. */
  countsExact: number;
  /** Articles whose items agree entirely (roles, titles, order). */
  itemsExact: number;
  /** Articles whose every check agrees. */
  exact: number;
  mismatches: Mismatch[];
}

const ROLES = ['problem', 'cause', 'countermeasure'] as const;
const FURNITURE = [
  '相关热词搜索',
  '版权所有',
  'Powered by',
  'ICP备',
  '因版权原因',
  '时间:',
  'Copyright',
  '作者:',
  // The same in a traditional source.
  '相關熱詞搜索',
  '版權所有',
  '因版權原因',
  '時間:',
];

/** Check `corpus` (the analysis of the generated files) against `oracle`. */
export function checkCorpus(corpus: Corpus, oracle: Oracle): Agreement {
  const bySlug = new Map<string, Source>(corpus.sources.map((s) => [s.slug, s]));
  const result: Agreement = { articles: 0, countsExact: 0, itemsExact: 0, exact: 0, mismatches: [] };
  for (const file of oracle.files) {
    const source = bySlug.get(file.slug);
    const articles = source?.articles ?? [];
    if (!source || articles.length !== file.articles.length) {
      result.mismatches.push({
        file: file.file,
        article: file.slug,
        aspect: 'articles',
        expected: file.articles.map((a) => a.slug),
        actual: articles.map((a) => a.slug),
      });
    }
    for (const want of file.articles) {
      result.articles++;
      const got = articles.find((a) => a.slug === want.slug);
      if (!got) {
        result.mismatches.push({
          file: file.file,
          article: want.slug,
          aspect: 'missing',
          expected: want.slug,
          actual: null,
        });
        continue;
      }
      const found = checkArticle(file.file, want, got);
      const aspects = new Set(found.map((m) => m.aspect));
      if (!aspects.has('count')) result.countsExact++;
      if (!aspects.has('count') && !aspects.has('titles')) result.itemsExact++;
      if (found.length === 0) result.exact++;
      result.mismatches.push(...found);
    }
  }
  return result;
}

/** Every disagreement between one expected article and the analyzer's. */
export function checkArticle(file: string, want: ExpectedArticle, got: Article): Mismatch[] {
  const out: Mismatch[] = [];
  const add = (aspect: string, expected: unknown, actual: unknown) =>
    out.push({ file, article: want.slug, aspect, expected, actual });

  const counts = Object.fromEntries(ROLES.map((r) => [r, got.items.filter((i) => i.role === r).length]));
  if (ROLES.some((r) => counts[r] !== want.counts[r])) add('count', want.counts, counts);
  const wantItems = want.items.map((i) => `${i.role}: ${i.title}`);
  const gotItems = got.items.map((i) => `${i.role}: ${i.title}`);
  if (JSON.stringify(wantItems) !== JSON.stringify(gotItems)) add('titles', wantItems, gotItems);
  else {
    const wantSub = want.items.map((i) => i.subpoints);
    const gotSub = got.items.map((i) => i.subpoints.length);
    if (JSON.stringify(wantSub) !== JSON.stringify(gotSub)) add('subpoints', wantSub, gotSub);
    const ids = got.items.map((i) => i.id);
    const pairs = got.items
      .flatMap((i, k) => i.pairedWith.map((p) => [k, ids.indexOf(p)] as [number, number]))
      .filter(([a, b]) => a < b);
    if (JSON.stringify(pairs) !== JSON.stringify(want.pairs)) add('pairs', want.pairs, pairs);
  }
  if (got.abstractOnly !== want.abstractOnly) add('abstractOnly', want.abstractOnly, got.abstractOnly);

  for (const [key, value] of Object.entries(want.metadata)) {
    const field = got.metadata[key as keyof Article['metadata']];
    const actual = key === 'references' && Array.isArray(field?.value) ? field.value.length : field?.value;
    if (JSON.stringify(actual) !== JSON.stringify(value)) add(`metadata.${key}`, value, actual ?? null);
  }

  const pages = got.edits.filter((e) => e.rule === 'furniture.page-number').map((e) => Number(e.before));
  if (JSON.stringify(pages) !== JSON.stringify(want.pageNumbers)) add('cleaning.page-numbers', want.pageNumbers, pages);
  const footers = got.edits.filter((e) => e.rule === 'furniture.page-footer').length;
  if (footers !== want.pageFooters) add('cleaning.page-footers', want.pageFooters, footers);
  if (want.quoteGlyph && (got.text.includes('冶') || !got.edits.some((e) => e.rule === 'artifact.冶'))) {
    add('cleaning.quote-glyph', 'repaired', got.text.match(/.{0,8}冶.{0,8}/)?.[0] ?? 'no artifact edits');
  }
  const left = FURNITURE.filter((f) => got.text.includes(f));
  if (/(^|\n)[ \t\u3000]*[A-Za-z]{1,3}[ \t\u3000]*(\n|$)/.test(got.text)) left.push('junk line');
  if (left.length) add('cleaning.furniture', [], left);
  return out;
}
