/**
 * Running headers, footers and page numbers of a PDF, found by repetition:
 * a line at the top or bottom of a page whose text (digits aside) recurs at
 * the same place on other pages, or that is only a page number.
 */
import type { PageLine } from './pdf-layout.ts';

/** Share of a page's height, from the top and from the bottom, where furniture sits. */
const ZONE = 0.1;
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*$/;

export type FurnitureKind = 'running-header' | 'running-footer' | 'page-number';

/** The kind of furniture each line is, or undefined for a line of the text. */
export function findFurniture(lines: readonly PageLine[], heights: readonly number[]): (FurnitureKind | undefined)[] {
  const zone = (l: PageLine) => {
    const h = heights[l.page - 1] ?? 0;
    return l.y > h * (1 - ZONE) ? 'top' : l.y < h * ZONE ? 'bottom' : undefined;
  };
  const key = (l: PageLine) => `${zone(l)} ${l.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const pagesWith = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!zone(l)) continue;
    const k = key(l);
    const set = pagesWith.get(k) ?? new Set<number>();
    set.add(l.page);
    pagesWith.set(k, set);
  }
  const pages = new Set(lines.map((l) => l.page)).size;
  // Journals alternate headers between even and odd pages: a header recurs on at least about half of them.
  const needed = Math.max(2, Math.floor(pages * 0.4));
  return lines.map((l) => {
    const z = zone(l);
    if (!z) return undefined;
    if (PAGE_NUMBER.test(l.text)) return 'page-number';
    if ((pagesWith.get(key(l))?.size ?? 0) >= needed) return z === 'top' ? 'running-header' : 'running-footer';
    return undefined;
  });
}
