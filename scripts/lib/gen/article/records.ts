/** What the article writer produces: its lines before layout damage, and the oracle's records of what it wrote. */
import type { ItemRole } from '../text.ts';

/** A line of the article as written, before layout damage. */
export interface Block {
  text: string;
  /** `body` blocks may be hard-wrapped and get page numbers glued in; the others stay whole. */
  kind: 'title' | 'meta' | 'heading' | 'body' | 'junk' | 'notice';
  /** First offset where the block may be broken or a page number glued (after its heading and first sentence). */
  safeFrom?: number;
  /** A page number may be glued to the end of this line (`责任编辑:胡越67`). */
  numberAtEnd?: boolean;
  /** Ranges `[start, end)` (a heading up to its first `。`) where the line is never broken nor numbered. */
  protect?: [number, number][];
}

/** An item as the oracle states it. */
export interface ExpectedItem {
  role: ItemRole;
  title: string;
  /** Inline points (`一是…`) or numbered sub-items the item holds. */
  subpoints: number;
}

/** Bibliographic fields the oracle states (only those the generator wrote). */
export interface ExpectedMetadata {
  title: string;
  authors?: string[];
  journal?: string;
  year?: number;
  issue?: string;
  keywords?: string[];
  clc?: string[];
  editor?: string;
  /** Number of references listed. */
  references?: number;
}

/** What the generator put into one article. */
export interface ExpectedArticle {
  slug: string;
  piece: number;
  abstractOnly: boolean;
  counts: Record<ItemRole, number>;
  /** Items in text order. */
  items: ExpectedItem[];
  /** Explicit 问题N → 整改措施 pairs, as indexes into `items`. */
  pairs: [number, number][];
  metadata: ExpectedMetadata;
  /** How the article is written, for reports and coverage. */
  format: string[];
  /** Page numbers glued into the text, in text order (all to be removed). */
  pageNumbers: number[];
  /** Running footers split over two lines (each to be removed). */
  pageFooters: number;
  /** Whether `”` was written as the `冶` glyph throughout. */
  quoteGlyph: boolean;
}

export interface BuiltArticle {
  blocks: Block[];
  expected: Omit<ExpectedArticle, 'slug' | 'piece' | 'pageNumbers' | 'pageFooters' | 'quoteGlyph'>;
}
