import type { Replacement } from '../ledger.ts';
import { HAN } from '../../text/chars.ts';

/**
 * A running page footer split over two lines: a lone dash (often OCR'd as `一`)
 * and the page number glued to the start of the next line (`一\n\n  3进入…`).
 */
const FOOTER = new RegExp(String.raw`[ \t]*\n[\s]*[一—\-－–][ \t]*\n\s*(\d{1,4})(?=${HAN.source})`, 'gu');

/** A number after a Han character (or a space), before another, or at the end of its line. */
const GLUED = new RegExp(String.raw`(?<=${HAN.source}|[ \t])(\d{1,4})(?=${HAN.source}|[ \t]*(?:\n|$))`, 'gu');

/** Whether one of `units` starts at `at` within the two characters there (a longer unit never does). */
function unitAfter(view: string, at: number, units: readonly string[]): boolean {
  for (const u of units) if (u.length <= 2 && view.startsWith(u, at)) return true;
  return false;
}

/**
 * Page numbers of the printed journal glued into sentences (`…关注的66事`,
 * `责任编辑:胡越67`). A glued number is taken for a page number only when it
 * is not followed by a unit (`28人`) and the glued numbers of the article
 * count up page by page (66, 67); a lone number is left alone.
 */
export function findPageNumbers(view: string, units: readonly string[]): Replacement[] {
  const out: Replacement[] = [];
  FOOTER.lastIndex = 0;
  for (let m = FOOTER.exec(view); m; m = FOOTER.exec(view)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: '', rule: 'furniture.page-footer' });
  }

  const candidates: { start: number; end: number; value: number }[] = [];
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(view); m; m = GLUED.exec(view)) {
    if (unitAfter(view, m.index + m[1].length, units)) continue;
    const before = view[m.index - 1];
    if (!HAN.test(before)) continue;
    candidates.push({ start: m.index, end: m.index + m[1].length, value: Number(m[1]) });
  }
  // Keep the longest run of candidates whose values go up by one, in text order.
  let best: typeof candidates = [];
  for (let i = 0; i < candidates.length; i++) {
    const run = [candidates[i]];
    for (let j = i + 1; j < candidates.length; j++) {
      if (candidates[j].value === run[run.length - 1].value + 1) run.push(candidates[j]);
    }
    if (run.length > best.length) best = run;
  }
  if (best.length >= 2) {
    for (const c of best) out.push({ start: c.start, end: c.end, text: '', rule: 'furniture.page-number' });
  }
  return out;
}

/** A line opening with a number and `、` (`2、作用的勇气和动力。…`). */
const PREFIXED_LINE = /^[ \t\u3000]*(\d{1,3})、/gmu;
/** Shortest page a document site's preview shows on one line; list items are shorter. */
const PAGE_CHARS = 100;

/**
 * Page numbers a document site's preview puts before each page's text
 * (`1、…缺乏发挥` ⏎ `2、作用的勇气和动力。…`): lines numbered 1, 2, 3 … one
 * after another, each page but the last long and cut mid-sentence, so the
 * next number opens the rest of that sentence. A numbered list's items end
 * their sentences, or are short.
 */
export function findPagePrefixes(view: string): Replacement[] {
  const out: Replacement[] = [];
  let run: { start: number; end: number; value: number }[] = [];
  const close = () => {
    if (run.length >= 2)
      for (const p of run) out.push({ start: p.start, end: p.end, text: '', rule: 'furniture.page-prefix' });
    run = [];
  };
  PREFIXED_LINE.lastIndex = 0;
  for (let m = PREFIXED_LINE.exec(view); m; m = PREFIXED_LINE.exec(view)) {
    const line = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length, value: Number(m[1]) };
    const prev = run.at(-1);
    if (prev && line.value === prev.value + 1 && cutPage(view.slice(prev.end, m.index))) run.push(line);
    else {
      close();
      if (line.value === 1) run = [line];
    }
  }
  close();
  return out;
}

/** A page of a preview: one long line, cut mid-sentence (after a character or a comma, not a stop). */
function cutPage(page: string): boolean {
  const text = page.trimEnd();
  return text.length >= PAGE_CHARS && !text.includes('\n') && /[\p{Script=Han}，,、]$/u.test(text);
}
