import type { Gap, Item, Link } from '../../types.ts';

/**
 * Problems no countermeasure answers, countermeasures that answer no stated
 * problem or cause, and causes that explain no problem: the gaps a reader should see.
 */
export function findGaps(items: readonly Item[], links: readonly Link[]): Gap[] {
  const gaps: Gap[] = [];
  // Whether a link of the item's, on `side`, joins it to an item of `role`.
  const linked = (id: string, side: 'from' | 'to', role: string) =>
    links.some((l) => l[side] === id && items.find((i) => i.id === (side === 'from' ? l.to : l.from))?.role === role);
  for (const item of items) {
    if (item.role === 'problem' && !linked(item.id, 'from', 'countermeasure')) {
      gaps.push({ item: item.id, kind: 'unanswered-problem' });
    }
    if (item.role === 'countermeasure' && !linked(item.id, 'to', 'problem') && !linked(item.id, 'to', 'cause')) {
      gaps.push({ item: item.id, kind: 'unmatched-countermeasure' });
    }
    if (item.role === 'cause' && !linked(item.id, 'from', 'problem')) {
      gaps.push({ item: item.id, kind: 'unlinked-cause' });
    }
  }
  return gaps;
}
