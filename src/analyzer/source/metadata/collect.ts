/**
 * Gathers metadata values found in different places of an article. The same
 * fact can be read several times (the year from a masthead, an English
 * `No.` line and a 文章编号); the most direct reading wins and disagreements
 * are reported instead of silently resolved.
 */
import type { ArticleMetadata, Diagnostic, Field } from '../../types.ts';

/** How directly a value was read; lower wins. */
export const Rank = {
  /** A labelled field (`【作者】`, `中图分类号:`). */
  label: 0,
  /** Unlabelled front matter: masthead, title and author lines. */
  masthead: 1,
  /** The English masthead (`No.102009`). */
  english: 2,
  /** Decoded from the 文章编号. */
  articleNumber: 3,
  /** Back matter (`作  者:` note at the end). */
  back: 4,
  /** Looked up in the journals list. */
  lookup: 5,
} as const;

type Key = keyof ArticleMetadata;
type FieldOf<K extends Key> = NonNullable<ArticleMetadata[K]>;

const LABELS: Partial<Record<Key, string>> = {
  year: '年份',
  volume: '卷',
  issue: '期',
  pages: '页码',
  issn: 'ISSN',
  journal: '刊名',
};

/** Collects fields by rank for one article. */
export class Collector {
  private readonly found = new Map<Key, { field: Field<unknown>; rank: number }>();
  readonly warnings: Diagnostic[] = [];

  /** Offer a value; it is kept if nothing more direct was read before. */
  put<K extends Key>(key: K, field: FieldOf<K>, rank: number): void {
    const old = this.found.get(key);
    if (old && LABELS[key] && JSON.stringify(old.field.value) !== JSON.stringify(field.value)) {
      this.warnings.push({
        code: 'metadata.conflict',
        message: `${LABELS[key]}有两种读法：“${show(old.field.value)}”和“${show(field.value)}”；已采用前者，请核对原文。`,
      });
    }
    if (!old || rank < old.rank) this.found.set(key, { field: field as Field<unknown>, rank });
  }

  /** The value kept so far for `key`. */
  get<K extends Key>(key: K): FieldOf<K> | undefined {
    return this.found.get(key)?.field as FieldOf<K> | undefined;
  }

  /** Whether any value was read for `key`. */
  has(key: Key): boolean {
    return this.found.has(key);
  }

  /** Report a problem with the input (message in Chinese, for the people who edit it). */
  warn(code: string, message: string): void {
    this.warnings.push({ code, message });
  }

  /** The collected metadata, keys in a stable order. */
  metadata(): ArticleMetadata {
    const out: Record<string, unknown> = {};
    for (const key of [...this.found.keys()].sort()) out[key] = this.found.get(key)!.field;
    return out as ArticleMetadata;
  }
}

function show(v: unknown): string {
  if (v && typeof v === 'object' && 'first' in v) {
    const p = v as { first: number; last: number };
    return `${p.first}-${p.last}`;
  }
  return String(v);
}
