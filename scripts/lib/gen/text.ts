/**
 * Text checks of the generator: what a piece of real text must (not) contain
 * to be reused without creating structure the generator did not intend
 * (a stray outline marker, a conclusion opener, a label the metadata reader
 * would take, a glyph the artifact repair would touch).
 *
 * These are deliberately more conservative than the analyzer's own rules:
 * text that merely resembles a marker is left out of the pools.
 */
import type { Rules } from '../../../src/analyzer/index.ts';
import { HAN } from '../../../src/analyzer/index.ts';

export type ItemRole = 'problem' | 'cause' | 'countermeasure';

const CN = '[一二三四五六七八九十]';
/** Anything that reads like an outline or inline marker. */
const MARKERISH: RegExp[] = [
  new RegExp(`(?:^|[。！？!?；;：:.．”」』）)\\]】,，、]\\s*)${CN}{1,3}\\s*[、，,.．]`),
  new RegExp(`[（(〔［\\[]\\s*(?:${CN}{1,3}|\\d{1,2})\\s*[）)〕］\\]]`),
  /(?<![\d.])\d{1,2}\s*[.．、](?!\d)/,
  /[①-⑳]/,
  new RegExp(`${CN}[是要]`),
  new RegExp(`第${CN}{1,3}`),
  /首先|其次|再次|再者|最后/,
  /^\s*(?:(?:整改)?措施|问题|原因|对策|建议)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})?\s*[:：]/,
  /^\s*篇[一二三四五六七八九十百零〇两\d]{1,5}\s*[:：]/,
];

/** Words of site furniture and of front/back-matter labels. */
const LABELISH =
  /相关热词|版权所有|Powered|ICP|因版权原因|Copyright|All\s*Rights|作者|责任编辑|责编|参考文献|参考资料|收稿日期|基金项目|摘\s*要|内容提要|提要|关键词|关键字|主题词|中图分类|分类号|文献标识|文献标志|文章编号|ISSN|DOI|【|】|下载|页数|Abstract|Key\s*words/i;

/** Whether `s` contains anything shaped like an outline marker. */
export function hasMarkerish(s: string): boolean {
  return MARKERISH.some((re) => re.test(s));
}

/** Whether the quote-repair rule could touch `s` (its glyphs outside the words it keeps). */
export function hasArtifactGlyph(s: string, rules: Rules): boolean {
  for (const g of rules.artifacts.glyphs) {
    let rest = s;
    for (const word of g.keepIn) rest = rest.split(word).join('');
    if (rest.includes(g.glyph)) return true;
  }
  return false;
}

/** A paragraph of real text that can be placed anywhere in a body without adding structure. */
export function isFlatParagraph(s: string, rules: Rules): boolean {
  if (s.length < 8 || !HAN.test(s) || /\s/.test(s)) return false;
  if (hasMarkerish(s) || LABELISH.test(s) || hasArtifactGlyph(s, rules)) return false;
  if (rules.conclusionOpeners.some((o) => s.startsWith(o))) return false;
  if (/[A-Za-z]{2,}/.test(s)) return false;
  if (/^[,，、。.;；:：)）”’」』]/.test(s)) return false;
  if (/[“"]/.test(s) && quoteBalance(s) !== 0) return false;
  return /[。！？]$|[。！？][”’」』]$|\p{Script=Han}\.$/u.test(s);
}

/** A heading or title phrase that can stand on its own line. */
export function isCleanTitle(s: string, rules: Rules): boolean {
  if (s.length < 4 || s.length > 60) return false;
  if (hasMarkerish(s) || LABELISH.test(s) || hasArtifactGlyph(s, rules)) return false;
  if (/[。！？!?；;：:]/.test(s) || /[A-Za-z0-9]/.test(s)) return false;
  if (rules.conclusionOpeners.some((o) => s.startsWith(o))) return false;
  return quoteBalance(s) === 0;
}

/** Opening minus closing double quotes (`”` and the `冶` glyph count as closing). */
function quoteBalance(s: string): number {
  return (s.match(/“/g)?.length ?? 0) - (s.match(/[”冶]/g)?.length ?? 0);
}

/**
 * The role a heading's words give it, the way rules.yaml documents it: the
 * cue word that ends last wins (Chinese noun phrases put their head last).
 */
export function cueRole(heading: string, cues: Rules['roleCues']): string | undefined {
  let best: { role: string; end: number; length: number } | undefined;
  for (const [role, words] of Object.entries(cues)) {
    for (const cue of words) {
      const at = heading.lastIndexOf(cue);
      if (at === -1) continue;
      const end = at + cue.length;
      if (!best || end > best.end || (end === best.end && cue.length > best.length))
        best = { role, end, length: cue.length };
    }
  }
  return best?.role;
}

/** Whether an item titled `title` can sit in a section of `role` (its own cue words, if any, agree). */
export function fitsRole(title: string, role: ItemRole, cues: Rules['roleCues']): boolean {
  const own = cueRole(title, cues);
  return own === undefined || own === role || !['problem', 'cause', 'countermeasure'].includes(own);
}

/** Sentences of a paragraph, each with its final `。`. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。！？]+[。！？]/g) ?? [];
}

/** Whether `c` is a Han character. */
export function isHan(c: string | undefined): boolean {
  return c !== undefined && HAN.test(c);
}

/**
 * Numbers glued between Han characters that are not followed by a unit: what
 * a page-number rule could take for page numbers. Values, in text order.
 */
export function gluedNumbers(text: string, units: readonly string[]): number[] {
  const out: number[] = [];
  const re = /(?<=\p{Script=Han}|[ \t])(\d{1,4})(?=\p{Script=Han}|[ \t]*(?:\n|$))/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = text.slice(m.index + m[1].length, m.index + m[1].length + 2);
    if (units.some((u) => after.startsWith(u))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** How many `“…<closer>` pairs the quote-repair rule would count (on one line each). */
export function quotePairs(text: string, closer: string): number {
  return text.match(new RegExp(`“[^“”\\n${closer}]{1,40}${closer}`, 'g'))?.length ?? 0;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${units ? CN_DIGITS[units] : ''}`;
}

/** Longest stretch in which a heading glued to its body (`…不够健全目前,…`) is looked for. */
const RUN_IN_WINDOW = 40;

/**
 * Where a run-in heading reading would cut `text`: the first point where a
 * heading-final word (`不够`) meets a body-opening word (`健全`), as
 * rules.yaml lists them, within the first `window` characters; -1 when none.
 */
export function runInCut(
  text: string,
  rules: Pick<Rules, 'headingFinals' | 'bodyOpeners'>,
  window = RUN_IN_WINDOW,
): number {
  for (let p = 2; p <= Math.min(text.length, window); p++) {
    const head = text.slice(0, p);
    if (!rules.headingFinals.some((w) => head.endsWith(w))) continue;
    if (rules.bodyOpeners.some((w) => text.startsWith(w, p))) return p;
  }
  return -1;
}

/** A first sentence up to this long is read as the heading itself. */
const SHORT_SENTENCE = 24;

/**
 * Whether `title` glued straight to `body` (`…的思维方式目前,在…`, 篇二) reads
 * with exactly `title` as the heading: the line's first sentence is too long
 * to be the heading, and the first point where a heading-final word meets a
 * body-opening word is where the title ends.
 */
export function gluedHeadingOk(
  title: string,
  body: string,
  rules: Pick<Rules, 'headingFinals' | 'bodyOpeners'>,
): boolean {
  if (title.length > RUN_IN_WINDOW || /[。！？!?；;]/.test(title)) return false;
  const line = title + body.split('\n')[0];
  const sentence = line.search(/[。！？!?；;]/);
  if (sentence !== -1 && sentence <= SHORT_SENTENCE) return false;
  const window = Math.min(sentence === -1 ? line.length : sentence, RUN_IN_WINDOW);
  return title.length <= window && runInCut(line, rules, window) === title.length;
}
