import type { Accepted } from './accept.ts';
import { findInlineMarkers } from './markers.ts';
import { splitRuns } from './runs.ts';
import { opensLine } from '../../text/spans.ts';
import type { Marker } from '../../types.ts';

/**
 * Paragraph-opening ordinals (`第一，` `第二，`, `一是`) that stand above a
 * numbered list restarting under each of them (`第一，…(1)…(2)… 第二，…(1)…(2)…`):
 * without them the restarting lists would read as one level of items.
 * Returned when the top level of `accepted` holds two or more lists of one
 * family and a run of such ordinals opens a paragraph before each list; else none.
 */
export function ordinalsAboveRestarts(
  accepted: readonly Accepted[],
  view: string,
  start: number,
  end: number,
): Marker[] {
  const top = accepted.filter((a) => a.level === 1 && a.marker.ordinal > 0);
  const firsts = top.filter((a) => a.marker.ordinal === 1);
  const families = new Set(firsts.map((a) => a.marker.family));
  if (firsts.length < 2 || families.size !== 1) return [];
  const opening = findInlineMarkers(view.slice(start, end))
    .map((m) => ({ ...m, start: m.start + start, end: m.end + start }))
    .filter((m) => opensLine(view, m.start));
  for (const run of splitRuns(opening)) {
    // Each list opens after the run's point before it, and before the next point.
    const fits = firsts.every((f, i) => {
      const before = run.filter((m) => m.start < f.marker.start);
      return before.length === i + 1;
    });
    if (fits && run.length === firsts.length) return run;
  }
  return [];
}
