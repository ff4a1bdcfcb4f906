import type { Replacement } from '../ledger.ts';
import type { SourceMetadata } from '../../types.ts';
import { lineAt } from '../../text/spans.ts';

/** A furniture rule's findings: what to remove, and what the removed text tells about the page. */
export interface Found {
  replacements: Replacement[];
  meta: SourceMetadata;
}

/** A rule for whole lines (exported with the other rules for the oracle in tests/reference). */
export interface LineRule {
  rule: string;
  /** Matched against one whole line (trimmed). */
  line: RegExp;
  meta?: (m: RegExpExecArray) => SourceMetadata;
}

/** Whole lines that belong to the document-sharing site, not to any article. */
export const LINE_RULES: LineRule[] = [
  {
    rule: 'furniture.hot-words',
    line: /^相关热词搜索[:：]?\s*(.*)$/,
    meta: (m) => ({ hotWords: m[1].split(/\s+/).filter(Boolean) }),
  },
  {
    rule: 'furniture.copyright',
    line: /^版权所有[:：]?\s*([^\s\d]+)?.*$/,
    meta: (m) => (m[1] ? { site: m[1] } : {}),
  },
  { rule: 'furniture.powered-by', line: /^Powered\s+by\b.*$/i },
  { rule: 'furniture.icp', line: /^.{0,20}ICP[备证]?\s*\d{4,}号(?:-\d+)?.{0,40}$/ },
  { rule: 'furniture.excerpt-notice', line: /^因版权原因[,，]\s*仅展示原文概要[,，]?.*$/ },
  {
    rule: 'furniture.download-panel',
    line: /^(?:下载文档|文档大小|大小[:：]\s*\S+|页数[:：]\s*\d+\s*页?|下载积分.*)$/,
  },
  // A lone run of 1–3 Latin letters between Chinese paragraphs is layout debris (e.g. `LT`).
  { rule: 'furniture.layout-junk', line: /^[A-Za-z]{1,3}$/ },
];

/** Publisher watermarks glued into text: `MEC2019.1051Copyright?博看网www.bookan.com.cn.AllRightsReserved.` */
export const WATERMARK = /(?:[A-Z]{2,6}\d{4}\.\d{2,6})?Copyright\W{0,3}[^\n]{0,60}?All\s*Rights\s*Reserved\.?/g;

/** The page header: `时间:2023-07-15 18:00:06  阅读:` preceded by the site section and the compilation title. */
export const HEADER_TIME =
  /^时间[:：]\s*(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:阅读[:：]?\s*\d*)?$/;

/** Uploader attributions at the very end of an article: `作者:某某软件公司`. */
export const ATTRIBUTION = /作者[:：]\s*[^\n。，,]{2,30}(?:公司|网|文库|工作室|平台)\s*$/;

interface Line {
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

/** First characters of the line rules' fixed openings (相关热词搜索, 版权所有, Powered, 因版权原因, 下载…/文档大小/大小/页数). */
const RULE_FIRST = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const ch of '相版Pp因下文大页') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Whether the trimmed line `view[start, end)` can match a line rule: it
 * opens with one of the rules' first characters, is at most three
 * characters long (layout junk), or holds `ICP` in its first 23 characters
 * (`icp`: the view holds `ICP` at all). Most lines are body text, and all
 * the rules were tried on each.
 */
function mayBeFurniture(view: string, start: number, end: number, icp: boolean): boolean {
  if (end - start <= 3 || RULE_FIRST[view.charCodeAt(start)] === 1) return true;
  if (!icp) return false;
  for (let k = start; k <= Math.min(start + 20, end - 3); k++) if (view.startsWith('ICP', k)) return true;
  return false;
}

/** Widen a line span over the spaces around it (the line breaks stay: they separate paragraphs). */
function withBlanks(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && /[ \t\u3000]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && /[ \t\u3000]/.test(text[e])) e++;
  return { start: s, end: e };
}

/**
 * Find site furniture in `view`: page header, footer lines, watermarks, notices,
 * layout debris. `atEnd` marks a region that ends an article (attribution lines
 * are only furniture there).
 */
export function findFurniture(view: string, options: { atEnd: boolean; atStart: boolean }): Found {
  const replacements: Replacement[] = [];
  const meta: SourceMetadata = {};

  if (options.atStart) header(firstLines(view, 5), replacements, meta);

  const icp = view.includes('ICP');
  for (let at = 0; at !== -1; ) {
    const line = lineAt(view, at);
    at = line.next;
    if (line.end === line.start || !mayBeFurniture(view, line.start, line.end, icp)) continue;
    const text = view.slice(line.start, line.end);
    for (const r of LINE_RULES) {
      const m = r.line.exec(text);
      if (!m) continue;
      const span = withBlanks(view, line.start, line.end);
      replacements.push({ ...span, text: '', rule: r.rule });
      if (r.meta) Object.assign(meta, r.meta(m));
      break;
    }
  }

  // Every watermark holds the word, and a search for the pattern tried its optional opening everywhere.
  if (view.includes('Copyright')) {
    WATERMARK.lastIndex = 0;
    for (let m = WATERMARK.exec(view); m; m = WATERMARK.exec(view)) {
      replacements.push({ start: m.index, end: m.index + m[0].length, text: '', rule: 'furniture.watermark' });
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

/** The site's page header (in the first five lines that are not blank): up to three short lines, then the `时间:… 阅读:` line. */
function header(nonEmpty: Line[], replacements: Replacement[], meta: SourceMetadata): void {
  const timeIndex = nonEmpty.findIndex((l) => HEADER_TIME.test(l.text));
  if (timeIndex === -1 || timeIndex > 3) return;
  const above = nonEmpty.slice(0, timeIndex);
  if (above.some((l) => l.text.length > 40)) return;
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
}
