import type { Replacement } from '../ledger.ts';
import { findHeadingMarkers } from '../outline/index.ts';
import { lineAt } from '../../text/spans.ts';
import { ORDINAL_LINE } from './wrapped-lines.ts';

/** Shortest line that can be a page's paragraphs run together. */
const MIN_FLATTENED = 200;
/** Longest heading a space alone can end (`一、…几个问题 从我们调查…`). */
const MAX_HEADING = 40;
/** Breaks after a sentence's end a line needs before its spaces are read as paragraph breaks. */
const MIN_BREAKS = 2;
/** A sentence's end (a half-width stop after a Han character too), a closing quote or bracket allowed after it. */
export const ENDS_SENTENCE = /(?:[。！？；]|(?<=\p{Script=Han})[.．])[”’」』）)]?$/u;
/** A lead-in's colon: a break only before a numbered point (`…以下几个方面: (一)…`, `…问题: 一是…`). */
const ENDS_LEAD_IN = /[：:]$/;
/** Spaces between Han characters, marks or digits: where a paragraph may have ended. */
const GAP = /(?<=[\p{Script=Han}。！？；：:.．”’」』）)])[ \u3000]+(?=[\p{Script=Han}“‘「『（(〔0-9])/gu;

/**
 * Break a page whose paragraphs were run together on one line, with a space
 * between them (`…重要内容。 一、…几个问题 从我们调查…`), back into lines:
 * a space after a sentence's end, after a numbered heading with no sentence
 * in it, or after a lead-in's colon before a numbered point becomes a line
 * break. A line is read so only when it is long and at least two such breaks
 * follow sentence ends; a space inside a sentence (`未定 期召开`, a PDF's
 * wrap) stays.
 */
export function findFlattenedParagraphs(view: string): Replacement[] {
  const out: Replacement[] = [];
  for (let at = 0; at !== -1; ) {
    const line = lineAt(view, at);
    at = line.next;
    if (line.end - line.start >= MIN_FLATTENED) out.push(...lineBreaks(view, line.start, line.end));
  }
  return out;
}

function lineBreaks(view: string, start: number, end: number): Replacement[] {
  const text = view.slice(start, end);
  const breaks: Replacement[] = [];
  let afterSentence = 0;
  let from = 0;
  for (const gap of text.matchAll(GAP)) {
    const before = text.slice(from, gap.index);
    const sentence = ENDS_SENTENCE.test(before);
    const after = gap.index + gap[0].length;
    if (sentence || isHeading(before) || (ENDS_LEAD_IN.test(before) && opensPoint(text.slice(after, after + 12)))) {
      if (sentence) afterSentence++;
      breaks.push({
        start: start + gap.index,
        end: start + after,
        text: '\n',
        rule: 'layout.split-flattened-paragraph',
      });
      from = after;
    }
  }
  return afterSentence >= MIN_BREAKS ? breaks : [];
}

/** A numbered heading with no sentence in it: `一、农村党支部建设值得注意的几个问题`. */
function isHeading(fragment: string): boolean {
  if (fragment.length > MAX_HEADING) return false;
  const marker = findHeadingMarkers(fragment)[0];
  // The marker may hold a comma (`一，存在的问题`); the words after it hold none.
  return marker?.start === 0 && !/[。！？；，,]/.test(fragment.slice(marker.end));
}

/** Whether `text` opens with a number or an ordinal that opens a point: `(一)`, `1.`, `一是`, `首先`. */
export function opensPoint(text: string): boolean {
  return ORDINAL_LINE.test(text) || findHeadingMarkers(text)[0]?.start === 0;
}
