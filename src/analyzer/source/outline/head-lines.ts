import type { Marker } from '../../types.ts';

/** A line that can head one item: short, with no sentence or clause mark in it. */
const HEAD_LINE = /^[ \t\u3000]*\p{Script=Han}[^。！？!?；;，,：:\n]{1,19}[ \t\u3000]*$/u;
/** A paragraph under such a line: longer than any heading line, with a sentence in it. */
const BODY_LINE = /[，,。；;]/;

/**
 * Items that lost their numbers: two or more short lines of their own, each
 * followed by a paragraph (`组织建设方面` ⏎ `现阶段企业……。` ⏎ `开展活动方面缺失责任心` ⏎ …),
 * and no other line between. Each gets an empty marker at its start,
 * numbered 1, 2, 3… so the lines read as an enumeration.
 */
export function headLines(view: string, start: number, end: number): Marker[] {
  const lines: { at: number; text: string }[] = [];
  for (let p = start; p < end; ) {
    const newline = view.indexOf('\n', p);
    const stop = newline === -1 || newline > end ? end : newline;
    const text = view.slice(p, stop);
    if (text.trim() !== '') lines.push({ at: p + text.search(/\S/), text });
    p = stop + 1;
  }
  const out: Marker[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = HEAD_LINE.test(lines[i].text);
    if (head && BODY_LINE.test(lines[i + 1].text) && !HEAD_LINE.test(lines[i + 1].text)) {
      out.push({ family: 'parallel', ordinal: out.length + 1, text: '', start: lines[i].at, end: lines[i].at });
      i++;
    } else if (out.length > 0 && head) return out.length >= 2 ? out : [];
  }
  return out.length >= 2 ? out : [];
}
