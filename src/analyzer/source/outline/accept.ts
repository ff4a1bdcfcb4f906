import type { Marker } from '../../types.ts';

/** A heading marker accepted into the outline, with its depth. */
export interface Accepted {
  marker: Marker;
  level: number;
  list: number;
}

/**
 * Keep the markers whose lists advance (一、二、… or (一)(二)…), nesting a
 * list that starts at 1 under the one open before it. A marker whose number
 * does not continue an open list, and a list that never reaches its second
 * member, are plain text (a stray `(二)` in a sentence, a lone `(一)` inside a
 * paragraph) — unless the heading has a line of its own. `omitted(from, to)`:
 * whether the site left text out between two offsets, where a list may skip numbers.
 */
export function acceptMarkers(
  markers: readonly Marker[],
  standalone: (m: Marker) => boolean = () => false,
  omitted: (from: number, to: number) => boolean = () => false,
): Accepted[] {
  const excluded = new Set<Marker>();
  const pass = () =>
    sequencePass(
      markers.filter((m) => !excluded.has(m)),
      standalone,
      omitted,
    );
  for (let round = 0; round < 4; round++) {
    const accepted = pass();
    const sizes = new Map<number, number>();
    for (const a of accepted) if (a.marker.ordinal > 0) sizes.set(a.list, (sizes.get(a.list) ?? 0) + 1);
    // Labelled blocks (`问题一:`) and headings on a line of their own are explicit enough to stand alone.
    const lonely = accepted.filter(
      (a) =>
        a.marker.family !== 'labelled' && a.marker.ordinal > 0 && (sizes.get(a.list) ?? 0) < 2 && !standalone(a.marker),
    );
    if (lonely.length === 0) return accepted;
    for (const a of lonely) excluded.add(a.marker);
  }
  return pass();
}

function sequencePass(
  markers: readonly Marker[],
  standalone: (m: Marker) => boolean,
  omitted: (from: number, to: number) => boolean,
): Accepted[] {
  const out: Accepted[] = [];
  let stack: Accepted[] = [];
  let lists = 0;
  let lastLabelled: Accepted | undefined;
  // Families met so far, and the lists opened past their first member.
  const seen = new Set<string>();
  const midway = new Set<number>();
  for (const [k, marker] of markers.entries()) {
    if (marker.family === 'labelled') {
      // 问题一: … 整改措施: … — labelled blocks sit at the top; unnumbered ones follow a numbered one.
      const prev = lastLabelled;
      const continues =
        prev !== undefined && prev.marker.label === marker.label && marker.ordinal === prev.marker.ordinal + 1;
      const ok = marker.ordinal === 0 ? prev !== undefined : marker.ordinal === 1 || continues;
      if (!ok) continue;
      const a: Accepted = { marker, level: 1, list: marker.ordinal === 0 ? -1 : continues ? prev!.list : ++lists };
      if (marker.ordinal > 0) lastLabelled = a;
      out.push(a);
      stack = [a];
      continue;
    }
    const i = stack.findIndex((s) => s.marker.family === marker.family);
    // A list goes on over numbers a site left out, where it says so (`此处隐藏1514个字`): `一、` … `三、`;
    // and over one number a copy lost, where the heading after the gap has a line of its own and the list
    // goes on from it (`1、…` ⏎ `…` ⏎ `3、…` ⏎ `4、…`).
    const next = (prev: Marker) =>
      marker.ordinal === prev.ordinal + 1 ||
      (marker.ordinal > prev.ordinal && omitted(prev.start, marker.start)) ||
      (marker.ordinal === prev.ordinal + 2 && standalone(marker) && goesOn(markers, k));
    if (i !== -1 && next(stack[i].marker)) {
      const a = { marker, level: i + 1, list: stack[i].list };
      stack = [...stack.slice(0, i), a];
      out.push(a);
    } else if (marker.ordinal === 1) {
      const level = i !== -1 ? i + 1 : stack.length + 1;
      const a = { marker, level, list: ++lists };
      stack = [...stack.slice(0, level - 1), a];
      out.push(a);
    } else if (
      !seen.has(marker.family) &&
      (stack.every((s) => midway.has(s.list)) || (marker.ordinal === 2 && standalone(marker)))
    ) {
      // An excerpt that starts inside a list (`2.…3.…`, `(三)…二、…`), or a list whose first heading was
      // joined to the title line (`…工作方案一、背景分析` ⏎ `1.1…` ⏎ `二、问题定义`): its first marker opens it, at the top.
      const a = { marker, level: 1, list: ++lists };
      midway.add(a.list);
      stack = [a];
      out.push(a);
    }
    seen.add(marker.family);
  }
  return out;
}

/** Whether the next marker of `markers[k]`'s family after it numbers on from it. */
function goesOn(markers: readonly Marker[], k: number): boolean {
  const marker = markers[k];
  for (let j = k + 1; j < markers.length; j++)
    if (markers[j].family === marker.family) return markers[j].ordinal === marker.ordinal + 1;
  return false;
}
