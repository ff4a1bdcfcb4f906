import { inferRole } from './infer.ts';
import type { Rules } from '../../config/rules.ts';
import type { Marker } from '../../types.ts';

/** A line that can head one item: short, with no sentence or clause mark in it but a closing stop. */
const HEAD_LINE = /^[ \t\u3000]*\p{Script=Han}[^。！？!?；;，,：:\n]{1,19}。?[ \t\u3000]*$/u;
/** A line of one short sentence, clauses allowed (`突出政治功能,精选活动主题,增强…向心力。`). */
const HEAD_SENTENCE_LINE = /^[ \t\u3000]*(\p{Script=Han}[^。！？!?；;：:\n]{3,39})[。！!]?[ \t\u3000]*$/u;
/** A paragraph under such a line: longer than any heading line, with a sentence in it. */
const BODY_LINE = /[，,。；;]/;

/**
 * Items that lost their numbers: two or more short lines of their own, each
 * followed by a paragraph (`组织建设方面` ⏎ `现阶段企业……。` ⏎ `开展活动方面缺失责任心` ⏎ …),
 * and no other line between. Each gets an empty marker at its start,
 * numbered 1, 2, 3… so the lines read as an enumeration. Where no heading
 * names the role, `wording` is given: then a head line is one short sentence
 * whose words clearly read as an item (`突出政治功能,精选活动主题。` ⏎ `主题党日是…`),
 * followed by a paragraph at least twice as long.
 */
export function headLines(view: string, start: number, end: number, wording?: Rules['itemWording']): Marker[] {
  const lines: { at: number; text: string }[] = [];
  for (let p = start; p < end; ) {
    const newline = view.indexOf('\n', p);
    const stop = newline === -1 || newline > end ? end : newline;
    const text = view.slice(p, stop);
    if (text.trim() !== '') lines.push({ at: p + text.search(/\S/), text });
    p = stop + 1;
  }
  const isHead = wording ? (text: string) => readsAsItem(text, wording) : (text: string) => HEAD_LINE.test(text);
  // A sentence heads the paragraph after it only where that is much longer: short sentences in a row are prose.
  const heads = wording
    ? (head: string, body: string) => body.trim().length >= 2 * head.trim().length
    : (_: string, body: string) => !isHead(body);
  const out: Marker[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = isHead(lines[i].text);
    if (head && BODY_LINE.test(lines[i + 1].text) && heads(lines[i].text, lines[i + 1].text)) {
      out.push({ family: 'parallel', ordinal: out.length + 1, text: '', start: lines[i].at, end: lines[i].at });
      i++;
    } else if (out.length > 0 && head) return out.length >= 2 ? out : [];
  }
  return out.length >= 2 ? out : [];
}

/** One short sentence on its own line whose words clearly give it a role. */
function readsAsItem(text: string, wording: Rules['itemWording']): boolean {
  const m = HEAD_SENTENCE_LINE.exec(text);
  return m !== null && (inferRole(m[1], wording)?.evidence.margin ?? 0) >= 1;
}
