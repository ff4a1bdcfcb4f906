/** The 原文对照 page's text in parts: plain text, the recorded changes, and what extraction left out. */
import type { Edit, Removed } from '../analyzer/index.ts';

export type SourcePart = { text: string } | { edit: Edit; n: number } | { removed: Removed[] };

/**
 * An article's source text (`raw`, starting at source offset `base`) cut
 * where each change was made (numbered in the order of `edits`, which are
 * sorted by where they are) and where extraction left something out.
 */
export function sourceParts(
  raw: string,
  base: number,
  edits: readonly Edit[],
  removed: readonly Removed[],
): SourcePart[] {
  const parts: SourcePart[] = [];
  const here = removed.filter((r) => r.at >= base && r.at < base + raw.length).sort((a, b) => a.at - b.at);
  let next = 0;
  let cursor = 0;
  /** Plain text up to `end`, with what was left out inside it in its place. */
  const text = (end: number) => {
    while (next < here.length && here[next].at - base <= end) {
      const at = here[next].at - base;
      const group: Removed[] = [];
      while (next < here.length && here[next].at - base === at) group.push(here[next++]);
      if (at > cursor) parts.push({ text: raw.slice(cursor, at) });
      parts.push({ removed: group });
      cursor = Math.max(cursor, at);
    }
    if (end > cursor) parts.push({ text: raw.slice(cursor, end) });
    cursor = Math.max(cursor, end);
  };
  edits.forEach((edit, i) => {
    const start = edit.start - base;
    const end = edit.end - base;
    if (start < cursor) return; // a change inside an earlier one is listed below, not marked twice
    text(start);
    parts.push({ edit: { ...edit, before: raw.slice(start, end) }, n: i + 1 });
    cursor = end;
  });
  text(raw.length);
  return parts;
}
