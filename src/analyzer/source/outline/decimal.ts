import { opensLine } from '../../text/spans.ts';
import type { Marker } from '../../types.ts';

/** `1.2` opening a line, before the heading's words (`1.1站位明显提高`, `2.3 加强…`). */
const SUB = /(?<=^|\n)[ \t\u3000]*((\d{1,2})[.．](\d{1,2}))(?![\d.．])[ \t\u3000]*(?=[\p{Script=Han}“"‘（(《])/gu;
/** A chapter line numbered by its digit alone (`1国有企业基层党组织建设工作存在的问题`): short, no sentence in it. */
const CHAPTER_LINE = /^[ \t\u3000]*(\d{1,2})(?![\d.．、,，:：])[ \t\u3000]*\p{Script=Han}[^。！？!?；;\n]{1,38}$/u;

/**
 * Decimal numbering of journal articles: `1.1`, `1.2` … as sections
 * (`decimal-sub`), under the chapter lines numbered `1`, `2` … that stand
 * before each chapter's first `N.1`, after the section before it (`decimal`). Needs two sections, or one
 * under its chapter line; a chapter line counts only before its own `N.1`,
 * so a line opening `1月…` elsewhere is no heading.
 */
export function decimalMarkers(view: string, start: number, end: number): Marker[] {
  const subs: { marker: Marker; chapter: number }[] = [];
  SUB.lastIndex = start;
  for (let m = SUB.exec(view); m !== null && m.index < end; m = SUB.exec(view)) {
    const at = m.index + m[0].indexOf(m[1]);
    const marker: Marker = {
      family: 'decimal-sub',
      ordinal: Number(m[3]),
      text: m[1],
      start: at,
      end: m.index + m[0].length,
    };
    subs.push({ marker, chapter: Number(m[2]) });
  }
  if (subs.length === 0) return [];
  const out: Marker[] = subs.map((s) => s.marker);
  subs.forEach(({ marker, chapter }, k) => {
    if (marker.ordinal !== 1) return;
    // The chapter's line: the last line numbered `N` since the section before (`1重业务轻思想…` ⏎ text ⏎ `1.1问题`).
    const from = k > 0 ? subs[k - 1].marker.end : start;
    for (let lineEnd = view.lastIndexOf('\n', marker.start - 1); lineEnd > from; ) {
      const lineStart = Math.max(view.lastIndexOf('\n', lineEnd - 1) + 1, from);
      const line = CHAPTER_LINE.exec(view.slice(lineStart, lineEnd));
      if (line && Number(line[1]) === chapter) {
        const at = lineStart + view.slice(lineStart, lineEnd).indexOf(line[1]);
        let after = at + line[1].length;
        while (view[after] === ' ' || view[after] === '\t' || view[after] === '\u3000') after++;
        if (opensLine(view, at))
          out.push({ family: 'decimal', ordinal: chapter, text: line[1], start: at, end: after });
        break;
      }
      lineEnd = lineStart - 1;
    }
  });
  // One section alone is numbering only under its chapter line (a text cut short after `1` ⏎ `1.1`).
  if (subs.length === 1 && out.length === 1) return [];
  return out.sort((a, b) => a.start - b.start);
}
