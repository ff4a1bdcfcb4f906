import { lastAtMost } from '../text/bisect.ts';
import { chineseNumber } from '../text/numerals.ts';
import { decodeSource } from './decode.ts';
import { undo } from './ledger.ts';
import { extractMetadata, type MetadataOptions } from './metadata/index.ts';
import { normalizeRegion, unusedCorrections } from './normalize/index.ts';
import {
  assignRoles,
  buildOutline,
  contentsIn,
  extractItems,
  genreDecision,
  headingRole,
  withRoleLines,
} from './outline/index.ts';
import type { Furniture } from '../config/furniture.ts';
import type { Rules } from '../config/rules.ts';
import { isTraditional, viewed, viewedPart } from '../text/chinese-script/index.ts';
import { splitPieces } from './split.ts';
import { findSuspicious } from './suspicious.ts';
import { foldCompatibility } from '../text/compatibility.ts';
import { titleSpanOf } from '../text/spans.ts';
import type { Extracted } from './extract/index.ts';
import { recordExtraction } from './extract/record.ts';
import type { Article, Correction, Diagnostic, Edit, Source, SourceMetadata, Span } from '../types.ts';

/** One source file, as the scripts hand it over. */
export interface SourceInput {
  /** Path shown in messages and kept in the corpus (relative, `/`-separated). */
  path: string;
  bytes: Uint8Array;
  /** Stable slug of the source; article slugs derive from it. */
  slug: string;
  /** Corrections written for this source. */
  corrections?: readonly Correction[];
  /** The text extracted from a Word, PDF or web-page file (`extract`); `bytes` are then not decoded. */
  extracted?: Extracted;
}

/** Data every analysis needs (validated from `content/`). */
export interface AnalyzeOptions {
  rules: Rules;
  /** Site furniture rules (`content/furniture.yaml`). */
  furniture: Furniture;
  journals?: MetadataOptions['journals'];
}

export type AnalyzeResult = { ok: true; source: Source } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Analyze one source file: decode → split into pieces → clean each (with its
 * audit trail) → metadata → outline → roles → items. Never throws on bad
 * input: unreadable files come back as diagnostics.
 */
export function analyzeSource(input: SourceInput, options: AnalyzeOptions): AnalyzeResult {
  const { extracted } = input;
  const decoded = extracted
    ? ({ ok: true, value: { text: extracted.text, encoding: 'utf-8', bom: false } } as const)
    : decodeSource(input.bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.error] };
  const { text, encoding, bom } = decoded.value;
  if (text.trim() === '') {
    return { ok: false, diagnostics: [{ code: 'decode.blank', message: '文件只有空白字符，没有可分析的文字。' }] };
  }
  const traditional = isTraditional(text);
  const whole = traditional ? viewed(text) : undefined;
  // Pieces are found in a view where radicals from PDF text layers read as the ideographs they draw
  // (`篇⼀` is `篇一`); cleaning then replaces them in the text, recorded.
  const rawView = foldCompatibility(whole?.view ?? text);
  const lineOf = lineIndex(text);
  const corrections = input.corrections ?? [];
  const { before, pieces } = splitPieces(rawView);

  const metadata: SourceMetadata = {};
  const warnings: Diagnostic[] = [];
  const unassigned: Source['unassigned'] = [];
  const unused = new Map<Correction, number>();
  const countUnused = (list: readonly Correction[]) => list.forEach((c) => unused.set(c, (unused.get(c) ?? 0) + 1));

  const frame = normalizeRegion(text.slice(before.start, before.end), before.start, {
    rules: options.rules,
    furniture: options.furniture,
    corrections: corrections.filter((c) => c.piece === undefined),
    traditional,
    atStart: true,
    atEnd: false,
    view: whole && viewedPart(whole, before.start, before.end),
  });
  Object.assign(metadata, frame.meta);
  countUnused(frame.unused);
  const leftover = frame.ledger.text.trim();
  if (leftover) {
    const at = frame.ledger.text.indexOf(leftover);
    const span = frame.ledger.sourceSpan(at, at + leftover.length);
    unassigned.push({ span, text: leftover });
    warnings.push({
      code: 'split.unassigned',
      line: lineOf(span.start),
      message: `第一篇文章之前有未能识别的文字“${leftover.slice(0, 30)}”，已原样保留在“未归属文字”中。`,
    });
  }

  const articles: Article[] = pieces.map((piece, i) => {
    const number = piece.label ? pieceNumber(piece.label, i + 1) : i + 1;
    const start = piece.marker ? piece.marker.end : piece.span.start;
    const region: Span = { start, end: piece.span.end };
    const forPiece = corrections.filter((c) => c.piece === undefined || c.piece === number);
    const cleaned = normalizeRegion(text.slice(region.start, region.end), region.start, {
      rules: options.rules,
      furniture: options.furniture,
      corrections: forPiece,
      traditional,
      atStart: before.end === 0 && i === 0,
      atEnd: true,
      view: whole && viewedPart(whole, region.start, region.end),
    });
    for (const [key, value] of Object.entries(cleaned.meta)) {
      if (value !== undefined && metadata[key as keyof SourceMetadata] === undefined) {
        Object.assign(metadata, { [key]: value });
      }
    }
    countUnused(cleaned.unused.filter((c) => c.piece === undefined));
    warnings.push(...unusedCorrections(cleaned.unused.filter((c) => c.piece !== undefined)));

    const slug = pieces.length > 1 ? `${input.slug}-${number}` : input.slug;
    return analyzeArticle({
      slug,
      piece: number,
      label: piece.label,
      listingTitle: piece.listingTitle,
      source: piece.span,
      marker: piece.marker ?? undefined,
      text: cleaned.ledger.text,
      view: cleaned.view,
      edits: cleaned.ledger.edits,
      toSource: (span) => cleaned.ledger.sourceSpan(span.start, span.end),
      options,
      lineOf,
    });
  });

  // A source-wide correction is stale only if no region used it.
  const regions = pieces.length + 1;
  warnings.push(...unusedCorrections([...unused].filter(([, n]) => n === regions).map(([c]) => c)));

  const source: Source = {
    path: input.path,
    slug: input.slug,
    encoding,
    bom,
    traditional,
    length: text.length,
    format: extracted?.format ?? 'txt',
    metadata,
    edits: frame.ledger.edits,
    unassigned,
    articles,
    warnings,
  };
  if (extracted) recordExtraction(source, extracted);
  const lost = verifyNothingLost(text, source);
  if (lost) warnings.push(lost);
  return { ok: true, source };
}

/** What an article's analysis starts from: the piece as cleaned, with the source's options. */
type ArticleInput = Pick<
  Article,
  'slug' | 'piece' | 'label' | 'listingTitle' | 'source' | 'marker' | 'text' | 'edits'
> & {
  view: string;
  toSource: (span: Span) => Span;
  options: AnalyzeOptions;
  lineOf: (offset: number) => number;
};

/** The furniture rule of a site's notice that it left text out (`……(…省略571字…)……`, `此处隐藏1514个字`). */
const OMITTED_NOTICE = 'furniture.omitted-notice';
/** The furniture rule of a paper site's notice that it shows a paper's abstract only (`论文部分内容阅读`). */
const EXCERPT_NOTICE = 'furniture.excerpt-notice';

function analyzeArticle(a: ArticleInput): Article {
  const { rules } = a.options;
  const meta = extractMetadata(a.text, a.view, { journals: a.options.journals });
  // A page cut after its front matter: the table of contents there is all there is of the body.
  const cut = a.view.slice(meta.bodyStart, meta.bodyEnd).trim() === '';
  const body = (cut && contentsIn(a.view, 0, meta.bodyStart)) || { start: meta.bodyStart, end: meta.bodyEnd };
  const omissions = a.edits.filter((e) => e.rule === OMITTED_NOTICE).map((e) => e.at);
  const outline = buildOutline({ text: a.text, view: a.view, body, slug: a.slug, rules, omissions });
  const deficiency = rules.itemWording.problem.anywhere;
  assignRoles(outline.nodes, a.view, rules.roleCues, undefined, rules.itemWording, rules.answering);
  const fullTitle = meta.metadata.title
    ? a.view.slice(meta.metadata.title.span.start, meta.metadata.title.span.end)
    : undefined;
  // A speech's title (`在…整改工作会议上的讲话`) names its meeting's topic, not the article's matter.
  const speech = fullTitle !== undefined && rules.speechTitles.some((w) => fullTitle.includes(w));
  const title = speech ? undefined : fullTitle;
  outline.nodes = withRoleLines(outline.nodes, { ...a, body, title, cues: rules.roleCues, deficiency });
  let items = extractItems(outline.nodes, {
    text: a.text,
    view: a.view,
    slug: a.slug,
    rules,
    toSource: a.toSource,
    // A paper site's excerpt shows the paper's abstract: its body is read as one where nothing else gives items.
    abstract: meta.metadata.abstract?.span ?? (a.edits.some((e) => e.rule === EXCERPT_NOTICE) ? body : undefined),
  });
  const titleRole = title !== undefined && headingRole(title, rules.roleCues, deficiency).role;
  // The decision reads item titles as every rule reads words: in the simplified view (`加強` is `加强`).
  const inView = items.map((i) => {
    const at = titleSpanOf(i, a.text);
    return at ? { ...i, title: a.view.slice(at.start, at.end) } : i;
  });
  const genre = genreDecision(
    outline.nodes,
    inView,
    a.view.slice(body.start, body.end),
    rules,
    ['problem', 'cause', 'countermeasure'].includes(titleRole || ''),
    speech,
  );
  if (!genre.genre) items = [];
  const bodyText = a.text.slice(body.start, body.end).trim();
  const lineOfClean = (offset: number) => a.lineOf(a.toSource({ start: offset, end: offset }).start);

  const warnings: Diagnostic[] = [
    ...meta.warnings,
    ...outline.warnings,
    ...findSuspicious(bodyText ? a.text : '', lineOfClean),
    ...(genre.genre ? [] : [{ ...genre.warning, line: a.lineOf(a.source.start) }]),
  ];
  for (const node of outline.nodes) {
    if (node.marker && node.role === 'other') {
      warnings.push({
        code: 'outline.unrecognized',
        line: lineOfClean(node.span.start),
        message: `未能识别小节“${node.marker.text}${node.heading}”的角色（问题/原因/对策等）；可在 content/rules.yaml 的 roleCues 中补充提示词。`,
      });
    }
  }
  if (bodyText && items.length === 0 && genre.genre) {
    warnings.push({
      code: 'items.none',
      line: a.lineOf(a.source.start),
      message: '这篇文章没有找到任何问题、原因或对策条目；请检查其小节标题的编号和用词。',
    });
  }

  const article: Article = {
    slug: a.slug,
    piece: a.piece,
    source: a.source,
    text: a.text,
    body,
    metadata: meta.metadata,
    abstractOnly: bodyText === '' && meta.metadata.abstract !== undefined,
    outline: outline.nodes,
    items,
    edits: a.edits,
    warnings,
  };
  if (a.marker) article.marker = a.marker;
  if (a.label) article.label = a.label;
  if (a.listingTitle) article.listingTitle = a.listingTitle;
  return article;
}

/** Offset → 1-based line number of the source text. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => lastAtMost(starts, offset) + 1;
}

function pieceNumber(label: string, fallback: number): number {
  return chineseNumber(label.replace(/^篇/, '')) || fallback;
}

/** Apply recorded edits forward (the frame's cleaned text is not stored). */
function redo(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) out = out.slice(0, e.at) + e.after + out.slice(e.at + e.before.length);
  return out;
}

/**
 * Every character of the source must be in an article, its marker line, the
 * text around the articles, or a recorded change: undoing the recorded changes
 * must give back the source exactly.
 */
export function verifyNothingLost(text: string, source: Source): Diagnostic | null {
  const first = source.articles[0]?.source.start ?? text.length;
  const frame = text.slice(0, first);
  const parts = [undo(redo(frame, source.edits), source.edits)];
  for (const article of source.articles) {
    if (article.marker) parts.push(text.slice(article.marker.start, article.marker.end));
    parts.push(undo(article.text, article.edits));
  }
  if (parts.join('') === text) return null;
  return {
    code: 'internal.lost-text',
    message: '内部错误：清理后的文本无法还原为原文（有字符丢失）。请把该文件报告给开发者。',
  };
}
