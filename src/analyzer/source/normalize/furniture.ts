import type { Replacement } from '../ledger.ts';
import type { SourceMetadata } from '../../types.ts';
import { lineAt } from '../../text/spans.ts';
import type { CompiledFurniture } from './line-rules.ts';

/** A furniture rule's findings: what to remove, and what the removed text tells about the page. */
export interface Found {
  replacements: Replacement[];
  meta: SourceMetadata;
}

/** The page header: `时间:2023-07-15 18:00:06  阅读:` preceded by the site section and the compilation title. */
export const HEADER_TIME =
  /^时间[:：]\s*(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:阅读[:：]?\s*\d*)?$/;

/** Uploader attributions at the very end of an article: `作者:某某软件公司`. */
export const ATTRIBUTION = /作者[:：]\s*[^\n。，,]{2,30}(?:公司|网|文库|工作室|平台)\s*$/;

export interface Line {
  start: number;
  end: number;
  text: string;
}

/** The first `count` lines of `text` that are not blank, trimmed. */
function firstLines(text: string, count: number): Line[] {
  const out: Line[] = [];
  for (let at = 0; at !== -1 && out.length < count; ) {
    const line = lineAt(text, at);
    if (line.end > line.start) out.push({ start: line.start, end: line.end, text: text.slice(line.start, line.end) });
    at = line.next;
  }
  return out;
}

/** Widen a line span over the spaces around it (the line breaks stay: they separate paragraphs). */
function withBlanks(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && /[ \t\u3000]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && /[ \t\u3000]/.test(text[e])) e++;
  return { start: s, end: e };
}

/** Where furniture is looked for, and with which rules. */
export interface FurnitureOptions {
  atStart: boolean;
  atEnd: boolean;
  rules: CompiledFurniture;
}

/**
 * Find site furniture in `view`: page header, whole lines the data file's
 * rules describe, inline notices and watermarks. `atEnd` marks a region that
 * ends an article (attribution lines are only furniture there).
 */
export function findFurniture(view: string, options: FurnitureOptions): Found {
  const replacements: Replacement[] = [];
  const meta: SourceMetadata = {};
  const { lines, byFirst, byContains, inline } = options.rules;

  // Lines the header took are its own (a line rule could also read its time line).
  const headerEnd = options.atStart ? header(firstLines(view, 5), replacements, meta) : -1;

  // Rules without a fixed opening run only on lines holding their text: where it occurs is found once.
  const contained = byContains.map((i) => new Occurrences(view, i, lines[i].contains!)).filter((o) => o.any());
  for (let at = 0; at !== -1; ) {
    const line = lineAt(view, at);
    at = line.next;
    if (line.end === line.start || line.start < headerEnd) continue;
    let candidates = byFirst.get(view.charCodeAt(line.start));
    let holding: number[] | undefined;
    for (const o of contained) if (o.within(line.start, line.end)) (holding ??= []).push(o.rule);
    if (holding) candidates = candidates ? [...candidates, ...holding].sort((a, b) => a - b) : holding;
    if (candidates === undefined) continue;
    const text = view.slice(line.start, line.end);
    for (const i of candidates) {
      const r = lines[i];
      const m = r.line.exec(text);
      if (!m) continue;
      const span = withBlanks(view, line.start, line.end);
      replacements.push({ ...span, text: '', rule: r.rule });
      if (r.meta) Object.assign(meta, r.meta(m));
      break;
    }
  }

  // Inline rules search only views holding their text (a search tried the pattern everywhere).
  for (const r of inline) {
    if (!view.includes(r.contains)) continue;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(view); m; m = r.pattern.exec(view)) {
      if (m[0] === '') {
        r.pattern.lastIndex++;
        continue;
      }
      replacements.push({ start: m.index, end: m.index + m[0].length, text: '', rule: r.rule });
    }
  }

  if (options.atEnd) {
    const trimmedEnd = view.trimEnd().length;
    const m = ATTRIBUTION.exec(view.slice(Math.max(0, trimmedEnd - 40), trimmedEnd));
    if (m) {
      const start = Math.max(0, trimmedEnd - 40) + m.index;
      replacements.push({ start, end: start + m[0].length, text: '', rule: 'furniture.site-attribution' });
    }
  }
  return { replacements, meta };
}

/** Where a rule's text occurs in the view, asked about line by line in order (each search is kept until passed). */
class Occurrences {
  private found: number;
  readonly rule: number;
  private readonly view: string;
  private readonly text: string;
  constructor(view: string, rule: number, text: string) {
    this.view = view;
    this.rule = rule;
    this.text = text;
    this.found = view.indexOf(text);
  }

  any(): boolean {
    return this.found !== -1;
  }

  /** Whether the text lies within `[start, end)`; calls come with ascending `start`. */
  within(start: number, end: number): boolean {
    if (this.found !== -1 && this.found < start) this.found = this.view.indexOf(this.text, start);
    return this.found !== -1 && this.found + this.text.length <= end;
  }
}

/**
 * The site's page header (in the first five lines that are not blank): up to three short lines, then the
 * `时间:… 阅读:` line. Returns where the header ends, or -1.
 */
function header(nonEmpty: Line[], replacements: Replacement[], meta: SourceMetadata): number {
  const timeIndex = nonEmpty.findIndex((l) => HEADER_TIME.test(l.text));
  if (timeIndex === -1 || timeIndex > 3) return -1;
  const above = nonEmpty.slice(0, timeIndex);
  if (above.some((l) => l.text.length > 40)) return -1;
  const time = HEADER_TIME.exec(nonEmpty[timeIndex].text)!;
  meta.published = time[1];
  if (above.length >= 2) meta.section = above[0].text;
  if (above.length >= 1) meta.compilationTitle = above[above.length - 1].text;
  const rules = ['furniture.site-section', 'furniture.compilation-title'];
  above.forEach((l, i) => {
    const rule = above.length >= 2 && i === 0 ? rules[0] : rules[1];
    replacements.push({ start: l.start, end: l.end, text: '', rule });
  });
  const t = nonEmpty[timeIndex];
  replacements.push({ start: t.start, end: t.end, text: '', rule: 'furniture.page-time' });
  return t.end;
}
