/**
 * Bibliographic metadata of one article of the genre, and where its body
 * lies between front matter and back matter. Pure: text in, values out,
 * every value with the span it was read from.
 */
import { readBack } from './back.ts';
import { buildChain, type ChainField } from './chain.ts';
import { Collector, Rank } from './collect.ts';
import { colonsOf, findLabels } from './labels.ts';
import { nameSpans, namesNobody } from './names.ts';
import { readPrelude } from './prelude.ts';
import { span, trimSpan } from '../../text/spans.ts';
import { compactName, skipGap, valueText } from './field-text.ts';
import { normalizeIssn, readArticleNumber, readPages, readYearVolIssue, splitList, splitNumbered } from './values.ts';
import type { ArticleMetadata, Diagnostic } from '../../types.ts';

/** Known journals, so a journal the text names only by ISSN or English name can still be named. */
export interface MetadataOptions {
  /** Known journals, to name a journal the text gives only by ISSN or English name. */
  journals?: { name: string; issn?: string; english?: string[] }[];
}

/** Metadata plus the body's bounds, so later stages analyse the body alone. */
export interface MetadataResult {
  metadata: ArticleMetadata;
  /** Clean-text offset where the front matter ends and the body starts. */
  bodyStart: number;
  /** Clean-text offset where the back matter (references, author note, editor line) starts; = text.length when none. */
  bodyEnd: number;
  warnings: Diagnostic[];
}

/**
 * Read an article's metadata. Patterns run on `view` (simplified characters,
 * same offsets as `text`); values are sliced from `text`, so a traditional
 * source keeps its own characters. Fields the article lacks stay absent.
 */
export function extractMetadata(text: string, view: string, options: MetadataOptions = {}): MetadataResult {
  const c = new Collector();
  if (view.length !== text.length) {
    c.warn('metadata.view-mismatch', '简体视图与原文长度不一致，已改为直接在原文上识别元数据；请检查繁简转换。');
    view = text;
  }
  const journals = options.journals ?? [];
  const english = englishNames(journals);

  const colons = colonsOf(view);
  const chain = buildChain(view, findLabels(view, colons));
  const prelude = readPrelude(text, view, 0, chain ? chain.fields[0].label.start : view.length, !chain, c, english);
  if (chain) for (const f of chain.fields) applyField(text, view, f, c);
  if (prelude.title) c.put('title', { value: valueText(text, prelude.title), span: prelude.title }, Rank.masthead);

  const frontEnd = chain ? chain.end : prelude.end;
  const bodyStart = frontEnd > 0 ? skipGap(view, frontEnd) : 0;
  const bodyEnd = bodyStart < view.length ? readBack(text, view, bodyStart, c, colons) : view.length;
  lookUpJournal(c, journals);
  return { metadata: c.metadata(), bodyStart: Math.min(bodyStart, bodyEnd), bodyEnd, warnings: c.warnings };
}

/** Record one labelled field's value. */
function applyField(text: string, view: string, f: ChainField, c: Collector): void {
  const v = f.value;
  const at = Rank.label;
  if (f.label.field === 'keywords') return applyKeywords(text, f, c);
  if (v.end <= v.start) return;
  const plain = () => ({ value: valueText(text, v), span: v });
  switch (f.label.field) {
    case 'title':
    case 'abstract':
    case 'language':
    case 'documentCode':
    case 'authorBio':
    case 'fund':
    case 'received':
    case 'column':
      return c.put(f.label.field, plain(), at);
    case 'editor':
      return c.put('editor', { value: compactName(valueText(text, v)), span: v }, at);
    case 'journal': {
      const j = trimSpan(view, v.start, v.end, '《》');
      return c.put('journal', { value: valueText(text, j), span: j }, at);
    }
    case 'yearVolIssue':
      return readYearVolIssue(view, v, c, at);
    case 'pages':
      return readPages(view, v, c, at);
    case 'authors': {
      // `作者:管理员` names nobody: the field stays empty.
      const names = nameSpans(view, v.start, v.end).filter(
        (n) => !namesNobody(compactName(view.slice(n.start, n.end))),
      );
      if (names.length === 0) return;
      return c.put('authors', { value: names.map((n) => compactName(text.slice(n.start, n.end))), span: v }, at);
    }
    case 'affiliations':
      return c.put(
        'affiliations',
        { value: splitList(view, v.start, v.end, ';；').map((s) => valueText(text, s)), span: v },
        at,
      );
    case 'clc':
      return c.put(
        'clc',
        { value: splitList(view, v.start, v.end, ';；,，\\s').map((s) => valueText(text, s)), span: v },
        at,
      );
    case 'related': {
      const items = splitNumbered(view, v.start, v.end, 'dot') ?? [v];
      return c.put('relatedLiterature', { value: items.map((s) => valueText(text, s)), span: v }, at);
    }
    case 'references': {
      const items = splitNumbered(view, v.start, v.end, 'bracket') ?? [v];
      return c.put('references', { value: items.map((s) => valueText(text, s)), span: v }, at);
    }
    case 'articleNumber':
      c.put('articleNumber', plain(), at);
      return readArticleNumber(view, v, c);
    case 'issn':
      return c.put('issn', { value: normalizeIssn(view.slice(v.start, v.end)), span: v }, at);
  }
}

function applyKeywords(text: string, f: ChainField, c: Collector): void {
  const items = f.items ?? [];
  if (f.runIn) {
    const last = items[items.length - 1];
    c.warn(
      'metadata.keywords-run-in',
      last
        ? `关键词与正文连排，最后一个关键词按其余关键词的最长长度截为“${text.slice(last.start, last.end)}”；截断位置是推测的，请核对原文。`
        : '关键词与正文连排，无法判断关键词在哪里结束，未提取关键词；请核对原文。',
    );
  }
  if (items.length === 0) return;
  c.put('keywords', { value: items.map((s) => valueText(text, s)), span: f.value }, Rank.label);
}

/** Name the journal from the journals list when the text gives only its ISSN or English name. */
function lookUpJournal(c: Collector, journals: NonNullable<MetadataOptions['journals']>): void {
  if (c.has('journal')) return;
  const issn = c.get('issn');
  const byIssn = issn && journals.find((j) => j.issn && normalizeIssn(j.issn) === issn.value);
  if (issn && byIssn) {
    c.put(
      'journal',
      { value: byIssn.name, span: span(issn.span.start, issn.span.start), via: 'issn-lookup' },
      Rank.lookup,
    );
    return;
  }
  const eng = c.get('journalEnglish');
  const byName = eng && journals.find((j) => (j.english ?? []).some((e) => squash(e) === squash(eng.value)));
  if (eng && byName) {
    c.put(
      'journal',
      { value: byName.name, span: span(eng.span.start, eng.span.start), via: 'english-lookup' },
      Rank.lookup,
    );
  }
}

const englishOf = new WeakMap<NonNullable<MetadataOptions['journals']>, string[]>();

/** The journals' English names, squashed, listed once per journals list instead of per article. */
function englishNames(journals: NonNullable<MetadataOptions['journals']>): string[] {
  let names = englishOf.get(journals);
  if (names === undefined) englishOf.set(journals, (names = journals.flatMap((j) => j.english ?? []).map(squash)));
  return names;
}

/** An English name compared ignoring spaces and case. */
function squash(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}
